import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { checkRequiredTables, recognitionTableId } from '../../../src/ingest/recognitions';
import type { Table } from '../../../src/ingest/read/document';

const FILE = 'international-recognition-of-kosovo.txt';
const text = readFileSync(`content/sources/${FILE}`, 'utf8');
const meta = { sourceId: 'core', file: FILE };
const tablesOf = (doc: ReturnType<typeof readWikitext>) =>
  doc.blocks.filter((b): b is Table => b.kind === 'table');

describe('the recognition tables of the recognition article', () => {
  it('tells the three tables apart by header and section (header lines 50, 163, 171)', () => {
    const found = tablesOf(readWikitext(text, meta))
      .map((t) => [t.line, recognitionTableId(t)])
      .filter(([, id]) => id);
    expect(found).toEqual([
      [50, 'un-members'],
      [163, 'non-un'],
      [171, 'withdrawn'],
    ]);
  });

  it('passes the check of the tables sources.yaml requires', () => {
    const doc = readWikitext(text, meta);
    expect(() => checkRequiredTables(doc, ['un-members', 'non-un', 'withdrawn'])).not.toThrow();
  });

  it('stops at a required table whose header is damaged, naming its line and header', () => {
    const damaged = text.replace(
      '| | Country | Date of | | Relevant membership, further details | |',
      '| | State | When | | Relevant membership, further details | |',
    );
    expect(damaged).not.toBe(text);
    const doc = readWikitext(damaged, meta);
    expect(() => checkRequiredTables(doc, ['withdrawn'])).toThrow(
      `${FILE}:171: expected the table of withdrawn recognitions (a header row naming "Country" and "Date of recognition"), which sources.yaml requires of this article, found "header \\" | State | When |`,
    );
  });
});
