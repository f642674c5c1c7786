import type { RowProblem, Table, TableRow } from '../read/document';
import { findDates, parseDateCell } from './dates';
import { parseWithdrawalNote } from './withdrawalNote';

/** Which of the recognition article's three recognition tables a row comes from. */
export type RecognitionTableId = 'un-members' | 'non-un' | 'withdrawn';

/** One table row read cell by cell, before any code is resolved to a state. */
export interface RecognitionRow {
  table: RecognitionTableId;
  line: number;
  /** Rank as printed on the row, or the enclosing same-day group's rank for continuation rows. */
  rank: string;
  /** First and last rank of the group the row belongs to (equal for a single rank). */
  range: [number, number];
  code: string | null;
  recognitionDate: string | null;
  withdrawalDate: string | null;
  diplomaticRelations: boolean | null;
  /** Organisation tokens at the start of the membership column ("EU, NATO"). */
  membershipTokens: string[];
  /** "X–Y relations" article the row names. */
  relatedArticle: string | null;
  /** The rest of the membership column: notes such as "Recognition withdrawn 18 January 2019, …". */
  note: string | null;
  /** Raw cells, for the report. */
  cells: string[];
}

const RANK = /^(\d+)(?:\s*[–-]\s*(\d+))?$/;
const CODE = /^[A-Z]{3}$/;
const YES_NO = /^(Yes|No)$/i;
const RELATED = /((?:The\s+)?[A-Z][\p{L} .'-]*?–[\p{L} .'-]*?relations)/u;
const TOKEN = /^[A-Z][A-Za-z]{1,5}$/;

/** Splits the "Relevant membership, further details" text into tokens, article and note. */
export function parseMembershipColumn(
  text: string,
): Pick<RecognitionRow, 'membershipTokens' | 'relatedArticle' | 'note'> {
  let rest = text.trim();
  const membershipTokens: string[] = [];
  // Tokens lead the column, separated by commas or semicolons: "OIC, NATO; Albania–Kosovo relations".
  for (;;) {
    const m = /^([A-Za-z]{2,6})\s*(?:[,;]\s*|$)/.exec(rest);
    if (!m || !TOKEN.test(m[1]!) || m[1] !== m[1]!.toUpperCase()) break;
    membershipTokens.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  const related = RELATED.exec(rest);
  const relatedArticle = related ? related[1]!.trim() : null;
  if (related)
    rest = (rest.slice(0, related.index) + rest.slice(related.index + related[0].length)).trim();
  const note = rest.replace(/^[\s;,.]+|[\s;,]+$/g, '').trim();
  return { membershipTokens, relatedArticle, note: note === '' ? null : note };
}

// A cell that is meant as a date but is not written as one ("23/01/2012", "Febraury 2008"): a
// whole cell of digits and separators, or one word and a year.
const MALFORMED_DATE =
  /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:\d{1,2}\s+)?\p{Lu}\p{Ll}{2,9}\.?\s+(?:1[89]|20)\d\d)$/u;

// A cell in the code's place that reads as a code but is not plain Latin capitals ("DОM" with a
// Cyrillic О, pasted from a word processor): no code table has it, and the row would read as one
// with no country at all.
const LOOKALIKE_CODE = /^\p{Lu}{3}$/u;
// A cell in the Yes/No column's place that is a short word but neither ("Np", "Ys").
const MALFORMED_YES_NO = /^\p{Lu}?\p{Ll}{1,2}$/u;

/** The first non-ASCII character of `text`, named by its code point. */
const firstForeign = (text: string) => {
  const ch = [...text].find((c) => c.codePointAt(0)! > 0x7f)!;
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
};

function classifyCells(cells: string[]) {
  let malformed: string | null = null;
  let rank: RegExpExecArray | null = null;
  let code: string | null = null;
  const dates: string[] = [];
  let diplomaticRelations: boolean | null = null;
  const texts: string[] = [];
  cells.forEach((cell, i) => {
    if (cell === '') return;
    if (i === 0 && RANK.test(cell)) rank = RANK.exec(cell);
    // A code sits before the Yes/No cell; three capitals after it are membership tokens ("IOC").
    else if (code === null && diplomaticRelations === null && texts.length === 0 && CODE.test(cell))
      code = cell;
    else if (
      code === null &&
      diplomaticRelations === null &&
      texts.length === 0 &&
      LOOKALIKE_CODE.test(cell) &&
      !CODE.test(cell)
    )
      malformed ??= `expected a three-letter code in Latin capitals, found "${cell}" (${firstForeign(cell)} only looks like a Latin letter)`;
    else if (diplomaticRelations === null && YES_NO.test(cell))
      diplomaticRelations = /^yes$/i.test(cell);
    else if (diplomaticRelations === null && texts.length === 0 && MALFORMED_YES_NO.test(cell))
      malformed ??= `expected Yes or No (or blank) in the diplomatic relations column, found "${cell}"`;
    else {
      const date = parseDateCell(cell);
      if (date && dates.length < 2 && texts.length === 0) dates.push(date);
      else if (!date && MALFORMED_DATE.test(cell))
        malformed ??= `expected a date written as "11 June 2008" (or blank), found "${cell}"`;
      else texts.push(cell);
    }
  });
  return {
    rank: rank as RegExpExecArray | null,
    code: code as string | null,
    malformed: malformed as string | null,
    dates,
    diplomaticRelations: diplomaticRelations as boolean | null,
    texts,
  };
}

