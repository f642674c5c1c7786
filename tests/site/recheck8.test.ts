/**
 * What the re-check of review 8 left open, on the built pages: a sentence of a source shown by two
 * cards of one page (#2, #5); a lead whose reason repeats its latest statement (#5) or whose first
 * words point back at nothing (#6); "by The President" and "Withdrawal reported" (#9, #12).
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { assertBuilt, elements, parsePage, hasClass, squashedText } from './builtSite';

assertBuilt();
const text = squashedText;
const cardsOf = (file: string) =>
  [...elements(parsePage(file))].filter((e) => e.tagName === 'article' && hasClass(e, 'statement'));
/** A card's words: its paragraph after the voice line, less the quoted opening of a pointer. */
const wordsOf = (card: Element) => {
  const body = card.children.find(
    (c): c is Element => c.type === 'element' && c.tagName === 'p' && !c.properties?.className,
  );
  if (!body) return '';
  const pointers = [...elements(body)].filter((e) => e.tagName === 'a' && hasClass(e, 'at'));
  return pointers.reduce((t, a) => t.replace(text(a), ''), text(body));
};
const leadPart = (file: string, name: string) =>
  text([...elements(parsePage(file))].find((e) => e.tagName === 'p' && hasClass(e, name))!);
const idsOf = (card: Element) =>
  [...elements(card)].map((e) => e.properties?.id).filter((id) => id !== undefined);

describe('one sentence, one card (re-check 8, #2 and #5)', () => {
  const serbia = 'states/serbia/index.html';
  it('shows Serbia’s line-3 sentence on one card, which carries both statements’ ids', () => {
    const showing = cardsOf(serbia).filter((c) =>
      wordsOf(c).includes('The Government of Serbia does not diplomatically recognise Kosovo'),
    );
    expect(showing).toHaveLength(1);
    expect(idsOf(showing[0]!)).toEqual(
      expect.arrayContaining([
        'serbia-undated-government-serbia-does-not-diplomatically',
        'serbia-undated-two-countries-have-enjoyed-normalised',
      ]),
    );
  });
  it('tells the 2023 agreement once: the March card points at the February card', () => {
    const showing = cardsOf(serbia).filter((c) =>
      wordsOf(c).includes('agreed to a proposed normalisation agreement'),
    );
    expect(showing).toHaveLength(1);
    const march = cardsOf(serbia).find((c) =>
      idsOf(c).includes('serbia-2023-03-through-further-negotiations-accepted-roadmap'),
    )!;
    expect(text(march)).toContain(
      'Follows “In February 2023, Serbia and Kosovo …”: …and, through further negotiations, accepted a roadmap',
    );
  });
});

describe('the lead (re-check 8, #5 and #6)', () => {
  it('gives no reason that its latest statement shows: Argentina’s delegation sentence is told once', () => {
    const lead = `${leadPart('states/argentina/index.html', 'reasons')} ${leadPart('states/argentina/index.html', 'latest')}`;
    expect(lead.split('breaches the obligation to respect').length - 1).toBe(1);
  });
  it('tells Georgia’s “the interview … him” after the sentence that introduces them', () => {
    expect(leadPart('states/georgia/index.html', 'latest')).toContain(
      'International recognition of Kosovo says: On 29 March 2008 the prime minister, Lado Gurgenidze, gave a recorded interview in Estonia … The printed publication of the interview',
    );
  });
});

describe('one wording (re-check 8, #9 and #12)', () => {
  it('reads “by the President of Cyprus”, not the source’s capital', () => {
    const page = text(parsePage('states/cyprus/index.html'));
    expect(page).toContain('by the President of Cyprus Dimitris Christofias');
    expect(page).not.toContain('by The President');
  });
  it('says “withdrew recognition” in the timeline legend', () => {
    const page = text(parsePage('timeline/index.html'));
    expect(page).toContain('Withdrew recognition');
    expect(page).not.toMatch(/withdrawal reported/i);
  });
});
