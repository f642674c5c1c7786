import { describe, expect, it } from 'vitest';
import {
  exactNameFirst,
  exactWordsFirst,
  isPhraseQuery,
  markedWords,
  phraseHitsFirst,
  unmatchedWords,
} from '../../../../src/scripts/search/ranking';

describe('exactNameFirst', () => {
  const pages = [
    { id: 'ukraine', names: ['Ukraine', 'UKR'] },
    { id: 'cuba', names: ['Cuba'] },
    { id: 'united-kingdom', names: ['United Kingdom', 'UK', 'Great Britain'] },
  ];
  const names = (page: (typeof pages)[number]) => page.names;

  it('moves a page one of whose names is the query to the front, keeping the others in order', () => {
    expect(exactNameFirst('UK', pages, names).map((p) => p.id)).toEqual([
      'united-kingdom',
      'ukraine',
      'cuba',
    ]);
  });

  it('ignores case, accents and punctuation but not missing words', () => {
    expect(exactNameFirst('great  BRITAIN', pages, names)[0]?.id).toBe('united-kingdom');
    expect(exactNameFirst('Great', pages, names).map((p) => p.id)).toEqual([
      'ukraine',
      'cuba',
      'united-kingdom',
    ]);
    expect(exactNameFirst('cúba', pages, names)[0]?.id).toBe('cuba');
  });
});

describe('exactWordsFirst', () => {
  const hits = [
    { id: 'mejlis', marks: ['crimean', 'crimean', 'crimean'] },
    { id: 'dzhemilev', marks: ['crimean'] },
    { id: 'russia', marks: ['crimea', 'crimean'] },
    { id: 'source', marks: ['crimea'] },
  ];
  const marks = (hit: (typeof hits)[number]) => hit.marks;

  it('puts hits that mark the query word itself before hits that mark only a longer word', () => {
    expect(exactWordsFirst('Crimea', hits, marks).map((h) => h.id)).toEqual([
      'russia',
      'source',
      'mejlis',
      'dzhemilev',
    ]);
  });

  it('counts distinct query words, not repeats, and keeps the order when no hit is exact', () => {
    const two = [
      { id: 'one-word-twice', marks: ['crimea', 'crimea'] },
      { id: 'both-words', marks: ['crimea', 'referendum'] },
    ];
    expect(exactWordsFirst('crimea referendum', two, (h) => h.marks).map((h) => h.id)).toEqual([
      'both-words',
      'one-word-twice',
    ]);
    expect(exactWordsFirst('Crim', hits, marks).map((h) => h.id)).toEqual([
      'mejlis',
      'dzhemilev',
      'russia',
      'source',
    ]);
  });
});

describe('phraseHitsFirst', () => {
  it('puts the pages that hold the words as a phrase first, in the order of the word search', () => {
    const hits = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(phraseHitsFirst([{ id: 'd' }, { id: 'b' }], hits).map((h) => h.id)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
    expect(phraseHitsFirst([], hits)).toEqual(hits);
  });

  it('asks for a phrase only for two words or more, never inside the reader’s own quotes', () => {
    expect(isPhraseQuery('we are not Kosovo')).toBe(true);
    expect(isPhraseQuery('Kosovo')).toBe(false);
    expect(isPhraseQuery('"not Kosovo"')).toBe(false);
  });
});

describe('unmatchedWords', () => {
  it('reads the marked words of excerpts, folded', () => {
    expect(
      markedWords([
        'the <mark>Dačić</mark> and <mark>green</mark> light',
        '<mark>Vollebæk.</mark>',
      ]),
    ).toEqual(['dacic', 'green', 'vollebæk']);
  });

  it('reports a word whose only matches are a much shorter word it starts with (Pagefind’s stand-in)', () => {
    expect(unmatchedWords('Greenland', ['green'])).toEqual([
      { word: 'greenland', standIn: 'green' },
    ]);
    expect(unmatchedWords('Vucic', ['v'])).toEqual([{ word: 'vucic', standIn: 'v' }]);
    expect(unmatchedWords('Greenland policy', ['green', 'policy'])).toEqual([
      { word: 'greenland', standIn: 'green' },
    ]);
  });

  it('keeps stemmed and prefix matches, and short words', () => {
    expect(unmatchedWords('recognising', ['recognised', 'recognise'])).toEqual([]);
    expect(unmatchedWords('Lukash', ['lukashenko'])).toEqual([]);
    expect(unmatchedWords('Dacic', ['dacic'])).toEqual([]);
    expect(unmatchedWords('UK', ['u'])).toEqual([]);
    expect(unmatchedWords('Greenland', [])).toEqual([]);
  });

  it('does not report a word that also has a real match', () => {
    expect(unmatchedWords('Greenland', ['green', 'greenland'])).toEqual([]);
  });
});
