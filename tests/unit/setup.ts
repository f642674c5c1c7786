import fc from 'fast-check';
import { inject } from 'vitest';
import type {} from './support/atlas';

// CI replays one fixed sample of every property test, so a submission never fails on a seed no one
// has seen; local runs keep exploring new ones (fast-check prints the seed of any counterexample).
if (process.env.CI) fc.configureGlobal({ seed: 20261123 });

// Tests that call loadAtlas() (the gold set) read the run's shared ingest (support/ingestOnce.ts)
// instead of ingesting again: loadAtlas keeps its result under this process-wide key. Only for the
// project's own content/: the environment overrides point loadAtlas at other sources.
const shared = inject('sharedAtlas');
if (shared && !process.env.ATLAS_SOURCES_DIR && !process.env.ATLAS_EDITORIAL_DIR) {
  const store = globalThis as Record<symbol, unknown>;
  const result =
    'error' in shared
      ? Promise.reject(new Error(`the shared ingest failed: ${shared.error}`))
      : Promise.resolve(shared.data);
  // Handled here so files that never call loadAtlas do not report an unhandled rejection; a
  // caller's await still rejects.
  result.catch(() => {});
  store[Symbol.for('kosovo-atlas.ingest')] = result;
}
