import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import { positionTableKind, readPositionTable } from '../../../../src/ingest/extract/positionTable';
import {
  readBilateralTable,
  isBilateralTable,
} from '../../../../src/ingest/extract/bilateralTable';
import type { Table } from '../../../../src/ingest/read/document';

const tables = (text: string): Table[] =>
  readWikitext(`= T =\n${text}\n`, { sourceId: 't', file: 't.txt' }).blocks.filter(
    (b): b is Table => b.kind === 'table',
  );

describe('position tables', () => {
  it('classifies by section and reads rows, reporting rows without a position', () => {
    const [un, other, igo] = tables(`== Countries which have not recognised ==
| Country | Position |
| DZA | In March 2008, Algeria said so. |
| BTN | |
==== Other states and entities ====
| Country | Position |
| | In February 2008, Abkhazian president Sergei Bagapsh spoke. |
== Positions taken by intergovernmental organisations ==
| International organisation | Position |
| (EU) | The EU does not recognise states. |`);
    expect(positionTableKind(un!)).toBe('un-member');
    expect(positionTableKind(other!)).toBe('other-state');
    expect(positionTableKind(igo!)).toBe('intergovernmental');
    const { rows, problems } = readPositionTable(un!);
    expect(rows).toEqual([{ line: 4, actorCell: 'DZA', text: 'In March 2008, Algeria said so.' }]);
    expect(problems).toEqual([
      { line: 5, reason: expect.stringMatching(/expected a position text/) },
    ]);
  });
});

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
