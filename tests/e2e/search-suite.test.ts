// Precision at 1 of the search over the query suite (tests/search-suite/queries.yaml): the page a
// reader means must come first for at least 95 % of the realistic queries, in headless Chromium
// against the production build. The misses are printed either way, for the closing note.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { formatMisses, loadSuite, runSuite } from '../search-suite/runSuite';

const distDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const base = process.env.ATLAS_BASE ?? '/';
const GOAL = 0.95;

describe('search query suite', () => {
  const site = servedSite(distDir, base);

  it('holds at least 40 realistic queries of every kind, each naming the page it should find', () => {
    const suite = loadSuite();
    expect(suite.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(suite.map((entry) => entry.kind));
    for (const kind of [
      'name',
      'alias',
      'code',
      'person',
      'quote',
      'place',
      'organisation',
      'unaccented',
      'absent',
    ])
      expect(kinds).toContain(kind);
    for (const entry of suite)
      expect(entry.first).toMatch(
        /^(none|\/kosovo\/|\/(states|organisations|actors|sources)\/[a-z0-9-]+\/)$/,
      );
  });

  it(`ranks the expected page first for at least ${GOAL * 100} % of the suite`, async () => {
    const report = await runSuite(site.browser, site.server.url);
    console.info(
      `[search suite] precision at 1: ${report.hits}/${report.queries} = ${(report.precisionAt1 * 100).toFixed(1)} %${report.misses.length > 0 ? `\n${formatMisses(report)}` : ''}`,
    );
    expect(report.precisionAt1, formatMisses(report)).toBeGreaterThanOrEqual(GOAL);
  }, 180_000);
});
