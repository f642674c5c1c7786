/**
 * Issue 15, dates (tests/gold/README.md "Dates"): a date that an opening "After …," / "Before …,"
 * clause gives dates the other event, not the act: the act is qualified by it. Every sentence here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { sentenceDate, statedDate } from '../../../../../src/ingest/extract/statements';

describe('a date in an opening clause of time', () => {
  it('qualifies the act with the opening word, whatever the clause says in between', () => {
    expect(
      sentenceDate(
        'After the former minister of Chile became the head of the league in December 2019, Peru asked whether he could stay neutral.',
        null,
      ),
    ).toEqual({ date: null, qualified: { qualifier: 'after', date: '2019-12' }, relative: null });
    expect(
      sentenceDate(
        'Before the parliament of Peru voted on the treaty on 4 May 2011, Chile warned against ratification.',
        null,
      ).qualified,
    ).toEqual({ qualifier: 'before', date: '2011-05-04' });
    expect(
      sentenceDate(
        'Following talks held between the two governments in early 2015, Chile opened a liaison office.',
        null,
      ).qualified,
    ).toEqual({ qualifier: 'after', date: '2015' });
  });

  it('leaves a date of the main clause to date the act', () => {
    expect(
      statedDate(
        'After Chile recognised the state in 2008, Peru followed in March 2009 with a note to Lima.',
      )?.date,
    ).toBe('2009-03');
  });

  it('does not read a date a name holds, a date after the opening, or an opening of another kind', () => {
    expect(
      sentenceDate(
        'After the president of Chile received the 2008 Peace Prize, Peru sent a message of congratulation.',
        null,
      ),
    ).toEqual({ date: null, qualified: null, relative: null });
    expect(
      statedDate('When the council of the league met in June 2012, Peru voted against the motion.')
        ?.date,
    ).toBe('2012-06');
    expect(statedDate('After the vote, Peru recalled its ambassador in June 2012.')?.date).toBe(
      '2012-06',
    );
  });
});
