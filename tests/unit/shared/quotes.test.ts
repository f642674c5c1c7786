import { describe, expect, it } from 'vitest';
import { doubleQuotedSpans, quotedRanges } from '../../../src/shared/quotes';

describe('doubleQuotedSpans', () => {
  it('finds curly, straight and guillemet quotations, outermost only, with their inner words', () => {
    const text = 'He said “no ‘never’ again” and "yes" and «peut-être».';
    expect(doubleQuotedSpans(text)).toEqual([
      { start: 8, end: 26, innerStart: 9, innerEnd: 25, closed: true },
      { start: 31, end: 36, innerStart: 32, innerEnd: 35, closed: true },
      { start: 41, end: 52, innerStart: 42, innerEnd: 51, closed: true },
    ]);
    expect(text.slice(9, 25)).toBe('no ‘never’ again');
  });

  it('closes „ with “ or ”, and runs an unclosed quotation to the end', () => {
    expect(doubleQuotedSpans('„Nein“ and „Nie”').map((s) => [s.start, s.end])).toEqual([
      [0, 6],
      [11, 16],
    ]);
    expect(doubleQuotedSpans('He said “no and left')).toEqual([
      { start: 8, end: 20, innerStart: 9, innerEnd: 20, closed: false },
    ]);
    expect(doubleQuotedSpans('No quotation here.')).toEqual([]);
  });
});

describe('quotedRanges', () => {
  it('adds single quotations, where ’ before a letter is an apostrophe', () => {
    const text = 'Ruritania’s view: ‘we wait’ and “later”.';
    expect(quotedRanges(text)).toEqual([
      { start: 32, end: 39 },
      { start: 18, end: 27 },
    ]);
    expect(text.slice(18, 27)).toBe('‘we wait’');
  });

  it('runs an unclosed single quotation to the end of the text', () => {
    expect(quotedRanges('It said ‘Ruritania’s turn')).toEqual([{ start: 8, end: 25 }]);
  });
});
