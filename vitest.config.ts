import { defineConfig } from 'vitest/config';

// Three projects: `unit` needs no build (pure pipeline and lib functions) and stays fast for the
// edit-test loop; `property` holds the fast-check robustness runs over the real sources (slow, no
// build needed); `site` runs against the production build in dist/ (browser journeys, links,
// accessibility, HTML validity). `npm test` runs all three.
const PROPERTY_TESTS = 'tests/unit/robust-*.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [PROPERTY_TESTS],
          environment: 'node',
          // Files that ingest the real articles do it once in beforeAll (a few seconds; more on a
          // busy 2-core machine): hooks get the room a full ingest needs.
          hookTimeout: 60_000,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'property',
          include: [PROPERTY_TESTS],
          environment: 'node',
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
