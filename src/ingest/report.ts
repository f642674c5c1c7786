import type {
  BuildReport,
  ProseSentence,
  ReportItem,
  SourceDocument,
  SourceReport,
} from '../schemas';
import { proseCoverage } from './proseLedger';

/**
 * Keeps account of every table row: each must end as (part of) an entry or as a report item with
 * a reason. Rows with neither are the "unexplained losses" that fail the build.
 */
export class ReportBuilder {
  private readonly perSource = new Map<
    string,
    {
      file: string;
      tables: number;
      rows: Map<number, 'entry' | 'reported' | 'seen'>;
      statements: number;
      sentences: ProseSentence[];
      items: ReportItem[];
    }
  >();

  addDocument(doc: SourceDocument): void {
    const rows = new Map<number, 'entry' | 'reported' | 'seen'>();
    let tables = 0;
    for (const b of doc.blocks) {
      if (b.kind !== 'table') continue;
      tables++;
      for (const r of b.rows) rows.set(r.line, 'seen');
    }
    this.perSource.set(doc.sourceId, {
      file: doc.file,
      tables,
      rows,
      statements: 0,
      sentences: [],
      items: [],
    });
  }

  private source(id: string) {
    const s = this.perSource.get(id);
    if (!s) throw new Error(`report: unknown source ${id}`);
    return s;
  }

  /** The row at `line` became (part of) an entry. */
  entry(sourceId: string, line: number): void {
    const s = this.source(sourceId);
    if (s.rows.get(line) !== 'reported') s.rows.set(line, 'entry');
  }

  /** The row at `line` was not made into an entry, for `reason`. */
  dropRow(sourceId: string, line: number, kind: ReportItem['kind'], reason: string): void {
    const s = this.source(sourceId);
    if (s.rows.get(line) !== 'entry') s.rows.set(line, 'reported');
    s.items.push({ file: s.file, line, kind, reason });
  }

  /** A remark about a line that does not change whether it became an entry. */
  note(sourceId: string, line: number, kind: ReportItem['kind'], reason: string): void {
    const s = this.source(sourceId);
    s.items.push({ file: s.file, line, kind, reason });
  }

  /** `count` prose positions were read from the source. */
  statements(sourceId: string, count: number): void {
    this.source(sourceId).statements += count;
  }

  /** The source's prose ledger: every sentence with what became of it. */
  prose(sourceId: string, sentences: ProseSentence[]): void {
    this.source(sourceId).sentences = sentences;
  }

  build(totals: Record<string, number>): BuildReport {
    const sources: SourceReport[] = [];
    const unexplainedLosses: string[] = [];
    for (const [source, s] of this.perSource) {
      let entries = 0;
      let reported = 0;
      for (const [line, outcome] of s.rows) {
        if (outcome === 'entry') entries++;
        else if (outcome === 'reported') reported++;
        else
          unexplainedLosses.push(
            `${s.file}:${line}: table row neither made into an entry nor reported`,
          );
      }
      for (const sentence of s.sentences) {
        if (sentence.outcome === 'lost')
          unexplainedLosses.push(
            `${s.file}:${sentence.line}: prose sentence names ${sentence.names.join(', ')} but became no entry and has no reason: "${sentence.text.slice(0, 120)}"`,
          );
      }
      sources.push({
        source,
        file: s.file,
        tables: s.tables,
        rowsSeen: s.rows.size,
        rowsAsEntries: entries,
        rowsReported: reported,
        statements: s.statements,
        prose: proseCoverage(s.sentences),
        sentences: s.sentences,
        items: [...s.items].sort((a, b) => a.line - b.line),
      });
    }
    return { sources, totals, unexplainedLosses };
  }
}
