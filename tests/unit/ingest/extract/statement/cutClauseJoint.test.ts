/**
 * A clause cut from its sentence and then carried on by the clause before it (same actor, no date
 * of its own the rules read) is one statement again: its text and its citation's excerpt are the
 * source's words, joined by the words that stood between them (", although"), not by a bare space —
 * else the excerpt stands nowhere in the article and the citation check stops the build.
 */
import { describe, expect, it } from 'vitest';
import { groupSentences, jointAfter } from '../../../../../src/ingest/extract/statements';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';

describe('a cut clause joined back to the clause before it', () => {
  it('takes the joining words from the clause before, when that clause is the one before', () => {
    expect(
      jointAfter('Peru has no common line on Chile', 'Peru has no common line on Chile, although'),
    ).toBe(', although');
    expect(jointAfter('Peru has no common line', 'Chile signed the accord, while')).toBe('');
    expect(jointAfter(undefined, 'Chile signed the accord, while')).toBe('');
    expect(jointAfter('Peru has no common line', null)).toBe('');
  });

  it('keeps the joining words in a grouped statement’s text', () => {
    const pieces = groupSentences(
      [
        'The Gulf Cooperation Council as a body has no common position on Kosovo',
        // No year on the statement: a dated document would date the clause and part it (boundaries.test.ts).
        'its secretary-general welcomed the agreement between Kosovo and Serbia in a statement.',
      ],
      () => null,
      false,
      (i) =>
        i === 1
          ? 'The Gulf Cooperation Council as a body has no common position on Kosovo, although'
          : null,
    );
    expect(pieces.map((p) => p.text)).toEqual([
      'The Gulf Cooperation Council as a body has no common position on Kosovo, although its secretary-general welcomed the agreement between Kosovo and Serbia in a statement.',
    ]);
  });

  it('cites words that stand in the article', () => {
    const sentence =
      'The Gulf Cooperation Council as a body has no common position on Kosovo, although its secretary-general welcomed the talks between Peru and Chile in a 2015 statement.';
    const { doc, persons } = fixtureArticle(sentence, 'Kosovo and the Gulf');
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) {
      for (const ref of p.refs) expect(sentence).toContain(ref.excerpt.replace(/…$/, '').trim());
      expect(sentence).toContain(p.text.trim());
    }
  });
});
