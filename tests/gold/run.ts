/**
 * The gold score of the project's own content: the ingest as built, and the ingest without the
 * hand corrections of content/editorial/statement-corrections.yaml, so the rules' own score is
 * always shown beside the corrected one. Used by `npm run gold` and `npm run bench`.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../../src/ingest/index';
import type { Position } from '../../src/schemas';
import { loadGold } from './gold';
import type { Half } from './halves';
import { formatScores, score, type Score } from './score';

/**
 * Runs `use` on a copy of content/editorial/ without what makes the published statements differ
 * from the rules' own: the hand corrections, the former ids and the facts lock.
 */
export function withRulesOnlyEditorial<T>(root: string, use: (editorialDir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gold-uncorrected-'));
  try {
    cpSync(path.join(root, 'content/editorial'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'statement-corrections.yaml'), '[]\n');
    // Former ids point at corrected statements; without the corrections they need not land.
    writeFileSync(path.join(dir, 'position-ids.yaml'), '[]\n');
    // The facts lock holds the published (corrected) statements; the rules alone differ on purpose.
    rmSync(path.join(dir, 'facts-lock.yaml'), { force: true });
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function positionsWithoutCorrections(root: string): Position[] {
  return withRulesOnlyEditorial(
    root,
    (editorialDir) =>
      ingest({ sourcesDir: path.join(root, 'content/sources'), editorialDir }).positions,
  );
}

export interface GoldRun {
  corrected: Score[];
  uncorrected: Score[];
  sentences: number;
  statements: number;
  text: string;
}

export function runGold(
  positions: Position[],
  halves: Array<Half | 'all'>,
  root = process.cwd(),
): GoldRun {
  const gold = loadGold();
  const corrected = halves.map((h) => score(positions, gold, h));
  const uncorrected = halves.map((h) => score(positionsWithoutCorrections(root), gold, h));
  const text = [
    `gold: ${gold.sentences.length} sentences, ${gold.statements.length} statements ` +
      `(${corrected[0]!.goldPositions} attributed positions); ${corrected[0]!.instances} pipeline statements in scope`,
    '',
    'With the editorial corrections:',
    formatScores(corrected),
    '',
    'Rules alone (no editorial corrections):',
    formatScores(uncorrected),
  ].join('\n');
  return {
    corrected,
    uncorrected,
    sentences: gold.sentences.length,
    statements: gold.statements.length,
    text,
  };
}
