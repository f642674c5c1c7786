/**
 * Counts the prose states of the table above it ("aside from the 8 listed above") checked against
 * the states that table really lists. The end of a table has no rank after it to show a gap, so a
 * lost last row would otherwise turn a withdrawn state into "not recognised" without a word; the
 * article's own count of the table shows it.
 */
import type { SourceDocument } from '../schemas';
import { numberWord } from './extract/numberWords';
import type { Table } from './read/document';
import type { ResolvedRecognition } from './recognitions';
import type { ReportBuilder } from './report';

const LISTED_ABOVE = /\bthe (\d+|[a-z]+) (?:states |countries )?listed above\b/i;

/** A count the article states of the table above it that the table does not bear out. */
export interface TableCountMismatch {
  line: number;
  reason: string;
}

/**
 * Every "the N listed above" in `doc` whose nearest table above lists a different number of
 * states (`listedLines`: the lines of `doc`'s table rows that became a state's entry).
 */
export function tableCountMismatches(
  doc: SourceDocument,
  listedLines: ReadonlySet<number>,
): TableCountMismatch[] {
  const out: TableCountMismatch[] = [];
  let lastTable: Table | null = null;
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      lastTable = b;
      continue;
    }
    if (b.kind === 'heading' || !lastTable) continue;
    const m = LISTED_ABOVE.exec(b.text);
    if (!m) continue;
    const stated = /^\d+$/.test(m[1]!) ? Number(m[1]) : numberWord(m[1]!);
    if (stated === null) continue;
    const listed = lastTable.rows.filter((r) => listedLines.has(r.line)).length;
    if (listed !== stated)
      out.push({
        line: b.line,
        reason: `the article counts "${m[0]}", but the table above (line ${lastTable.line}) lists ${listed} state(s); expected them to agree (a row of the table may be lost), or an explanation in content/editorial/losses.yaml`,
      });
  }
  return out;
}

/** Reports each mismatching table count of every document as a loss (losses.yaml may explain it). */
export function reportTableCounts(
  documents: SourceDocument[],
  recognitions: Array<ResolvedRecognition & { sourceId: string }>,
  report: ReportBuilder,
): void {
  for (const doc of documents) {
    const listed = new Set(
      recognitions.filter((r) => r.sourceId === doc.sourceId).map((r) => r.row.line),
    );
    for (const m of tableCountMismatches(doc, listed))
      report.loss(doc.sourceId, m.line, 'figure', 'mismatch', m.reason);
  }
}
