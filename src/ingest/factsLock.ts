/**
 * The last net under the guards: content/editorial/facts-lock.yaml holds the facts the atlas
 * published after the last reviewed source update (each state's status, basis, written dates and
 * diplomatic relations; the number of statements each source's prose gives and of its table rows). Damage that no structural guard can see
 * (a deleted paragraph, a whole non-recognition section gone) still changes one of them, and the
 * ingest then stops at the lock entry naming the state and what changed. A reviewed update of the
 * sources re-writes the lock with `npm run facts-lock -- --write` (scripts/facts-lock.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import type { BuildReport, Position, SourceDocument, State } from '../schemas';
import { SourceError } from './read/document';
import { positionOf, readYamlFile } from './yamlFile';

export const FACTS_LOCK_FILE = 'facts-lock.yaml';
export const FACTS_LOCK_COMMAND = 'npm run facts-lock -- --write';

const lockedState = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.string().min(1),
  basis: z.string().min(1),
  recognised: z.string().nullable(),
  withdrawn: z.string().nullable(),
  relations: z.boolean().nullable(),
  // The row the status stands on, `file:line` (null: no table lists the state), so a lost or
  // changed row stops the ingest where the row was, not at this file.
  at: z.string().min(1).nullable().default(null),
});
const lockedSource = z.strictObject({
  file: z.string().min(1),
  statements: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});
// A published statement: its id (the permalink), date, where it is told, and a digest of what it
// says (its words, actor and speakers), so a changed word, date or name in a source stops the
// ingest at the statement's line instead of publishing a different fact under the same link.
const lockedStatement = z.strictObject({
  id: z.string().min(1),
  date: z.string().nullable(),
  at: z.string().min(1),
  digest: z.string().min(1),
});
export const factsLockFile = z.strictObject({
  reason: z.string().min(1),
  states: z.array(lockedState),
  sources: z.array(lockedSource),
  statements: z.array(lockedStatement).default([]),
});
export type FactsLock = z.infer<typeof factsLockFile>;
type LockedState = z.infer<typeof lockedState>;

type StatementFacts = Pick<Position, 'id' | 'date' | 'text' | 'actor' | 'speakers' | 'sources'>;

/** Where a statement is told, as `file:line` of its first source line. */
const statementAt = (p: StatementFacts, fileOf: (id: string) => string) =>
  `${fileOf(p.sources[0]!.source)}:${p.sources[0]!.line}`;

/** What a statement says, in 16 hex digits: its words, its actor and its speakers' names. */
export function statementDigest(p: StatementFacts): string {
  const said = [p.text, p.actor.id, ...p.speakers.map((x) => x.name ?? x.role ?? '')].join('\n');
  return createHash('sha256').update(said).digest('hex').slice(0, 16);
}

/** The facts of the current ingest, in the lock's shape (sorted, so the file diffs cleanly). */
export function currentFacts(
  states: State[],
  sources: Array<{ id: string; file: string }>,
  report: Pick<BuildReport, 'sources'>,
  positions: StatementFacts[] = [],
): Omit<FactsLock, 'reason'> {
  const fileOf = (id: string) => sources.find((m) => m.id === id)?.file ?? id;
  return {
    statements: [...positions]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({
        id: p.id,
        date: p.date,
        at: statementAt(p, fileOf),
        digest: statementDigest(p),
      })),
    states: [...states]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({
        id: s.id,
        name: s.name,
        status: s.status,
        basis: s.statusBasis.kind,
        recognised: s.recognition?.date ?? null,
        withdrawn: s.withdrawal?.date ?? null,
        relations: s.diplomaticRelations ?? null,
        at:
          s.statusBasis.source && s.statusBasis.line
            ? `${fileOf(s.statusBasis.source)}:${s.statusBasis.line}`
            : null,
      })),
    sources: sources.map((m) => ({
      file: m.file,
      // As the report counts them: statements the source's prose gives, before editorial
      // corrections, which change who speaks, not what the source says.
      statements: report.sources.find((r) => r.source === m.id)?.statements ?? 0,
      // Table rows the reader saw, whatever became of them: a row of an organisations' table
      // lost from a cut copy changes no state.
      rows: report.sources.find((r) => r.source === m.id)?.rowsSeen ?? 0,
    })),
  };
}

