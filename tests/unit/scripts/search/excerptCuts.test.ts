import { describe, expect, it } from 'vitest';
import { excerptCuts, excerptText, withCutMarks } from '../../../../src/scripts/search/excerptCuts';

// Written like Pagefind's indexed text: blocks joined by ". ".
const content =
  'Mustafa Dzhemilev. Role as the sources give it: Chairman of the Mejlis of the Crimean Tatar People. Speaks for Mejlis of the Crimean Tatar People in 1 statement. Statements.';

describe('search excerpts cut mid-phrase (pages review 4, finding 11)', () => {
  it('marks an end that stops inside a sentence, and not one that stops at its end', () => {
    expect(excerptCuts('Speaks for Mejlis of the <mark>Crimean</mark> Tatar', content)).toEqual({
      before: false,
      after: true,
    });
    expect(excerptCuts('of the Mejlis of the <mark>Crimean</mark> Tatar People.', content)).toEqual(
      {
        before: true,
        after: false,
      },
    );
    expect(excerptCuts('Mustafa Dzhemilev. Role as the sources give it:', content)).toEqual({
      before: false,
      after: false,
    });
  });

  it('adds the ellipses around the excerpt’s HTML', () => {
    const excerpt = 'the <mark>Crimean</mark> Tatar';
    expect(withCutMarks(excerpt, excerpt, content)).toBe('…the <mark>Crimean</mark> Tatar…');
  });

  it('adds none when the excerpt cannot be placed, or is cut at one place and whole at another', () => {
    expect(excerptCuts('words the page does not have', content)).toEqual({
      before: false,
      after: false,
    });
    expect(excerptCuts('Crimean Tatar', undefined)).toEqual({ before: false, after: false });
    // Cut before at both places; after, cut at "… People in 1 statement" but whole at "… People."
    expect(excerptCuts('the Crimean Tatar People', content)).toEqual({
      before: true,
      after: false,
    });
    // Whole at the page's start, cut at "Three, One. Two and": no mark at either end.
    expect(excerptCuts('One. Two', 'One. Two. Three, One. Two and')).toEqual({
      before: false,
      after: false,
    });
  });

  it('reads the excerpt as the index wrote it: marks dropped, entities decoded', () => {
    expect(excerptText('Russia&#39;s <mark>Crimea</mark> &amp;  Sevastopol')).toBe(
      "Russia's Crimea & Sevastopol",
    );
  });
});
