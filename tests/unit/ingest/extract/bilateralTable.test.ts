import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import {
  readBilateralTable,
  isBilateralTable,
} from '../../../../src/ingest/extract/bilateralTable';
import type { Table } from '../../../../src/ingest/read/document';

const tables = (text: string): Table[] =>
  readWikitext(`= T =\n${text}\n`, { sourceId: 't', file: 't.txt' }).blocks.filter(
    (b): b is Table => b.kind === 'table',
  );

describe('bilateral relations tables', () => {
  it('reads began dates and notes; reports rows with nothing in them', () => {
    const [multi, africa, numbered] = tables(`| Organization | Formal Relations Began | Notes |
| | | See Belarus–NATO relations |

| Country | Formal Relations Began | Notes |
| | 1992-04-15 | Belarus and Canada established diplomatic relations on 15 April 1992. |
| | March 1993 | |
| | | |

| # | Country | Date |
| 1 | | |`);
    expect([multi, africa, numbered].every((t) => isBilateralTable(t!))).toBe(true);
    expect(readBilateralTable(multi!).multilateral).toBe(true);
    const a = readBilateralTable(africa!);
    expect(a.rows.map((r) => r.began)).toEqual(['1992-04-15', '1993-03']);
    expect(a.problems).toEqual([
      { line: 8, reason: 'country, date and notes cells are all blank' },
    ]);
    expect(readBilateralTable(numbered!).problems[0]!.reason).toMatch(
      /entry 1 has blank country and date/,
    );
  });

  it('reports a date cell that is not a date', () => {
    const [t] = tables('| Country | Formal Relations Began | Notes |\n| | soon | x |');
    expect(readBilateralTable(t!).problems[0]!.reason).toMatch(/expected a date/);
  });
});

describe('bilateral table rows', () => {
  const [numbered] = tables(`| # | Country | Date |
| 1 | Ruritania | 4 May 2009 |
| 2 | Freedonia | |`);

  it('reads a numbered table from its second and third columns, with no notes', () => {
    expect(readBilateralTable(numbered!)).toEqual({
      rows: [
        { line: 3, nameCell: 'Ruritania', began: '2009-05-04', note: null },
        { line: 4, nameCell: 'Freedonia', began: null, note: null },
      ],
      problems: [],
      multilateral: false,
    });
  });

  it('is no bilateral table without either heading', () => {
    const [other] = tables('| Country | Date of recognition |\n| Ruritania | 2009 |');
    expect(isBilateralTable(other!)).toBe(false);
  });
});