const describeState = (s: LockedState) =>
  `${s.status} (basis ${s.basis}${s.recognised ? `, recognised ${s.recognised}` : ''}${s.withdrawn ? `, withdrew ${s.withdrawn}` : ''}, diplomatic relations ${s.relations === null ? 'unknown' : s.relations ? 'yes' : 'no'})`;

/**
 * Compares the ingest with the lock in `editorialDir` (none: nothing to compare) and throws at the
 * first locked entry that differs, naming the others. A source the lock does not know is a new
 * article, checked by the next lock; a locked source or state that is gone, or a state the lock
 * does not have, is a change.
 */
export function checkFactsLock(
  editorialDir: string,
  states: State[],
  sources: Array<{ id: string; file: string }>,
  report: Pick<BuildReport, 'sources'>,
  positions: StatementFacts[] = [],
): void {
  const full = path.join(editorialDir, FACTS_LOCK_FILE);
  if (!fs.existsSync(full)) return;
  const lock = readYamlFile(full, FACTS_LOCK_FILE, factsLockFile);
  const now = currentFacts(states, sources, report, positions);
  const stateNow = new Map(now.states.map((s) => [s.id, s]));
  const changes: Array<{
    entry: object;
    expected: string;
    found: string;
    who: string;
    row?: string | null;
  }> = [];
  for (const locked of lock.states) {
    const current = stateNow.get(locked.id);
    const name = locked.name;
    const expected = `${name} ${describeState(locked)}`;
    const row = locked.at;
    if (!current) changes.push({ entry: locked, expected, found: 'no such state', who: name, row });
    else if (describeState(current) !== describeState(locked))
      changes.push({ entry: locked, expected, found: describeState(current), who: name, row });
  }
  const lockedIds = new Set(lock.states.map((s) => s.id));
  for (const current of now.states)
    if (!lockedIds.has(current.id))
      changes.push({
        entry: lock.states,
        expected: `only the ${lock.states.length} states in the lock`,
        found: `${current.name} ${describeState(current)}`,
        who: current.name,
      });
  const sourceNow = new Map(now.sources.map((s) => [s.file, s]));
  const describeSource = (x: { statements: number; rows: number }) =>
    `${x.statements} statements and ${x.rows} table rows`;
  const sourceChanges: typeof changes = [];
  for (const locked of lock.sources) {
    const current = sourceNow.get(locked.file);
    const expected = `${describeSource(locked)} from ${locked.file}`;
    if (!current)
      sourceChanges.push({ entry: locked, expected, found: 'no such source', who: locked.file });
    else if (describeSource(current) !== describeSource(locked))
      sourceChanges.push({
        entry: locked,
        expected,
        found: describeSource(current),
        who: locked.file,
      });
  }
  // States first; then each statement at its own line; the per-source counts last, for damage
  // neither shows (an organisation's table row).
  if (changes.length === 0) checkStatements(lock, now);
  changes.push(...sourceChanges);
  const first = changes[0];
  if (!first) return;
  const others = changes.slice(1).map((c) => c.who);
  const p = positionOf(first.entry);
  const why = `no guard named the damage; ${others.length ? `${others.length} more changed: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ', …' : ''}; ` : ''}if the sources changed on purpose, review and run ${FACTS_LOCK_COMMAND}`;
  // A state's row is named where it stood: a deleted row leaves its line to the next one, and
  // that line is where the reader looks for the loss; the lock entry is named alongside.
  const row = first.row ? splitAt(first.row) : null;
  if (row)
    throw new SourceError(
      row.file,
      row.line,
      `${first.expected} from the row at this line, as the facts lock holds it (${FACTS_LOCK_FILE}:${p?.line ?? 0}) since the last reviewed source update (${why})`,
      first.found,
    );
  throw new SourceError(
    FACTS_LOCK_FILE,
    p?.line ?? 0,
    `${first.expected}, as the facts lock holds them since the last reviewed source update (${why})`,
    first.found,
    p?.column,
  );
}

