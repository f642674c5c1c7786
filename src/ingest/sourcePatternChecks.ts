/**
 * Keeps content/editorial/source-patterns.yaml honest against the sources it was written for:
 * every phrase must still stand in the file it names. A phrase its file no longer holds anywhere
 * stops the ingest at the pattern's own line (it no longer reads what it was written for); one
 * that moved to another line is reported there; one that matched nothing the extractors read is
 * listed in the build report.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Position, SourceDocument } from '../schemas';

/** What the checks read of a statement (a position, or a statement told as an event). */
type Statement = Pick<Position, 'actor' | 'parties' | 'text'>;
import {
  SOURCE_PATTERNS_FILE,
  type PatternOrigin,
  type SourcePattern,
  type SourcePatterns,
} from '../shared/sourcePatterns';
import { mentionsSubject } from '../shared/subject';
import { proseSentences } from './context';
import { splitSentences } from './extract/quotes';
import { decodeUtf8 } from './read/decode';
import { normaliseText, SourceError } from './read/document';
import type { ReportBuilder } from './report';

/** One entry to check: where it stands, whether a text holds its phrase, and what it reads. */
interface Check {
  origin: PatternOrigin;
  holds: (text: string) => boolean;
  /** The texts the extractors apply it to: it "matched nothing" when none holds it. */
  reads: 'prose' | 'organisation-statements' | 'statements' | 'table-sections' | 'all-text';
}

function checksOf(patterns: SourcePatterns): Check[] {
  // Each section's expressions, checked against the texts its extractor reads.
  const expressions = (list: readonly SourcePattern[], reads: Check['reads']): Check[] =>
    list.map((p) => ({ origin: p, holds: (text: string) => p.re.test(text), reads }));
  return [
    ...expressions([...patterns.figures, ...patterns.groupTallies], 'prose'),
    ...expressions(patterns.withdrawalLists, 'prose'),
    ...expressions(patterns.membership, 'organisation-statements'),
    ...expressions(patterns.events, 'prose'),
    ...expressions([...patterns.disputeAssertions, ...patterns.disputeDenials], 'statements'),
    ...expressions([...patterns.partOfNameWords, ...patterns.peopleWords], 'all-text'),
    ...patterns.positionTableSections.map((p) => ({
      origin: p,
      holds: (text: string) => text.toLowerCase().includes(p.contains),
      reads: 'table-sections' as const,
    })),
  ];
}

/** The texts each kind of extractor reads, gathered once. */
function textsRead(documents: readonly SourceDocument[], positions: readonly Statement[]) {
  const sentencesOf = (ps: readonly Statement[]) => ps.flatMap((p) => splitSentences(p.text));
  return {
    prose: documents.flatMap((d) => [...proseSentences(d)].map((s) => s.sentence)),
    'organisation-statements': sentencesOf(
      positions.filter((p) => [p.actor, ...p.parties].some((a) => a.type === 'organisation')),
    ).filter(mentionsSubject),
    statements: sentencesOf(positions),
    'table-sections': documents.flatMap((d) =>
      d.blocks.flatMap((b) => (b.kind === 'table' ? [b.section.join(' / ')] : [])),
    ),
    'all-text': documents.flatMap((d) =>
      d.blocks.flatMap((b) =>
        b.kind === 'table' ? b.rows.map((r) => r.cells.join(' | ')) : 'text' in b ? [b.text] : [],
      ),
    ),
  } satisfies Record<Check['reads'], string[]>;
}

/** The line of a source file as the readers see it: normalised, whitespace collapsed. */
function sourceLines(sourcesDir: string, file: string): string[] | null {
  const full = path.join(sourcesDir, file);
  if (!fs.existsSync(full)) return null;
  return normaliseText(decodeUtf8(fs.readFileSync(full), file))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' '));
}

/**
 * Stops at the first pattern whose source file no longer holds it; notes in `report` every pattern
 * that moved off its line, and, at the line it was written for, every one that matched nothing the
 * extractors read.
 */
export function checkSourcePatterns(
  patterns: SourcePatterns,
  {
    sourcesDir,
    documents,
    positions,
  }: {
    sourcesDir: string;
    documents: readonly SourceDocument[];
    /** Statements and statements told as events: what the membership and dispute rules read. */
    positions: readonly Statement[];
  },
  report: ReportBuilder,
): void {
  // A pattern written for an article this build does not include (a test's subset of the
  // sources) has nothing to check against; sources.yaml decides which articles are read.
  const included = new Set(documents.map((d) => d.file));
  const checks = checksOf(patterns).filter((c) => included.has(c.origin.file));
  const lines = new Map<string, string[] | null>();
  const sourceIdOf = new Map(documents.map((d) => [d.file, d.sourceId]));
  for (const { origin, holds } of checks) {
    if (!lines.has(origin.file)) lines.set(origin.file, sourceLines(sourcesDir, origin.file));
    const fileLines = lines.get(origin.file) ?? [];
    const text = fileLines[origin.line - 1];
    if (text !== undefined && holds(text)) continue;
    // Lines above it added or lost (a damaged table, an edited paragraph) move the phrase without
    // changing it: the report says where it now stands, and the damage fails at its own guard.
    const now = fileLines.findIndex(holds);
    if (now >= 0) {
      report.note(
        sourceIdOf.get(origin.file)!,
        now + 1,
        'note',
        `the editorial pattern ${origin.name} (${SOURCE_PATTERNS_FILE}:${origin.at?.line ?? 0}) was written for line ${origin.line} and now stands here: re-point its writtenFor`,
      );
      continue;
    }
    throw new SourceError(
      SOURCE_PATTERNS_FILE,
      origin.at?.line ?? 0,
      `${origin.name} to stand at the line it was written for, ${origin.file}:${origin.line} (its phrase is nowhere in the file: re-write or remove it after a reviewed source update)`,
      text ?? `no such line in content/sources/${origin.file}`,
      origin.at?.column,
    );
  }
  const read = textsRead(documents, positions);
  for (const { origin, holds, reads } of checks) {
    if (read[reads].some(holds)) continue;
    const sourceId = sourceIdOf.get(origin.file);
    if (sourceId)
      report.note(
        sourceId,
        origin.line,
        'note',
        `the editorial pattern ${origin.name} (${SOURCE_PATTERNS_FILE}:${origin.at?.line ?? 0}) matched nothing the extractors read`,
      );
  }
}
