/**
 * Vitest global setup: the ingest of the real content/ runs once per test run (not once per test
 * file) and reaches the tests through `provide`; `realAtlas()` in ./atlas.ts reads it. The ingest
 * runs in a child process (./writeAtlas.ts), always on the code on disk.
 *
 * The result is also kept on disk, keyed by a hash of every input the ingest can read (content/,
 * src/, the lockfile, this folder and the Node version), so a warm run skips the ingest entirely.
 * A change to any of those gives a new key, so the cache cannot be stale; old entries are removed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { SharedAtlas } from './atlas';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const cacheDir = path.join(root, 'node_modules/.cache/atlas-tests');
const INPUTS = ['content', 'src', 'package-lock.json', path.relative(root, here)];

function filesUnder(base: string, rel: string): string[] {
  const abs = path.join(base, rel);
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(rel, f))
    .filter((f) => statSync(path.join(base, f)).isFile());
}

/** A hash of the Node version and of the name and bytes of every file under `inputs`. */
export function inputsKey(base: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(process.version);
  for (const file of inputs.flatMap((rel) => filesUnder(base, rel)).sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(base, file)));
  }
  return hash.digest('hex').slice(0, 24);
}

/** The ingest's JSON, from the cache or from a fresh run that then fills the cache. */
function atlasJson(key: string): string {
  const cached = path.join(cacheDir, `ingest-${key}.json`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // a miss: ingest below
  }
  mkdirSync(cacheDir, { recursive: true });
  // Older entries go; another run's `.partial` file is left to finish.
  for (const old of readdirSync(cacheDir).filter((f) => f.endsWith('.json')))
    rmSync(path.join(cacheDir, old), { force: true });
  // Written aside and renamed, so a run that stops mid-write never leaves a truncated entry.
  const partial = `${cached}.${process.pid}.partial`;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'writeAtlas.ts'), partial],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    rmSync(partial, { force: true });
    // The child's last stderr lines hold the SourceError's file:line message.
    throw new Error(run.stderr.trim().split('\n').slice(-12).join('\n') || `exit ${run.status}`);
  }
  renameSync(partial, cached);
  return readFileSync(cached, 'utf8');
}

function sharedAtlas(): SharedAtlas {
  try {
    // Parsed from JSON on a miss too, so a cold run and a warm run hand the tests the same value.
    return { data: JSON.parse(atlasJson(inputsKey(root, INPUTS))) };
  } catch (error) {
    // A broken source must fail the tests that read the atlas, not hide the ones that do not.
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export default function setup(project: TestProject) {
  project.provide('sharedAtlas', sharedAtlas());
  // In watch mode the inputs may have changed since the last run (see forceRerunTriggers).
  project.onTestsRerun(() => project.provide('sharedAtlas', sharedAtlas()));
}
