import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findDates,
  findYearlessDates,
  inYear,
  parseDateCell,
} from '../../../../src/ingest/extract/dates';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const dates = (text: string) => findDates(text).map((d) => d.date);

describe('findDates', () => {
  it.each([
    ['After 17 February 2008, when the Assembly declared', ['2008-02-17']],
    ['In February 2008, Argentine Foreign Minister said', ['2008-02']],
    ['which was declared in 2008.', ['2008']],
    ['relations began 1992-04-16 and 1994-05', ['1992-04-16', '1994-05']],
    ['in March 1993 and on 27 December 1991', ['1993-03', '1991-12-27']],
    ['On June 26, 2013 Egypt became the 100th country', ['2013-06-26']],
    ['from 25 to 31 August 2014', ['2014-08-31']],
    ['the 1990s conflicts, the 1999 Kosovo War', ['1999']],
    ['a 4 December 2009 hearing', ['2009-12-04']],
  ])('reads %j at the precision written', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('does not take other numbers for years', () => {
    expect(dates('UN Security Council Resolution 1244')).toEqual([]);
    expect(dates('which it borders for 546 kilometres')).toEqual([]);
    expect(dates('2,000 police and judicial personnel, 10,000 soldiers')).toEqual([]);
    expect(dates('a total of 2000 soldiers')).toEqual([]);
    expect(dates('ISO 3166-1 code and 108 states')).toEqual([]);
    expect(dates('the 1–1 draw with Finland')).toEqual([]);
  });

  it('never pads: a month without a day or a day without a year is not made more precise', () => {
    expect(dates('in May 2012')).toEqual(['2012-05']);
    expect(dates('Russia requested another meeting on 18 February.')).toEqual([]);
    expect(dates('they may 2012 differently')).toEqual(['2012']);
  });

  it('gives the offset, length and words of each date', () => {
    const text =
      'On 27 February 2008, the Lao Foreign Ministry cited resolution No 1244, dated 10 June 1999.';
    const found = findDates(text);
    expect(found).toEqual([
      { date: '2008-02-27', index: 3, length: 16, raw: '27 February 2008' },
      { date: '1999-06-10', index: text.indexOf('10 June'), length: 12, raw: '10 June 1999' },
    ]);
    for (const d of found) expect(text.slice(d.index, d.index + d.length)).toBe(d.raw);
  });

  it('keeps the month of an impossible day rather than inventing one', () => {
    expect(dates('on 31 February 2008')).toEqual(['2008-02']);
  });
});

describe('parseDateCell', () => {
  it.each([
    ['11 June 2008', '2008-06-11'],
    ['1992-04', '1992-04'],
    ['1992-04-16', '1992-04-16'],
    ['January 1992', '1992-01'],
    ['1923', '1923'],
    [' 27 December 1991 ', '1991-12-27'],
    ['', null],
    ['   ', null],
    ['Yes', null],
    ['1992 (approx.)', null],
    ['11 June 2008 and 12 June 2008', null],
  ])('reads %j as %j', (cell, expected) => {
    expect(parseDateCell(cell)).toBe(expected);
  });

  it('reads every non-empty date cell of the Belarus relations tables', () => {
    const text = fs.readFileSync(
      path.join(ROOT, 'content/sources/foreign-relations-of-belarus.txt'),
      'utf8',
    );
    const cells = text
      .split('\n')
      .filter((l) => l.startsWith('| |'))
      .map((l) => l.split('|')[2]!.trim())
      .filter((c) => c !== '');
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.filter((c) => parseDateCell(c) === null)).toEqual([]);
  });
});

describe('findYearlessDates', () => {
  const yearless = (text: string) =>
    findYearlessDates(text).map(({ month, day, raw }) => ({ month, day, raw }));

  it('reads a day with its month, either order, and a month after a preposition', () => {
    expect(yearless('The envoys met again on 3 November to sign it.')).toEqual([
      { month: 11, day: 3, raw: '3 November' },
    ]);
    expect(yearless('The talks resumed on October 21 in Geneva.')).toEqual([
      { month: 10, day: 21, raw: 'October 21' },
    ]);
    expect(yearless('Two diplomats were recalled in early June.')).toEqual([
      { month: 6, day: null, raw: 'June' },
    ]);
    expect(yearless('It was ratified by mid-September')).toEqual([
      { month: 9, day: null, raw: 'September' },
    ]);
  });

  it('leaves full dates to findDates and takes no bare month for a date', () => {
    expect(yearless('On 3 November 2011 the envoys met.')).toEqual([]);
    expect(yearless('on October 21, 2015 in Geneva')).toEqual([]);
    expect(yearless('in June 2009 and in 2010')).toEqual([]);
    expect(yearless('May the delegation return? June Carter spoke.')).toEqual([]);
    expect(yearless('on 31 April')).toEqual([]);
  });

  it('places a yearless date in a year at the precision written', () => {
    expect(inYear({ month: 11, day: 3 }, 2011)).toBe('2011-11-03');
    expect(inYear({ month: 6, day: null }, 1999)).toBe('1999-06');
    expect(inYear({ month: 2, day: 29 }, 2009)).toBe('2009-02');
    expect(inYear({ month: 2, day: 29 }, 2012)).toBe('2012-02-29');
  });
});
