import { configDefaults, defineConfig } from 'vitest/config';

// Three projects: `unit` needs no build and runs no ingest of its own (tests of the real articles
// read one shared ingest, tests/unit/support/atlas.ts), so it stays fast for the edit-test loop;
// `property` holds the tests that ingest whole copies of the sources, one ingest per case
// (fast-check robustness, fault injection, statement corrections, a sixth article, the unseen gold
// articles ingested beside the five sources; slow, no build needed); `site` runs against the
// production build in dist/ (browser journeys, links, accessibility, HTML validity). `npm test` runs all three, with coverage over unit + property.
const PROPERTY_TESTS = [
  'tests/unit/**/robust-*.test.ts',
  'tests/unit/fault-injection.test.ts',
  'tests/unit/ingest/index.sixthArticle.test.ts',
  'tests/unit/ingest/extract/statement/corrections.test.ts',
  'tests/unit/ingest/extract/statement/unplaceable.test.ts',
  'tests/unit/gold/unseen*.test.ts',
];

export default defineConfig({
  test: {
    // Tests that read the shared ingest import none of its code or sources: a watch run reruns
    // everything (and the global setup re-ingests) when the sources or the ingest change.
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, 'content/**', 'src/ingest/**'],
    // On with --coverage (npm test, over unit + property together: thresholds are for the two
    // combined). Floors at the measured figure minus 2 points, so a change that drops tested code
    // fails; raise them when coverage rises. The summary lands outside the tree (no ignore files).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,js}'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'node_modules/.cache/coverage',
      thresholds: { lines: 91, branches: 85, functions: 88, statements: 90 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: PROPERTY_TESTS,
          environment: 'node',
          // The real articles are ingested once per run here and handed to the tests that read
          // them (support/atlas.ts); tests that damage a copy still ingest it themselves.
          globalSetup: ['tests/unit/support/ingestOnce.ts'],
          hookTimeout: 60_000,
          // Measured on the 2-core machine (load ~3.5): forks with isolation 31–40 s, threads
          // without isolation 8 s. Each file re-imported compromise and warmed the ingest afresh;
          // no test here mocks modules or changes globals, and the ingest already runs many
          // times in one process (fault injection), so sharing the module graph is safe.
          pool: 'threads',
          isolate: false,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'property',
          include: PROPERTY_TESTS,
          environment: 'node',
          // Every test ingests a whole copy of the sources: 1–3 s each on the loaded 2-core
          // machine with coverage on, too near the 5 s default.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Same reasoning as unit: at load 8–12, 211 s instead of 270 s (CPU 78 s instead of 94 s).
          pool: 'threads',
          isolate: false,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