/** `file:line` as its parts. */
function splitAt(at: string): { file: string; line: number } {
  const i = at.lastIndexOf(':');
  return { file: at.slice(0, i), line: Number(at.slice(i + 1)) };
}

/**
 * Each locked statement must still be told with the same date and the same words, actor and
 * speakers, and no statement may appear that the lock does not hold: the ingest stops at the
 * source line where the statement is told (the damage is there, or a rule changed what it reads).
 */
function checkStatements(lock: FactsLock, now: Omit<FactsLock, 'reason'>): void {
  if (lock.statements.length === 0) return;
  const byId = new Map(now.statements.map((x) => [x.id, x]));
  const lockedIds = new Set(lock.statements.map((x) => x.id));
  const stop = (at: string, expected: string, found: string): never => {
    const { file, line } = splitAt(at);
    throw new SourceError(
      file,
      line,
      `${expected}, as the facts lock holds it since the last reviewed source update (a changed date, word or name publishes a different fact under the same link; if the source or the rules changed on purpose, review and run ${FACTS_LOCK_COMMAND})`,
      found,
    );
  };
  for (const locked of lock.statements) {
    const current = byId.get(locked.id);
    if (!current)
      stop(
        locked.at,
        `the statement ${locked.id} told here`,
        'no statement with that id (its date, actor or opening words changed, or its text is gone)',
      );
    else if (current.date !== locked.date || current.digest !== locked.digest)
      stop(
        current.at,
        `the statement ${locked.id} dated ${locked.date ?? 'undated'} with the words, actor and speakers locked`,
        current.date !== locked.date
          ? `dated ${current.date ?? 'undated'}`
          : 'its words, actor or speakers changed',
      );
  }
  // A source the lock does not know is a new article: its statements are checked by the next lock.
  const lockedFiles = new Set(lock.sources.map((x) => x.file));
  for (const current of now.statements)
    if (
      !lockedIds.has(current.id) &&
      lockedFiles.has(current.at.slice(0, current.at.lastIndexOf(':')))
    )
      stop(current.at, 'only the statements the facts lock holds', `a new statement ${current.id}`);
}

/** Table rows the reader saw in `doc`, as the report counts them (rowsSeen). */
const tableRows = (doc: SourceDocument) =>
  new Set(doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.line) : []))).size;

/**
 * An editorial entry that matches nothing (a former id, a map entry) is often a symptom: the
 * source lost the text it pointed at, most often a copy cut short at a line end, where no
 * sentence is left unfinished. When a source has fewer table rows than the lock holds, the
 * ingest stops at that source's last line, naming the entry as what it left dangling, instead
 * of sending the maintainer to the editorial file.
 */
export function sourceLossBehind(
  editorialDir: string,
  documents: SourceDocument[],
  symptom: SourceError,
): SourceError | null {
  const full = path.join(editorialDir, FACTS_LOCK_FILE);
  if (!fs.existsSync(full)) return null;
  const lock = readYamlFile(full, FACTS_LOCK_FILE, factsLockFile);
  for (const locked of lock.sources) {
    const doc = documents.find((d) => d.file === locked.file);
    if (!doc) continue;
    const rows = tableRows(doc);
    if (rows >= locked.rows) continue;
    const p = positionOf(locked);
    return new SourceError(
      doc.file,
      doc.lineCount,
      `the ${locked.rows} table rows the facts lock holds (${FACTS_LOCK_FILE}:${p?.line ?? 0}); ${locked.rows - rows === 1 ? '1 is' : `${locked.rows - rows} are`} gone (rows deleted, or a copy cut short?), which leaves ${symptom.file}:${symptom.line} pointing at nothing`,
      `${rows} table rows`,
    );
  }
  return null;
}
