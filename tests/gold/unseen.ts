/**
 * The unseen articles (tests/gold/unseen/): articles written for the gold test that the rules were
 * never written from, each wholly in one half. `npm run gold -- --unseen` ingests the project's
 * sources plus these articles with the rules alone, and scores only the unseen articles' lines.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { ingest } from '../../src/ingest/index';
import { SourceError } from '../../src/ingest/read/document';
import { sourceManifestEntry, type Position } from '../../src/schemas';
import { GOLD_DIR, loadGold, type GoldSet } from './gold';
import { withRulesOnlyEditorial } from './run';
import { formatScores, score, type Failure, type Score } from './score';

export const UNSEEN_DIR = path.join(GOLD_DIR, 'unseen');
const MANIFEST = 'sources.yaml';

// An unseen article is listed as a source of the project would be, plus the half it is in: the
// whole article is in one half, so the held article's sentences are never read from failures.
const unseenEntry = sourceManifestEntry.extend({ half: z.enum(['tune', 'held']) });
export type UnseenEntry = z.infer<typeof unseenEntry>;

/** The folder's sources.yaml, with every article it lists present beside it. */
export function loadUnseenManifest(dir = UNSEEN_DIR): UnseenEntry[] {
  const file = path.join(dir, MANIFEST);
  const parsed = z.array(unseenEntry).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: not a list of unseen articles: ${z.prettifyError(parsed.error)}`);
  for (const e of parsed.data)
    if (!existsSync(path.join(dir, e.file)))
      throw new Error(`${file}: the article ${e.file} of "${e.id}" is missing from ${dir}`);
  return parsed.data;
}

const lineCount = (file: string) =>
  readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

/**
 * The gold of the unseen articles. A gold file of a source the folder does not list, a line past
 * the end of its article, or an article without gold stops here: scoring them would count the
 * project's own sources, or nothing, as the unseen score.
 */
export function loadUnseenGold(dir: string, entries: UnseenEntry[]): GoldSet {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const lines = new Map(entries.map((e) => [e.id, lineCount(path.join(dir, e.file))]));
  const gold = loadGold(dir, {
    notGold: [MANIFEST],
    halfOf: (source) => {
      const entry = byId.get(source);
      if (!entry) throw new Error(`${source} is not an article of ${path.join(dir, MANIFEST)}`);
      return entry.half;
    },
    checkLine: (file, source, line) => {
      const entry = byId.get(source);
      if (!entry)
        throw new Error(
          `${file}: source "${source}" is not an article of ${path.join(dir, MANIFEST)}`,
        );
      if (line > lines.get(source)!)
        throw new Error(
          `${file}: line ${line} is past the end of ${entry.file} (${lines.get(source)} lines)`,
        );
    },
  });
  for (const e of entries)
    if (!gold.sentences.some((s) => s.source === e.id))
      throw new Error(`${path.join(dir, MANIFEST)}: no gold file gives sentences of "${e.id}"`);
  return gold;
}

/**
 * The rules' statements over the project's sources plus the unseen articles: a temporary sources
 * folder whose manifest is the project's, word for word, followed by the unseen entries.
 */
export function positionsWithUnseen(root: string, dir: string, entries: UnseenEntry[]): Position[] {
  const sources = mkdtempSync(path.join(os.tmpdir(), 'gold-unseen-'));
  try {
    cpSync(path.join(root, 'content/sources'), sources, { recursive: true });
    for (const e of entries) copyFileSync(path.join(dir, e.file), path.join(sources, e.file));
    const project = readFileSync(path.join(sources, MANIFEST), 'utf8').replace(/\n*$/, '\n');
    // Where each unseen entry starts in the combined manifest, to name it when the ingest refuses it.
    let line = project.split('\n').length + 1;
    const blocks = entries.map(({ half: _half, ...entry }) => {
      const text = stringify([entry]);
      const block = { id: entry.id, from: line };
      line += text.split('\n').length - 1;
      return { text, ...block };
    });
    writeFileSync(
      path.join(sources, MANIFEST),
      `${project}# The unseen articles of the gold test (tests/gold/unseen/).\n${blocks.map((b) => b.text).join('')}`,
    );
    return withRulesOnlyEditorial(root, (editorialDir) => {
      try {
        return ingest({
          sourcesDir: sources,
          editorialDir,
          statementsOnly: new Set(entries.map((e) => e.id)),
        }).positions;
      } catch (error) {
        const entry =
          error instanceof SourceError && error.file === MANIFEST
            ? blocks.findLast((b) => b.from <= error.line)
            : undefined;
        if (!entry) throw error;
        throw new Error(
          `${path.join(dir, MANIFEST)}: the entry of "${entry.id}": ${(error as SourceError).message.replace(/^[^ ]+: /, '')}`,
          { cause: error },
        );
      }
    });
  } finally {
    rmSync(sources, { recursive: true, force: true });
  }
}

