import type { RowProblem, Table } from '../read/document';
import { parseDateCell } from './dates';

export interface BilateralRow {
  line: number;
  nameCell: string;
  began: string | null;
  note: string | null;
}

/** "Country | Formal Relations Began | Notes" and "# | Country | Date" tables of a foreign-relations article. */
export function isBilateralTable(table: Table): boolean {
  const h = table.header.cells.map((c) => c.toLowerCase());
  return (
    h.some((c) => c.includes('formal relations began')) || (h[0] === '#' && h[1] === 'country')
  );
}

export function readBilateralTable(table: Table): {
  rows: BilateralRow[];
  problems: RowProblem[];
  multilateral: boolean;
} {
  const h = table.header.cells.map((c) => c.toLowerCase());
  const numbered = h[0] === '#';
  const multilateral = h[0] === 'organization' || h[0] === 'organisation';
  const rows: BilateralRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const [a = '', b = '', c = ''] = row.cells;
    const nameCell = numbered ? b : a;
    const dateCell = numbered ? c : b;
    const note = numbered ? null : c || null;
    if (nameCell === '' && dateCell === '' && !note) {
      problems.push({
        line: row.line,
        reason: numbered
          ? `entry ${a || '(unnumbered)'} has blank country and date cells: nothing to recover`
          : 'country, date and notes cells are all blank',
      });
      continue;
    }
    const began = parseDateCell(dateCell);
    if (dateCell !== '' && began === null) {
      problems.push({
        line: row.line,
        reason: `expected a date in "Formal Relations Began", found "${dateCell}"`,
      });
      continue;
    }
    rows.push({ line: row.line, nameCell, began, note });
  }
  return { rows, problems, multilateral };
}
