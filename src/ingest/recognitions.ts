import type { SourceDocument, SourceRef } from '../schemas';
import {
  readRecognitionTable,
  type RecognitionRow,
  type RecognitionTableId,
} from './extract/recognitionTable';
import { refTo } from './context';
import type { Table } from './read/document';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { EditorialBlankName } from './resolve/editorial';
import type { ReportBuilder } from './report';

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
    const found = countries.findInText(row.relatedArticle.replace(/ relations$/, ''), ['kosovo']);
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
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const id = recognitionTableId(block);
    if (!id) continue;
    const { rows, problems } = readRecognitionTable(block, id);
    for (const p of problems) report.dropRow(doc.sourceId, p.line, 'dropped', p.reason);
    const resolved: Array<Omit<ResolvedRecognition, 'order'>> = [];
    for (const row of rows) {
      const r = resolveRow(row, countries, blankNames);
      if (typeof r === 'string') {
        report.dropRow(doc.sourceId, row.line, 'unresolved', r);
        continue;
      }
      if (r.naming.kind !== 'source')
        report.note(doc.sourceId, row.line, r.naming.kind, `${r.record.name}: ${r.naming.note}`);
      if (resolved.some((x) => x.record.id === r.record.id)) {
        report.dropRow(
          doc.sourceId,
          row.line,
          'dropped',
          `${r.record.name} is listed twice in the ${id} table`,
        );
        continue;
      }
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
        report.note(
          doc.sourceId,
          members[0]!.row.line,
          'mismatch',
          `group ${members[0]!.row.rank} has ${members.length} resolved member(s) for ${to - from + 1} ranks`,
        );
      }
    }
  }
  return out;
}
