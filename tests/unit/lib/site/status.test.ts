import { describe, expect, it } from 'vitest';
import {
  datePhrase,
  ordinal,
  statusSentence,
  withdrawalFact,
  withdrawalPhrase,
} from '../../../../src/lib/site/status';
import type { State } from '../../../../src/schemas';

describe('dates in the status sentence', () => {
  it('says "on" for a day and "in" for a month or year', () => {
    expect(datePhrase('2008-02-17')).toBe('on 17 February 2008');
    expect(datePhrase('2008-02')).toBe('in February 2008');
    expect(datePhrase('2017')).toBe('in 2017');
  });
});

const state = (
  over: Partial<State>,
): Pick<State, 'id' | 'name' | 'status' | 'recognition' | 'withdrawal'> => ({
  id: 'x',
  name: 'X',
  status: 'not-recognised',
  recognition: null,
  withdrawal: null,
  ...over,
});
const recognition = (
  over: Partial<NonNullable<State['recognition']>>,
): NonNullable<State['recognition']> => ({
  order: 2,
  group: null,
  table: 'un-members',
  date: null,
  dateSources: [],
  dateNote: null,
  dateInferred: null,
  sameDay: [],
  sources: [{ source: 's', section: [], line: 1, anchor: 'L1', excerpt: '' }],
  ...over,
});

describe('the status sentence a reader can quote', () => {
  it('says a non-recognising state does not recognise Kosovo', () => {
    expect(statusSentence(state({ name: 'Belarus' }))).toBe(
      'Belarus does not recognise Kosovo as an independent state.',
    );
  });
  it('gives the written date of recognition at its precision', () => {
    expect(
      statusSentence(
        state({
          name: 'France',
          status: 'recognised',
          recognition: recognition({ date: '2008-02-18' }),
        }),
      ),
    ).toBe('France recognised Kosovo as an independent state on 18 February 2008.');
  });
  it('labels an inferred interval as inferred, never as a date', () => {
    const sentence = statusSentence(
      state({
        name: 'Y',
        status: 'recognised',
        recognition: recognition({
          dateInferred: { after: '2008-02-18', before: '2008-02-20', basis: 'rows 2 and 9' },
        }),
      }),
    );
    expect(sentence).toContain('between 18 February 2008 and 20 February 2008');
    expect(sentence).toContain('inferred');
  });
  it('names the withdrawal and its date', () => {
    const withdrawn = state({
      name: 'Suriname',
      status: 'withdrawn',
      recognition: recognition({ date: '2016-07-08' }),
      withdrawal: { date: '2017-10', note: null, reversed: null, sources: recognition({}).sources },
    });
    expect(statusSentence(withdrawn)).toBe(
      'Suriname recognised Kosovo as an independent state on 8 July 2016 and withdrew recognition in October 2017.',
    );
  });
  it('mentions a withdrawal that was later reversed without changing the status', () => {
    const s = state({
      name: 'Z',
      status: 'recognised',
      recognition: recognition({ date: '2008' }),
      withdrawal: {
        date: '2019',
        note: null,
        reversed: { date: '2020', how: 'resumed' },
        sources: recognition({}).sources,
      },
    });
    expect(statusSentence(s)).toBe(
      'Z recognised Kosovo as an independent state in 2008. It withdrew recognition in 2019 and resumed it in 2020.',
    );
  });
  it('says a withdrawal and its reversal in one phrase (pages review 5, finding 2)', () => {
    const sources = recognition({}).sources;
    expect(
      withdrawalPhrase({
        date: '2017-11-21',
        note: null,
        reversed: { date: '2018-02-02', how: 'annulled' },
        sources,
      }),
    ).toBe('Withdrawn on 21 November 2017, annulled on 2 February 2018');
    expect(
      withdrawalPhrase({
        date: '2019-01',
        note: null,
        reversed: { date: '2023', how: 'resumed' },
        sources,
      }),
    ).toBe('Withdrawn in January 2019, recognition resumed in 2023');
    expect(withdrawalPhrase({ date: null, note: null, reversed: null, sources })).toBe(
      'Withdrawn, date not given',
    );
  });
  it('never says Kosovo recognises itself', () => {
    expect(
      statusSentence(state({ id: 'kosovo', name: 'Kosovo', status: 'recognised' })),
    ).not.toMatch(/recognised Kosovo/);
  });
  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('a withdrawal in a state’s key facts (pages review 9, #12)', () => {
  it('says "withdrew" as home and /counts/ do, with or without a date', () => {
    expect(withdrawalFact('2019-06-28')).toBe('Withdrew recognition on 28 June 2019.');
    expect(withdrawalFact(null)).toBe('Withdrew recognition; date not given.');
  });
});
