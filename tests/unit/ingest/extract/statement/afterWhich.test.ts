/**
 * Issue 15 (review 6, the Postimees fragment; review 5 #24): a clause cut from its sentence with
 * "after which" points back to the clause before it, so its act came after that clause's date —
 * wherever that date stands in the clause, and even when that clause tells no statement of its own
 * or another actor's. A clause before it with no date gives nothing; no date is guessed.
 */
import { describe, expect, it } from 'vitest';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, datesWithClauseBefore, fixtureArticle, orgs } from './fixtures';

const dates = datesWithClauseBefore;

describe('a clause "after which" something was done', () => {
  it('is after the date of the clause before it, when that clause is told apart', () => {
    expect(
      dates(['after which Peru raised its tariffs.'], ['However, the talks stalled in May 2018']),
    ).toEqual([[null, { qualifier: 'after', date: '2018-05' }]]);
    expect(
      dates(
        ['after which the Chilean paper El Sur released the recording.'],
        ['and the minister met the Chilean ambassador on 4 June 2012'],
      ),
    ).toEqual([[null, { qualifier: 'after', date: '2012-06-04' }]]);
  });

  it('is after that clause’s date, not the sentence’s opening date', () => {
    expect(
      dates(
        [
          'In 2010 Peru opened talks with Chile',
          'and the long talks on the border and on the fisheries accord finally collapsed in June 2012',
          'after which Peru withdrew its envoy.',
        ],
        [
          null,
          'In 2010 Peru opened talks with Chile',
          'and the long talks on the border and on the fisheries accord finally collapsed in June 2012',
        ],
      ).at(-1),
    ).toEqual([null, { qualifier: 'after', date: '2012-06' }]);
  });

  it('has no date when the clause before it has none and the sentence opens with none', () => {
    expect(
      dates(
        ['after which the Chilean paper El Sur released the recording.'],
        ['and the spokesman stated that the minister had been misquoted'],
      ),
    ).toEqual([[null, null]]);
  });

  it('is so in prose, where the clause before tells no statement', () => {
    const { doc, persons } = fixtureArticle(
      'However, the process of normalisation stalled in November 2019, after which Peru imposed a 100 percent tax on Chilean goods.',
      'Foreign relations of Peru',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(
      positions.map((p) => ({ actor: p.actor.id, date: p.date, qualified: p.qualifiedDate })),
    ).toEqual([{ actor: 'peru', date: null, qualified: { qualifier: 'after', date: '2019-11' } }]);
  });
});
