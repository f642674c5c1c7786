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
import type { BuildReport, SourceDocument, State } from '../schemas';
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
});
const lockedSource = z.strictObject({
  file: z.string().min(1),
  statements: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});
export const factsLockFile = z.strictObject({
  reason: z.string().min(1),
  states: z.array(lockedState),
  sources: z.array(lockedSource),
});
export type FactsLock = z.infer<typeof factsLockFile>;
type LockedState = z.infer<typeof lockedState>;

/** The facts of the current ingest, in the lock's shape (sorted, so the file diffs cleanly). */
export function currentFacts(
  states: State[],
  sources: Array<{ id: string; file: string }>,
  report: Pick<BuildReport, 'sources'>,
): Omit<FactsLock, 'reason'> {
  return {
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
): void {
  const full = path.join(editorialDir, FACTS_LOCK_FILE);
  if (!fs.existsSync(full)) return;
  const lock = readYamlFile(full, FACTS_LOCK_FILE, factsLockFile);
  const now = currentFacts(states, sources, report);
  const stateNow = new Map(now.states.map((s) => [s.id, s]));
  const changes: Array<{ entry: object; expected: string; found: string; who: string }> = [];
  for (const locked of lock.states) {
    const current = stateNow.get(locked.id);
    const name = locked.name;
    const expected = `${name} ${describeState(locked)}`;
    if (!current) changes.push({ entry: locked, expected, found: 'no such state', who: name });
    else if (describeState(current) !== describeState(locked))
      changes.push({ entry: locked, expected, found: describeState(current), who: name });
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
  for (const locked of lock.sources) {
    const current = sourceNow.get(locked.file);
    const describeSource = (x: { statements: number; rows: number }) =>
      `${x.statements} statements and ${x.rows} table rows`;
    const expected = `${describeSource(locked)} from ${locked.file}`;
    if (!current)
      changes.push({ entry: locked, expected, found: 'no such source', who: locked.file });
    else if (describeSource(current) !== describeSource(locked))
      changes.push({ entry: locked, expected, found: describeSource(current), who: locked.file });
  }
  const first = changes[0];
  if (!first) return;
  const others = changes.slice(1).map((c) => c.who);
  const p = positionOf(first.entry);
  throw new SourceError(
    FACTS_LOCK_FILE,
    p?.line ?? 0,
    `${first.expected}, as the facts lock holds them since the last reviewed source update (no guard named the damage; ${others.length ? `${others.length} more changed: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ', …' : ''}; ` : ''}if the sources changed on purpose, review and run ${FACTS_LOCK_COMMAND})`,
    first.found,
    p?.column,
  );
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
