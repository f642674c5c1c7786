import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { tableCountMismatches } from '../../../src/ingest/tableCounts';

const meta = { sourceId: 'x', file: 'x.txt' };

// Line 3 is the table's header, rows on lines 4–6; the count sentence on line 8.
const doc = (count: string) =>
  readWikitext(
    `= T =\n\n| | Country |\n| 1 | BDI |\n| 2 | PNG |\n| 3 | DMA |\n\nSerbia named others aside from ${count} listed above.\n`,
    meta,
  );
const allRows = new Set([4, 5, 6]);

describe('tableCountMismatches', () => {
  it('accepts a count that matches the rows that became entries, in digits or in words', () => {
    expect(tableCountMismatches(doc('the 3'), allRows)).toEqual([]);
    expect(tableCountMismatches(doc('the three countries'), allRows)).toEqual([]);
  });

  it("reports the article's count at its line when a row of the table above is lost", () => {
    const [mismatch, ...rest] = tableCountMismatches(doc('the 3'), new Set([4, 5]));
    expect(rest).toEqual([]);
    expect(mismatch!.line).toBe(8);
    expect(mismatch!.reason).toContain(
      'the article counts "the 3 listed above", but the table above (line 3) lists 2 state(s)',
    );
  });

  it('reads nothing into a count it cannot read as a number', () => {
    expect(tableCountMismatches(doc('the many'), new Set())).toEqual([]);
  });
});
