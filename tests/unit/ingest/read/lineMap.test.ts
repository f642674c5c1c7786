import { describe, expect, it } from 'vitest';
import { lineAt, sliceLineMap, type LineMap } from '../../../../src/ingest/read/lineMap';

// A paragraph joined from three file lines: characters 0–9 on line 12, 10–24 on 13, 25– on 15.
const map: LineMap = [
  { offset: 0, line: 12 },
  { offset: 10, line: 13 },
  { offset: 25, line: 15 },
];

describe('lineAt', () => {
  it.each([
    [0, 12],
    [9, 12],
    [10, 13],
    [24, 13],
    [25, 15],
    [400, 15],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineAt(map, offset)).toBe(line);
  });

  it('puts any offset of an empty map on line 1', () => {
    expect(lineAt([], 5)).toBe(1);
  });
});

describe('sliceLineMap', () => {
  it('rebases a slice that crosses a line break to start at 0', () => {
    expect(sliceLineMap(map, 5, 10)).toEqual([
      { offset: 0, line: 12 },
      { offset: 5, line: 13 },
    ]);
  });

  it('keeps a slice inside one line on that line alone', () => {
    expect(sliceLineMap(map, 12, 5)).toEqual([{ offset: 0, line: 13 }]);
  });

  it('keeps every line break inside a long slice', () => {
    expect(sliceLineMap(map, 2, 30)).toEqual([
      { offset: 0, line: 12 },
      { offset: 8, line: 13 },
      { offset: 23, line: 15 },
    ]);
  });
});
