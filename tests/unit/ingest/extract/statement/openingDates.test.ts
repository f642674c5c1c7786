/**
 * Issue 15, dates (tests/gold/README.md "Dates"): what a sentence's opening phrase does to the dates
 * it holds. A date an opening "After …," / "Before …," clause gives dates the other event, so it
 * qualifies the act; a date in the occasion that opens the sentence ("In a report released in …,")
 * dates the act. Every sentence here is invented.
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

describe('a date in the occasion an act took place in', () => {
  it('dates the act when the occasion opens the sentence under "In", "At" or "During"', () => {
    expect(
      statedDate(
        'In a report released in June 2014, the council of Europe found that most officials favoured the treaty.',
      )?.date,
    ).toBe('2014-06');
    expect(
      statedDate(
        'At a summit held on 3 May 2016 in Lima, the president of Peru said that the treaty was void.',
      )?.date,
    ).toBe('2016-05-03');
    expect(
      statedDate(
        'During the talks organised in early 2011, Chile proposed a new border commission.',
      )?.date,
    ).toBe('2011');
  });

  it('dates only the noun when the phrase stands later or says what came before', () => {
    expect(
      statedDate(
        'Following the position adopted in 1997, the council of the league renewed its sanctions.',
      ),
    ).toBeNull();
    expect(
      statedDate(
        'Peru repeated its view, in line with the report published in June 2014 by the league.',
      ),
    ).toBeNull();
  });
});

describe('a span of dates ("from 2015 to 2019", "between 2008 and 2012")', () => {
  it('does not date the act when the sentence gives the act a date of its own', () => {
    expect(
      statedDate(
        'Ana Soto, foreign minister of Peru from 2015 to 2019, became the first Peruvian minister to visit Santiago when she travelled there in October 2015.',
      )?.date,
    ).toBe('2015-10');
    expect(
      statedDate(
        'Peru, an observer of the league between 2008 and 2012, joined it as a member in May 2013.',
      )?.date,
    ).toBe('2013-05');
  });

  it('still dates the act by its start when it is the only date the sentence gives', () => {
    expect(
      statedDate('Peru was an observer of the league from 3 May 2010 through 9 June 2012.')?.date,
    ).toBe('2010-05-03');
  });
});
