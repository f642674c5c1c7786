/**
 * Issue 15, boundaries: "… supported the recognition in 2008 and has since pressed for …" — a
 * perfect whose "since" points back to the first verb's date tells a second stance of the same
 * subject from that date on: cut off, carrying the subject, qualified "since" that date. Every
 * sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { sharesSubject, splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, finder, fixtureArticle, orgs } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('"and has since" after a dated verb phrase', () => {
  it('is cut off as a verb phrase sharing the subject', () => {
    expect(
      splitActs('Peru joined the league in 2004 and has since hosted two of its summits.', named),
    ).toEqual(['Peru joined the league in 2004', 'has since hosted two of its summits.']);
    expect(sharesSubject('has since hosted two of its summits.')).toBe(true);
  });

  it('stays whole when the first verb phrase has no date to count from', () => {
    const sentence = 'Peru joined the league and has since hosted two of its summits.';
    expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('is the same actor’s statement, since the first one’s date', () => {
    const { doc, persons } = fixtureArticle(
      'Peru joined the league in 2004 and has since hosted two of its summits.',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.date, p.qualifiedDate])).toEqual([
      ['peru', '2004', null],
      ['peru', null, { qualifier: 'since', date: '2004' }],
    ]);
  });
});