/**
 * A withdrawal note with a later date the ingest does not read ("withdrawn 18 January 2019,
 * reusmed 20 October 2023"): the reversal is lost and the state would read as withdrawn. The row
 * is a loss at its own line, not only a count that no longer agrees somewhere else.
 */
function unreadNoteDate(note: string | null): string | null {
  const read = parseWithdrawalNote(note);
  if (!read || read.reversed) return null;
  const dates = findDates(note!);
  if (dates.length < 2) return null;
  return `expected the note's second date (${dates[1]!.date}) to be read as what became of the withdrawal ("resumed …", "annulled …"), found "${note}"`;
}

/** True for a second header row such as "| Recognition | Withdrawal | | |" (column subtitles). */
function isSubheader(row: TableRow): boolean {
  const filled = row.cells.filter((c) => c !== '');
  return (
    filled.length > 0 &&
    filled.every((c) => /^[A-Z][a-z]+$/.test(c) && !CODE.test(c) && !YES_NO.test(c))
  );
}

/**
 * Reads a recognition table. Same-day groups print their rank range once ("2–8") and put the
 * group's other members on continuation rows whose cells are shifted left (no rank cell), so each
 * cell is classified by what it holds (rank, code, date, Yes/No, text), not by its position.
 */
export function readRecognitionTable(
  table: Table,
  id: RecognitionTableId,
): { rows: RecognitionRow[]; problems: RowProblem[] } {
  const rows: RecognitionRow[] = [];
  const problems: RowProblem[] = [];
  let group: { rank: string; range: [number, number]; remaining: number } | null = null;

  for (const row of table.rows) {
    if (row.cells.every((c) => c === '')) {
      problems.push({ line: row.line, reason: 'empty row' });
      continue;
    }
    if (isSubheader(row)) {
      problems.push({
        line: row.line,
        reason: `second header row (column subtitles: ${row.cells.filter(Boolean).join(', ')})`,
      });
      continue;
    }
    const c = classifyCells(row.cells);
    if (c.malformed) {
      problems.push({
        line: row.line,
        reason: c.malformed,
        loss: true,
      });
      continue;
    }
    let rank: string;
    let range: [number, number];
    if (c.rank) {
      if (group && group.remaining > 0) {
        problems.push({
          line: row.line,
          reason: `same-day group ${group.rank} ended with ${group.remaining} member(s) missing before rank ${c.rank[0]}`,
          loss: true,
        });
      }
      const from = Number(c.rank[1]);
      const to = c.rank[2] ? Number(c.rank[2]) : from;
      if (to < from) {
        problems.push({
          line: row.line,
          reason: `rank range "${c.rank[0]}" runs backwards`,
          loss: true,
        });
        group = null;
        continue;
      }
      rank = c.rank[0];
      range = [from, to];
      group = { rank, range, remaining: to - from };
    } else if (group && group.remaining > 0) {
      rank = group.rank;
      range = group.range;
      group.remaining -= 1;
    } else {
      problems.push({
        line: row.line,
        reason: `row has no rank and is not part of a same-day group (cells: ${row.cells.join(' | ')})`,
        loss: true,
      });
      continue;
    }
    const membership = parseMembershipColumn(c.texts.join('; '));
    const unread = unreadNoteDate(membership.note);
    if (unread) {
      problems.push({ line: row.line, reason: unread, loss: true });
      continue;
    }
    rows.push({
      table: id,
      line: row.line,
      rank,
      range,
      code: c.code,
      recognitionDate: c.dates[0] ?? null,
      withdrawalDate: id === 'withdrawn' ? (c.dates[1] ?? null) : null,
      diplomaticRelations: c.diplomaticRelations,
      ...membership,
      cells: row.cells,
    });
  }
  if (group && group.remaining > 0) {
    problems.push({
      line: table.rows.at(-1)?.line ?? table.line,
      reason: `same-day group ${group.rank} ended with ${group.remaining} member(s) missing at the end of the table`,
      loss: true,
    });
  }
  return { rows, problems };
}
