/** The lines a gold sentence covers (tests/gold/span.ts), on small invented articles. */
import { describe, expect, it } from 'vitest';
import { sentenceSpan } from '../../gold/span';

const ARTICLE = [
  'Chile has sent officers to the',
  'United Nations Mission The United Nations Mission is a mission of the United Nations ...',
  'since 2001, and it kept them after 2008. Chile also sent judges to the',
  'European court The European court is a court ...',
  'in 2010.',
  'Peru recognised Kosovo in 2009.',
];

describe('sentenceSpan', () => {
  it('runs a sentence on over the gloss lines spliced into it, to the line of its last words', () => {
    expect(
      sentenceSpan(
        ARTICLE,
        1,
        'Chile has sent officers to the United Nations Mission since 2001, and it kept them after 2008.',
      ),
    ).toEqual([1, 2, 3]);
    expect(
      sentenceSpan(ARTICLE, 3, 'Chile also sent judges to the European court in 2010.'),
    ).toEqual([3, 4, 5]);
  });

  it('is the start line alone for a sentence on one line', () => {
    expect(sentenceSpan(ARTICLE, 6, 'Peru recognised Kosovo in 2009.')).toEqual([6]);
  });

  it('is the start line alone when the last words are not within reach (a reworded sentence)', () => {
    expect(
      sentenceSpan(ARTICLE, 1, 'Chile has sent officers since 2001 to keep the peace.'),
    ).toEqual([1]);
    // Found only seven lines on: another sentence's words, not this one's.
    const far = ['It began here,', ...Array(6).fill('gloss text'), 'and ended in 2011.'];
    expect(sentenceSpan(far, 1, 'It began here, and ended in 2011.')).toEqual([1]);
  });
});
