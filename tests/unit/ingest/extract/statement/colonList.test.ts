/**
 * Issue 15, boundaries: "Two more states followed early in 2011: Qatar on 7 January and Oman on 4
 * February." — a clause whose subject counts states, then a list of the states with a date each,
 * tells one act per state, each on its own date. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import {
  listedItemDate,
  listedSubject,
} from '../../../../../src/ingest/extract/statement/colonList';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, finder, fixtureArticle, orgs } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a counted subject with its states listed after a colon', () => {
  it('is cut into one act per listed state, the first kept with the clause', () => {
    expect(
      splitActs(
        'Three countries followed in 2012: Peru on 3 May, Chile on 9 June, and Bolivia in November.',
        named,
      ),
    ).toEqual([
      'Three countries followed in 2012: Peru on 3 May',
      'Chile on 9 June',
      'Bolivia in November.',
    ]);
  });

  it('stays whole when the list gives no dates, names no states, or the subject names its actor', () => {
    for (const sentence of [
      'Two states abstained in the vote: Peru and Chile.',
      'Two more cities followed in 2012: Lima on 3 May and Cusco on 9 June.',
      'Peru named two envoys in 2012: Ana Ruiz on 3 May and Luis Soto on 9 June.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('reads the listed state as the subject, dated by its own day in the clause’s year', () => {
    const first = 'Two more states followed early in 2011: Peru on 7 January';
    expect(listedSubject(first, named)).toEqual({ text: 'Peru', index: 40 });
    expect(listedItemDate(first)).toBe('2011-01-07');
    expect(listedItemDate('Two more states followed: Peru on 7 January 2011')).toBe('2011-01-07');
    expect(listedItemDate('Two more states followed: Peru on 7 January')).toBeNull();
  });

  it('gives each listed state its statement with its own date', () => {
    const { doc, persons } = fixtureArticle(
      'Two more states followed early in 2011: Peru on 7 January and Chile on 4 February.',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.date, p.text])).toEqual([
      ['peru', '2011-01-07', 'Two more states followed early in 2011: Peru on 7 January'],
      ['chile', '2011-02-04', 'Chile on 4 February.'],
    ]);
  });
});