/** The gold of some of the articles only: their sentences, statements and lines. */
function restrictGold(gold: GoldSet, ids: Set<string>): GoldSet {
  return {
    ...gold,
    statements: gold.statements.filter((s) => ids.has(s.source)),
    sentences: gold.sentences.filter((s) => ids.has(s.source)),
    scope: new Set([...gold.scope].filter((key) => ids.has(key.slice(0, key.lastIndexOf(':'))))),
  };
}

export interface UnseenRun {
  entries: UnseenEntry[];
  /** Every statement of the ingest, the project's sources' included (only the articles' are scored). */
  positions: Position[];
  /** Rules alone, tune then held. */
  scores: [Score, Score];
  text: string;
}

/**
 * `withHeld`: print the held articles' score too. Off by default, so the held figure is read when
 * it is meant to be measured (once, when a stop's rules are settled), not beside every tune run
 * where it would steer the rules without anyone deciding to look.
 */
export function runUnseen(
  root = process.cwd(),
  dir = UNSEEN_DIR,
  { withHeld = false, only = null }: { withHeld?: boolean; only?: string[] | null } = {},
): UnseenRun {
  const listed = loadUnseenManifest(dir);
  // `only`: score some articles alone (a baseline of the articles added at a stop, one article's
  // figure); all are still ingested, as they are in any run, so the figures are the same rules'.
  for (const id of only ?? [])
    if (!listed.some((e) => e.id === id))
      throw new Error(`"${id}" is not an unseen article (${listed.map((e) => e.id).join(', ')})`);
  const entries = only ? listed.filter((e) => only.includes(e.id)) : listed;
  const gold = restrictGold(loadUnseenGold(dir, listed), new Set(entries.map((e) => e.id)));
  const positions = positionsWithUnseen(root, dir, listed);
  const scores: [Score, Score] = [score(positions, gold, 'tune'), score(positions, gold, 'held')];
  const articles = (half: 'tune' | 'held') =>
    entries
      .filter((e) => e.half === half)
      .map((e) => e.id)
      .join(', ') || '—';
  const text = [
    `unseen gold: ${gold.sentences.length} sentences, ${gold.statements.length} statements; ` +
      `tune: ${articles('tune')}; held: ${articles('held')}`,
    '',
    'Rules alone (no editorial corrections), the project sources plus the unseen articles:',
    formatScores(withHeld ? scores : [scores[0]]),
  ].join('\n');
  return { entries, positions, scores, text };
}

/**
 * The failures that may be read: the tune article's. Asking for a held article is refused, so
 * its score stays an estimate of how the rules do on an article nobody tuned them on.
 */
export function unseenFailures(
  run: UnseenRun,
  options: { article?: string | null; field?: string | null } = {},
): Failure[] {
  const { article = null, field = null } = options;
  if (article !== null) {
    const entry = run.entries.find((e) => e.id === article);
    if (!entry)
      throw new Error(
        `"${article}" is not an unseen article (${run.entries.map((e) => e.id).join(', ')})`,
      );
    if (entry.half === 'held')
      throw new Error(
        `"${article}" is the held unseen article: its failures are never listed, so its score ` +
          `stays an honest estimate of how the rules do on an article nobody tuned them on`,
      );
  }
  const tune = new Set(run.entries.filter((e) => e.half === 'tune').map((e) => e.id));
  return run.scores[0].failures.filter(
    (f) =>
      f.half === 'tune' &&
      tune.has(f.source) &&
      (article === null || f.source === article) &&
      (field === null || f.field === field),
  );
}
