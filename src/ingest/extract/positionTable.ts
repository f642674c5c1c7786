import { sourcePatterns, type PositionTableSection } from '../../shared/sourcePatterns';
import type { RowProblem, Table } from '../read/document';

/** What a position table's rows are about, from the section the table sits in. */
export type PositionTableKind =
  'un-member' | 'other-state' | 'intergovernmental' | 'sub-state' | 'non-governmental';

export interface PositionRow {
  line: number;
  /** First cell as written: an ISO code, a name, "Name (ABBR)", "(ABBR)" or blank. */
  actorCell: string;
  text: string;
}

/**
 * Classifies a two-column "X | Position" table by its section path; null when it is not one. The
 * words that tell the article's sections apart (content/editorial/source-patterns.yaml,
 * positionTableSections) are checked in order; a table under none of them holds UN members.
 */
export function positionTableKind(
  table: Table,
  sections: readonly PositionTableSection[] = sourcePatterns().positionTableSections,
): PositionTableKind | null {
  const header = table.header.cells;
  if (header.length < 2 || !/^position$/i.test(header[1] ?? '')) return null;
  const path = table.section.join(' / ').toLowerCase();
  return sections.find((s) => path.includes(s.contains))?.kind ?? 'un-member';
}

/** Reads the rows of a position table; rows with fewer than two cells are returned as problems. */
export function readPositionTable(table: Table): { rows: PositionRow[]; problems: RowProblem[] } {
  const rows: PositionRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const filled = row.cells.filter((c) => c !== '');
    if (filled.length === 0) {
      problems.push({ line: row.line, reason: 'empty row' });
      continue;
    }
    const text = row.cells.slice(1).filter(Boolean).join(' ').trim();
    if (text === '') {
      problems.push({
        line: row.line,
        reason: `expected a position text in the second cell, found only "${row.cells[0]}"`,
      });
      continue;
    }
    rows.push({ line: row.line, actorCell: row.cells[0] ?? '', text });
  }
  return { rows, problems };
}
