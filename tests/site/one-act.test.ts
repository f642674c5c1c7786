/**
 * Pages review 9 on the built pages: one act shown as one card (#3 and the ICJ), one person on one
 * page (#10), the reasons a lead reads from a stance's participle and from a conditional (#6), and
 * the IOC's membership told once (#14).
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { assertBuilt, elements, hasClass, leadPart, parsePage, squashedText } from './builtSite';

assertBuilt();

const cardsOf = (file: string) =>
  [...elements(parsePage(file))].filter((e) => e.tagName === 'article' && hasClass(e, 'statement'));
const sourceLinks = (card: Element) =>
  [...elements(card)]
    .filter((e) => e.tagName === 'a' && /\/sources\/[^/]+\/#L\d+$/.test(String(e.properties?.href)))
    .map((e) => String(e.properties!.href).replace(/^.*\/sources\//, ''));
const ids = (file: string) =>
  [...elements(parsePage(file))].map((e) => e.properties?.id).filter((id) => id !== undefined);

describe('one act, one card (pages review 9)', () => {
  it('the ICJ’s opinion of 22 July 2010 is one card with its three passages, and the old id lands on it', () => {
    const file = 'actors/international-court-of-justice/index.html';
    expect(cardsOf(file).map(sourceLinks)).toEqual([
      [
        'international-recognition-of-kosovo/#L20',
        'international-recognition-of-kosovo/#L42',
        'kosovo-foreign-relations/#L36',
      ],
    ]);
    expect(ids(file)).toContain(
      'international-court-of-justice-2010-07-22-icj-ruled-that-declaration-independence',
    );
  });
  it('the September 2020 agreement is one card on /kosovo/, with Kosovo’s telling’s line and anchor', () => {
    const file = 'kosovo/index.html';
    const telling = cardsOf(file).filter((c) =>
      sourceLinks(c).includes('kosovo-russia-relations/#L53'),
    );
    expect(telling.map(sourceLinks)).toEqual([
      [
        'international-recognition-of-kosovo/#L9',
        'international-recognition-of-kosovo/#L34',
        'kosovo-russia-relations/#L53',
      ],
    ]);
    expect(ids(file)).toContain('kosovo-2020-09-kosovo-and-serbia-agreed-for');
    // The statements' count is of the cards the section shows.
    const section = [...elements(parsePage(file))].find(
      (e) =>
        e.tagName === 'section' &&
        e.children.some((c) => c.type === 'element' && c.properties?.id === 'statements'),
    )!;
    const heading = squashedText([...elements(section)].find((e) => e.tagName === 'h2')!);
    const shown = [...elements(section)].filter(
      (e) => e.tagName === 'article' && hasClass(e, 'statement'),
    ).length;
    expect(heading).toBe(`Statements and acts (${shown})`);
  });
});

describe('one person, one page (pages review 9, #10)', () => {
  it('/people/cemilev/ names Mustafa Dzhemilev and is not a second person in search', () => {
    const page = parsePage('people/cemilev/index.html');
    const links = [...elements(page)]
      .filter((e) => e.tagName === 'a')
      .map((e) => String(e.properties?.href));
    expect(links).toContain('/people/mustafa-dzhemilev/');
    expect([...elements(page)].some((e) => e.properties?.dataPagefindBody !== undefined)).toBe(
      false,
    );
    const mustafa = squashedText(parsePage('people/mustafa-dzhemilev/index.html'));
    expect(mustafa).toContain('Cemilev stated that he believes');
  });
});

describe('reasons the lead reads (pages review 9, #6)', () => {
  it('China’s lead gives “seeing parallels to its own claim over Taiwan”', () => {
    expect(leadPart('china', 'reasons')).toContain('seeing parallels to its own claim over Taiwan');
  });
  it('Argentina’s lead gives the Falklands precedent', () => {
    expect(leadPart('argentina', 'reasons')).toContain(
      'we would set a dangerous precedent that would seriously threaten our chances of a political settlement in the case of the Falkland Islands',
    );
  });
});

describe('the IOC (pages review 9, #14)', () => {
  const file = 'organisations/ioc/index.html';
  it('prints the membership sentence once, and the provisional membership in the lead, not as a card', () => {
    const text = squashedText(parsePage(file));
    expect(text.split('became a full member of the International Olympic Committee').length).toBe(
      2,
    );
    expect(cardsOf(file).filter((c) => squashedText(c).includes('provisional member'))).toEqual([]);
    expect(text).toContain('Kosovo was a provisional member of the IOC from 22 October 2014');
    expect(ids(file)).toContain('kosovo-2014-10-22-kosovo-was-provisional-member-ioc');
  });
});
