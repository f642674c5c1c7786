import { describe, expect, it } from 'vitest';
import {
  compareDates,
  formatInterval,
  formatPartialDate,
  precisionOf,
  sortKey,
  yearOf,
} from '../../../../src/lib/site/dates';
import { datePhrase, ordinal, statusSentence } from '../../../../src/lib/site/status';
import {
  byDate,
  latestSortDate,
  speakerOf,
  statementHeading,
  statementYears,
} from '../../../../src/lib/site/statement';
import { tallySentence } from '../../../../src/lib/site/organisation';
import type { State } from '../../../../src/schemas';

describe('partial dates keep the precision written', () => {
  it('formats year, month and day precision', () => {
    expect(formatPartialDate('2008')).toBe('2008');
    expect(formatPartialDate('2008-02')).toBe('February 2008');
    expect(formatPartialDate('2008-02-07')).toBe('7 February 2008');
    expect(formatPartialDate('2020-12-31')).toBe('31 December 2020');
  });
  it('leaves anything that is not a partial date as written', () => {
    expect(formatPartialDate('spring 2008')).toBe('spring 2008');
    expect(formatPartialDate('2008-13')).toBe('2008-13');
  });
  it('knows the precision', () => {
    expect(precisionOf('2008')).toBe('year');
    expect(precisionOf('2008-02')).toBe('month');
    expect(precisionOf('2008-02-17')).toBe('day');
  });
  it('says "on" for a day and "in" for a month or year', () => {
    expect(datePhrase('2008-02-17')).toBe('on 17 February 2008');
    expect(datePhrase('2008-02')).toBe('in February 2008');
    expect(datePhrase('2017')).toBe('in 2017');
  });
});

describe('inferred intervals', () => {
  it('reads as an interval, open-ended when nothing later bounds it', () => {
    expect(formatInterval({ after: '2008-02-18', before: '2008-03-05' })).toBe(
      'between 18 February 2008 and 5 March 2008',
    );
    expect(formatInterval({ after: '2020-09', before: null })).toBe('after September 2020');
    expect(formatInterval({ after: '2009', before: '2009' })).toBe('2009');
  });
});

describe('date ordering', () => {
  it('pads for sorting only, at the start or the end of the period', () => {
    expect(sortKey('2008')).toBe('2008-01-01');
    expect(sortKey('2008-02')).toBe('2008-02-01');
    expect(sortKey('2008-02', 'end')).toBe('2008-02-31');
    expect(sortKey(null)).toBe('0000-00-00');
  });
  it('orders chronologically, coarser dates before finer ones of the same start, undated last', () => {
    const dates = ['2010-07-22', null, '2008', '2008-02-17', '2008-01', '2009-12'];
    expect([...dates].sort(compareDates)).toEqual([
      '2008',
      '2008-01',
      '2008-02-17',
      '2009-12',
      '2010-07-22',
      null,
    ]);
  });
  it('reads the year', () => {
    expect(yearOf('2013-04')).toBe(2013);
    expect(yearOf(null)).toBeNull();
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
      'Suriname recognised Kosovo as an independent state on 8 July 2016 and withdrew the recognition in October 2017.',
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
      'Z recognised Kosovo as an independent state in 2008. It withdrew the recognition in 2019 and resumed it in 2020.',
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

describe('statement headings carry the date as written and the speaker', () => {
  const actor = { type: 'state' as const, id: 'belarus', name: 'Belarus' };
  it("uses the statement's speaker and role", () => {
    const p = {
      date: '2008-02',
      actor,
      speaker: { name: 'Alexander Lukashenko', role: 'Belarusian President' },
    };
    expect(statementHeading(p)).toBe('February 2008 — Alexander Lukashenko, Belarusian President');
    expect(speakerOf({ ...p, speaker: { name: 'A', role: null } })).toBe('A');
  });
  it('falls back to the actor and marks undated statements', () => {
    expect(statementHeading({ date: null, actor, speaker: null })).toBe('Undated — Belarus');
  });
  it('orders statements by date with a stable tie-break, undated last', () => {
    const ps = [
      { id: 'b', date: '2008-02' },
      { id: 'c', date: null },
      { id: 'a', date: '2008-02' },
      { id: 'd', date: '2007' },
    ];
    expect(byDate(ps).map((p) => p.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('gives the latest date for sorting and the distinct years', () => {
    expect(latestSortDate([{ date: '2008-02' }, { date: '2022' }, { date: null }])).toBe(
      '2022-01-01',
    );
    expect(latestSortDate([{ date: null }])).toBeNull();
    expect(
      statementYears([{ year: 2022 }, { year: 2008 }, { year: 2008 }, { year: null }]),
    ).toEqual([2008, 2022]);
  });
});

describe('organisation tallies in words', () => {
  it('writes the computed tally with withdrawals and non-recognisers', () => {
    expect(
      tallySentence({
        members: Array(27).fill('x'),
        recognising: Array(22).fill('x'),
        withdrawn: [],
        notRecognising: Array(5).fill('x'),
      }),
    ).toBe('22 of 27 members recognise Kosovo (5 do not recognise).');
    expect(
      tallySentence({ members: null, recognising: [], withdrawn: [], notRecognising: [] }),
    ).toBeNull();
  });
});

describe('page titles stay within 70 characters', () => {
  it('adds the site name when it fits, drops it otherwise, and cuts at a word', async () => {
    const { pageTitle, MAX_TITLE } = await import('../../../../src/lib/site/title');
    const site = 'Kosovo Recognition Atlas';
    expect(pageTitle('Belarus', site)).toBe('Belarus — Kosovo Recognition Atlas');
    expect(pageTitle(site, site)).toBe(site);
    const long = 'European Bank for Reconstruction and Development (EBRD)';
    expect(pageTitle(long, site)).toBe(long);
    const tooLong =
      'A very long organisation name that goes on and on beyond any reasonable length';
    const cut = pageTitle(tooLong, site);
    expect(cut.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(cut.endsWith('…')).toBe(true);
    expect(tooLong.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
