import { describe, expect, it } from 'vitest';
import { checkCalendarDates, checkMonthSpelling } from '../../../../src/ingest/read/calendarDates';

describe('checkCalendarDates', () => {
  it('accepts real dates in every form the sources write, 29 February of a leap year too', () => {
    const text =
      'On 17 February 2008 it declared.\nOn June 26, 2013 Egypt.\n2020-02-29 and 29 February 2012.';
    expect(() => checkCalendarDates(text, 'a.txt')).not.toThrow();
  });

  it.each([
    ['day-month', 'Recognised on\nthe 31 April 2009 said.', 'a.txt:2:5', '31 April 2009'],
    ['month-day', 'On February 30, 2008 it did.', 'a.txt:1:4', 'February 30, 2008'],
    ['ISO', 'x\ny\nDated 2019-13-01.', 'a.txt:3:7', '2019-13-01'],
    ['29 February of a common year', 'On 29 February 2011.', 'a.txt:1:4', '29 February 2011'],
  ])('stops at an impossible %s date with file:line:column', (_form, text, at, raw) => {
    expect(() => checkCalendarDates(text, 'a.txt')).toThrow(`${at}: expected a calendar date (`);
    expect(() => checkCalendarDates(text, 'a.txt')).toThrow(`found ${JSON.stringify(raw)}`);
  });
});

describe('a misspelt month in a date position', () => {
  it('stops at file:line:column, naming the month it reads like', () => {
    expect(() => checkMonthSpelling('Title\nIn Febraury 2008, he said so.', 'a.txt')).toThrow(
      'a.txt:2:4: expected a month name in this date position ("Febraury" reads like a misspelt "February"), found "Febraury 2008"',
    );
    expect(() => checkMonthSpelling('On 3 Jnue 2010 it met.', 'a.txt')).toThrow(
      /a\.txt:1:6: .*"Jnue" reads like a misspelt "June"/,
    );
    expect(() => checkMonthSpelling('since Setpember 2011', 'a.txt')).toThrow(/"September"/);
  });

  it('leaves months, names and words that are no slip of a month alone', () => {
    for (const text of [
      'In May 2008 and on 4 Sept 2009 and in December 2010.',
      'Marco 2008 was a campaign; Julia 2010 too.',
      'In Berlin 2008 was hosted; in Mayor 2008 nothing.',
      'The Jane 2008 report.',
    ])
      expect(() => checkMonthSpelling(text, 'a.txt'), text).not.toThrow();
  });
});
