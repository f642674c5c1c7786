import type { SourceDocument, SourceRef } from '../schemas';
import {
  readRecognitionTable,
  type RecognitionRow,
  type RecognitionTableId,
} from './extract/recognitionTable';
import { refTo } from './context';
import { SourceError, type Table } from './read/document';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { EditorialBlankName } from './resolve/editorial';
import type { ReportBuilder } from './report';
import { SUBJECT } from '../shared/subject';

/** A recognition-table row resolved to a country, with how its name was obtained. */
export interface ResolvedRecognition {
  row: RecognitionRow;
  record: CountryRecord;
  naming: { kind: 'source' | 'recovered' | 'editorial'; note: string | null };
  order: number;
  ref: SourceRef;
}

/** Which recognition table a table is, from its header and section; null if none. */
export function recognitionTableId(table: Table): RecognitionTableId | null {
  const header = table.header.cells.join(' | ').toLowerCase();
  if (!header.includes('country') || !header.includes('date of')) return null;
  const path = table.section.join(' / ').toLowerCase();
  if (path.includes('withdrawn')) return 'withdrawn';
  if (path.includes('non-un')) return 'non-un';
  return 'un-members';
}

/** How the report and errors name each recognition table. */
export const TABLE_NAME: Record<RecognitionTableId, string> = {
  'un-members': 'recognition table of UN member states',
  'non-un': 'recognition table of non-UN states',
  withdrawn: 'table of withdrawn recognitions',
};

/**
 * Ranks run 1, 2, … without a gap (a same-day group "2–8" covers 2 to 8): a gap is a lost row
 * that would otherwise make its state "not recognised" with nothing to show for it.
 */
function rankGaps(rows: RecognitionRow[]): Array<{ line: number; reason: string }> {
  const gaps: Array<{ line: number; reason: string }> = [];
  let next = 1;
  let lastRank: string | null = null;
  for (const row of rows) {
    if (row.rank === lastRank) continue;
    lastRank = row.rank;
    const [from, to] = row.range;
    if (from !== next)
      gaps.push({
        line: row.line,
        reason:
          from > next
            ? `expected rank ${next}${lastRank && next > 1 ? ` after rank ${next - 1}` : ''}, found ${row.rank}: row(s) ${next === from - 1 ? next : `${next}–${from - 1}`} missing`
            : `expected rank ${next}, found ${row.rank} again (ranks out of order)`,
      });
    next = Math.max(next, to + 1);
  }
  return gaps;
}

/**
 * The recognition tables the manifest says the article must contain (its tables decide every
 * state's status): a missing one, or one whose header no longer reads as a recognition table,
 * stops the ingest at the line where it was expected.
 */
export function checkRequiredTables(
  doc: SourceDocument,
  required: readonly RecognitionTableId[],
): void {
  const tables = doc.blocks.filter((b): b is Table => b.kind === 'table');
  const found = new Set(tables.map(recognitionTableId).filter(Boolean));
  for (const id of required) {
    if (found.has(id)) continue;
    // The table in the section where it belongs, its header damaged (read by the section alone).
    const inPlace = tables.find(
      (t) =>
        !recognitionTableId(t) &&
        sectionTableId(t.section) === id &&
        !/position/i.test(t.header.cells.join(' ')),
    );
    // A renamed heading leaves the table readable but under another table's section: it is then
    // the second table of that kind, and its heading is where the damage is.
    if (!inPlace) {
      const seen = new Set<RecognitionTableId>();
      const second = tables.find((t) => {
        const tid = recognitionTableId(t);
        if (!tid) return false;
        if (seen.has(tid)) return true;
        seen.add(tid);
        return false;
      });
      if (second) {
        const heading = doc.blocks
          .filter((b) => b.kind === 'heading' && b.line < second.line)
          .at(-1);
        throw new SourceError(
          doc.file,
          heading?.line ?? second.line,
          `the ${TABLE_NAME[id]} under a heading that names it (sources.yaml requires it of this article); the table of line ${second.line} reads as a second ${TABLE_NAME[recognitionTableId(second)!]} under this heading (a renamed heading?)`,
          heading && 'text' in heading ? heading.text : second.section.join(' / '),
        );
      }
    }
    throw new SourceError(
      doc.file,
      inPlace?.line ?? Math.max(doc.lineCount, 1),
      `the ${TABLE_NAME[id]} (a header row naming "Country" and "Date of recognition"), which sources.yaml requires of this article`,
      inPlace
        ? `header "${inPlace.header.cells.join(' | ')}"`
        : `no such table up to the article's last line`,
    );
  }
}

/** Which recognition table a table in this section would be, by the section path alone. */
function sectionTableId(section: readonly string[]): RecognitionTableId | null {
  const path = section.join(' / ').toLowerCase();
  if (!/\brecognised\b/.test(path) || /\bnot recognised\b/.test(path)) return null;
  if (path.includes('withdrawn')) return 'withdrawn';
  if (path.includes('non-un')) return 'non-un';
  return 'un-members';
}

/** The state (other than Kosovo) the row's "X–Kosovo relations" article names, if any. */
function relatedArticleState(row: RecognitionRow, countries: CountryIndex): CountryRecord | null {
  if (!row.relatedArticle) return null;
  return (
    countries.findInText(row.relatedArticle.replace(/ relations$/, ''), [SUBJECT.id])?.record ??
    null
  );
}

