/**
 * Issue 15 (unseen articles): "Dominica recognised Kosovo in December 2012, and Grenada the
 * following February" — a second subject with a date of its own and the verb left out (gapping)
 * is a second act, dated as any clause is ("the following February": the next one after the date
 * just told).
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { sentenceDate } from '../../../../../src/ingest/extract/statements';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, finder, fixtureArticle, orgs } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a gapped second subject with a date of its own', () => {
  it('is cut off as its own act', () => {
    expect(
      splitActs('Peru recognised Kosovo in March 2010, and Chile the following June.', named),
    ).toEqual(['Peru recognised Kosovo in March 2010', 'Chile the following June.']);
    expect(
      splitActs('Peru recognised Kosovo on 3 March 2010, and Chile in May 2011.', named),
    ).toEqual(['Peru recognised Kosovo on 3 March 2010', 'Chile in May 2011.']);
    expect(
      splitActs('Peru joined the league in 1994, and Chile two years later.', named),
    ).toHaveLength(2);
  });

  it('stays whole when the first clause has no date, or the second names no one', () => {
    for (const sentence of [
      'Peru recognised Kosovo, and Chile in May 2011.',
      'Peru recognised Kosovo in March 2010, and Easter Monday in May 2011.',
      'Peru sent a note to Ecuador in March 2010, and to Chile in May 2011.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('is read as the second actor’s act, on its own date', () => {
    const { doc, persons } = fixtureArticle(
      'Peru recognised Kosovo in March 2010, and Chile the following February.',
      'Foreign relations of Peru',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.date])).toEqual([
      ['peru', '2010-03'],
      ['chile', '2011-02'],
    ]);
  });
});

describe('"the following <month>"', () => {
  it('is the next such month after the date just told, not a qualifier', () => {
    expect(sentenceDate('Chile the following June.', '2010-03')).toEqual({
      date: '2010-06',
      qualified: null,
      relative: 'the following June',
    });
    expect(sentenceDate('Chile signed it the next January.', '2010-03')).toMatchObject({
      date: '2011-01',
    });
  });
});
