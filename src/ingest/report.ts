import type {
  BuildReport,
  LineLedgerSummary,
  ProseSentence,
  ReportItem,
  SourceDocument,
  SourceReport,
} from '../schemas';
import { proseCoverageOf } from './proseLedger';
import type { EditorialLoss } from './resolve/editorial';
import { entryError } from './yamlFile';

/** Something the sources should give and do not: a lost table row or an unexplained figure. */
interface Loss {
  line: number;
  what: EditorialLoss['kind'];
  reason: string;
}

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
      losses: Loss[];
      lines: (LineLedgerSummary & { total: number }) | undefined;
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
      losses: [],
      lines: doc.lines ? { total: doc.lineCount, ...doc.lines } : undefined,
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

  /**
   * The row at `line` of a table that decides statuses (a recognition or withdrawal table) held
   * data that became no entry, or a figure stated there differs from the computed one for no
   * reason the pipeline can show. Reported like any drop, and an unexplained loss (the ingest
   * fails) unless content/editorial/losses.yaml explains it.
   */
  loss(
    sourceId: string,
    line: number,
    what: EditorialLoss['kind'],
    kind: ReportItem['kind'],
    reason: string,
  ): void {
    if (what === 'row') this.dropRow(sourceId, line, kind, reason);
    else this.note(sourceId, line, kind, reason);
    this.source(sourceId).losses.push({ line, what, reason });
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

  /**
   * The report. `explained` are the editorial explanations of losses; one that matches no loss
   * is an error at its own file:line (it would hide the next real loss at that line).
   */
  build(totals: Record<string, number>, explained: EditorialLoss[] = []): BuildReport {
    const sources: SourceReport[] = [];
    const unexplainedLosses: string[] = [];
    const used = new Set<EditorialLoss>();
    for (const s of this.perSource.values()) {
      for (const loss of s.losses) {
        const entry = explained.find(
          (e) => e.file === s.file && e.line === loss.line && e.kind === loss.what,
        );
        if (entry) {
          used.add(entry);
          s.items.push({ file: s.file, line: loss.line, kind: 'editorial', reason: entry.reason });
        } else unexplainedLosses.push(`${s.file}:${loss.line}: ${loss.reason}`);
      }
    }
    const unused = explained.find((e) => !used.has(e));
    if (unused)
      throw entryError(
        unused,
        'losses.yaml',
        `an entry that explains a loss in the current sources; ${unused.file}:${unused.line} has no ${unused.kind === 'row' ? 'lost table row' : unused.kind === 'quote' ? 'unpaired quotation mark' : 'lost figure'} (remove the entry)`,
      );
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
      for (const line of s.lines?.unaccounted ?? [])
        unexplainedLosses.push(
          `${s.file}:${line}: line neither read as content nor set aside by its reader with a reason`,
        );
      for (const aside of s.lines?.setAside ?? [])
        if (aside.prose)
          s.items.push({
            file: s.file,
            line: aside.line,
            kind: 'dropped',
            reason: `reads like article prose but is set aside (${aside.reason}): a repeated article or text pasted into the end matter? It is not read`,
          });
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
        prose: proseCoverageOf(s.sentences),
        ...(s.lines ? { lines: s.lines } : {}),
        sentences: s.sentences,
        items: [...s.items].sort((a, b) => a.line - b.line),
      });
    }
    return { sources, totals, unexplainedLosses };
  }
}