function resolveRow(
  row: RecognitionRow,
  countries: CountryIndex,
  blankNames: EditorialBlankName[],
): { record: CountryRecord; naming: ResolvedRecognition['naming'] } | string {
  if (row.code) {
    const hit = countries.resolveCode(row.code, 'ioc-first');
    if (!hit)
      return `unknown country code "${row.code}" (neither IOC nor ISO 3166-1 alpha-3, no editorial alias in content/editorial/countries.yaml)`;
    return {
      record: hit.record,
      naming:
        hit.via === 'editorial'
          ? { kind: 'editorial', note: hit.reason ?? null }
          : { kind: 'source', note: null },
    };
  }
  // Blank name: the row's own related-article column may name the state ("Kosovo–North Macedonia relations").
  if (row.relatedArticle) {
    const found = countries.findInText(row.relatedArticle.replace(/ relations$/, ''), [SUBJECT.id]);
    if (found)
      return {
        record: found.record,
        naming: {
          kind: 'recovered',
          note: `Country cell blank; recovered from the row's related article "${row.relatedArticle}".`,
        },
      };
  }
  const editorial = blankNames.find((b) => b.table === row.table && b.rank === row.rank);
  if (editorial) {
    const record = countries.byIso3.get(editorial.iso3);
    if (record) return { record, naming: { kind: 'editorial', note: editorial.reason } };
  }
  return `country cell blank and the row gives no evidence of the state (rank ${row.rank}); add it to content/editorial/blank-names.yaml with a reason if known`;
}

/**
 * Reads every recognition table of a document, resolves each row to a state and orders same-day
 * groups alphabetically within their rank range.
 */
export function extractRecognitions(
  doc: SourceDocument,
  countries: CountryIndex,
  blankNames: EditorialBlankName[],
  report: ReportBuilder,
): ResolvedRecognition[] {
  const out: ResolvedRecognition[] = [];
  const listed = new Map<string, { line: number; table: RecognitionTableId }>();
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const id = recognitionTableId(block);
    if (!id) continue;
    const { rows, problems } = readRecognitionTable(block, id);
    for (const p of problems)
      if (p.loss)
        report.loss(doc.sourceId, p.line, 'row', 'dropped', `${TABLE_NAME[id]}: ${p.reason}`);
      else report.dropRow(doc.sourceId, p.line, 'dropped', p.reason);
    for (const gap of rankGaps(rows))
      report.loss(doc.sourceId, gap.line, 'row', 'dropped', `${TABLE_NAME[id]}: ${gap.reason}`);
    const resolved: Array<Omit<ResolvedRecognition, 'order'>> = [];
    for (const row of rows) {
      const r = resolveRow(row, countries, blankNames);
      if (typeof r === 'string') {
        report.loss(doc.sourceId, row.line, 'row', 'unresolved', `${TABLE_NAME[id]}: ${r}`);
        continue;
      }
      if (r.naming.kind !== 'source')
        report.note(doc.sourceId, row.line, r.naming.kind, `${r.record.name}: ${r.naming.note}`);
      // The row's own relations article names its state too: a code that names another one is a
      // damaged row (the state it should name would silently become "not listed").
      const other = relatedArticleState(row, countries);
      if (other && other.id !== r.record.id) {
        report.loss(
          doc.sourceId,
          row.line,
          'row',
          'mismatch',
          `${TABLE_NAME[id]}: the code "${row.code}" names ${r.record.name}, but the row's related article "${row.relatedArticle}" names ${other.name}; expected both to name the same state`,
        );
        continue;
      }
      // A state listed twice, in one table or two, would have one row silently overwrite the other.
      const first = listed.get(r.record.id);
      if (first)
        throw new SourceError(
          doc.file,
          row.line,
          `${r.record.name} listed once in the recognition tables; it is already listed at ${doc.file}:${first.line} (${TABLE_NAME[first.table]})`,
          row.cells.filter(Boolean).join(' | '),
        );
      listed.set(r.record.id, { line: row.line, table: id });
      report.entry(doc.sourceId, row.line);
      resolved.push({
        row,
        ...r,
        ref: refTo(doc, block.section, row.line, row.cells.filter(Boolean).join(' | ')),
      });
    }
    // Same-day rows are alphabetical within the group's range ("Same-day recognitions are sorted alphabetically").
    const groups = new Map<string, typeof resolved>();
    for (const r of resolved) groups.set(r.row.rank, [...(groups.get(r.row.rank) ?? []), r]);
    for (const members of groups.values()) {
      members.sort((a, b) => a.record.name.localeCompare(b.record.name, 'en'));
      members.forEach((m, i) => out.push({ ...m, order: m.row.range[0] + i }));
      const [from, to] = members[0]!.row.range;
      if (members.length !== to - from + 1) {
        report.loss(
          doc.sourceId,
          members[0]!.row.line,
          'figure',
          'mismatch',
          `${TABLE_NAME[id]}: group ${members[0]!.row.rank} has ${members.length} resolved member(s) for ${to - from + 1} ranks`,
        );
      }
    }
  }
  return out;
}
