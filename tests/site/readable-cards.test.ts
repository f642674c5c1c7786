/**
 * What the re-check of review 7 found a reader meets on the built pages: cards that open as a
 * lower-case fragment after a pointer (N1), and Markdown backticks shown as written (N3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { assertBuilt, elements, htmlFiles, parsePage, textOf } from './builtSite';

const cardsOf = (file: string) =>
  [...elements(parsePage(file))].filter(
    (e) => e.tagName === 'article' && String(e.properties?.className ?? '').includes('statement'),
  );
/** The card's text: its paragraph after the heading and the voice line. */
const bodyOf = (card: Element) => {
  const body = card.children.find(
    (c): c is Element =>
      c.type === 'element' && c.tagName === 'p' && !String(c.properties?.className ?? ''),
  );
  return body ? textOf(body).replace(/\s+/g, ' ').trim() : '';
};
const POINTER = /^Follows “([^”]*)”( \(see below\))?: /;

beforeAll(() => {
  assertBuilt();
});

describe('/data/ shows code as code (re-check 7, N3)', () => {
  it('prints no Markdown backtick in its text, and sets the field descriptions’ values as <code>', () => {
    const page = parsePage('data/index.html');
    const cells = [...elements(page)].filter((e) => e.tagName === 'td');
    expect(cells.filter((td) => textOf(td).includes('`')).map(textOf)).toEqual([]);
    const codes = cells.flatMap((td) => [...elements(td)].filter((e) => e.tagName === 'code'));
    expect(codes.map(textOf)).toContain('enclosing');
  });
});

describe('cards read as English a person would write (re-check 7, N1)', () => {
  const pages = [
    'states/serbia/index.html',
    'states/belarus/index.html',
    'states/cyprus/index.html',
  ];

  it('no card on Serbia, Belarus or Cyprus opens with a lower-case word, after a pointer or not', () => {
    const openings = pages.flatMap((file) =>
      cardsOf(file).map((card) => [file, bodyOf(card).replace(POINTER, '')] as const),
    );
    expect(openings.length).toBeGreaterThan(60);
    expect(openings.filter(([, text]) => /^\p{Ll}/u.test(text))).toEqual([]);
  });

  it('keeps the word that ties a sentence cut in two cards (“although”)', () => {
    const texts = cardsOf('states/serbia/index.html').map(bodyOf);
    expect(texts).toContain(
      "The Government of Serbia does not diplomatically recognise Kosovo as a sovereign state, although the two countries have enjoyed normalised economic relations since 2020 and have agreed not to try to interfere with the other's accession to the European Union.",
    );
  });

  it('a pointer quotes a card’s opening without “…” before it, says “see below” of a later card, and is not on a page’s first card', () => {
    for (const file of [
      ...pages,
      'states/russia/index.html',
      'organisations/european-union/index.html',
    ]) {
      const cards = cardsOf(file);
      const ids = cards.map(
        (c) => [...elements(c)].find((e) => /^h[23]$/.test(e.tagName))!.properties!['id'],
      );
      expect(POINTER.test(bodyOf(cards[0]!)), file).toBe(false);
      cards.forEach((card, at) => {
        const pointer = POINTER.exec(bodyOf(card));
        if (!pointer) return;
        expect(pointer[1], file).not.toMatch(/^…/);
        const muted = [...elements(card)].find(
          (e) => e.tagName === 'span' && String(e.properties?.className ?? '').includes('muted'),
        )!;
        const href = [...elements(muted)].find((e) => e.tagName === 'a')!.properties!['href'];
        const target = ids.indexOf(String(href).slice(1));
        expect(target, `${file} ${String(href)}`).toBeGreaterThanOrEqual(0);
        expect(pointer[2] !== undefined, `${file} ${String(href)}`).toBe(target > at);
      });
    }
  });
});

describe('the dimmed rest of a cut sentence stops where a phrase ends (re-check 7, N2)', () => {
  it('never stops after a function word or “not” on a state, organisation or Kosovo page', () => {
    const pages = htmlFiles().filter((f) =>
      /^(?:states|organisations)\/[^/]+\/index\.html$|^kosovo\/index\.html$/.test(f),
    );
    const rests: string[] = [];
    for (const file of pages)
      for (const card of cardsOf(file)) {
        const body = card.children.find(
          (c): c is Element =>
            c.type === 'element' && c.tagName === 'p' && !String(c.properties?.className ?? ''),
        );
        const last = body?.children.filter((c) => c.type === 'element').at(-1);
        if (last && String(last.properties?.className ?? '').includes('muted'))
          rests.push(textOf(last).replace(/\s+/g, ' ').trim());
      }
    expect(rests.length).toBeGreaterThan(15);
    const cutInside = rests.filter((r) =>
      /\b(?:not|was|were|is|are|of|the|a|an|to|in|for|with|by|that|which|and|or|but)\s…$/.test(r),
    );
    expect(cutInside).toEqual([]);
    // The EU Council's 1997 card says what was not done.
    expect(rests).toContain('; Belarusian membership in the Council of Europe was not supported …');
  });
});
