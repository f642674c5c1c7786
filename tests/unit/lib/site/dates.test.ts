import { describe, expect, it } from 'vitest';
import {
  compareDates,
  formatInterval,
  formatPartialDate,
  precisionOf,
  sortKey,
  yearOf,
} from '../../../../src/lib/site/dates';

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
