/**
 * Precision at 1 of the site search over tests/search-suite/queries.yaml, measured the way a
 * reader sees it: the /search/ page of a production build in headless Chromium, each query opened
 * as a shared link, the first result's link compared with the page the suite expects.
 * Shared by tests/e2e/search-suite.test.ts and `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { searchStatusSelector } from '../site/searchPage';

export interface SuiteQuery {
  q: string;
  /** Site path (without the base) of the page that should rank first, or 'none'. */
  first: string;
  kind: string;
}

export interface SuiteOutcome extends SuiteQuery {
  /** Site path of the first result, or 'none' when the search found nothing. */
  got: string;
  results: number;
  hit: boolean;
}

export interface SuiteReport {
  queries: number;
  hits: number;
  precisionAt1: number;
  misses: SuiteOutcome[];
  outcomes: SuiteOutcome[];
}

const QUERIES_FILE = fileURLToPath(new URL('./queries.yaml', import.meta.url));

export function loadSuite(file = QUERIES_FILE): SuiteQuery[] {
  const entries = parse(readFileSync(file, 'utf8')) as Array<Partial<SuiteQuery>>;
  return entries.map((entry, index) => {
    if (
      typeof entry.q !== 'string' ||
      typeof entry.first !== 'string' ||
      typeof entry.kind !== 'string'
    ) {
      throw new Error(`${file}: entry ${index + 1} needs q, first and kind`);
    }
    return { q: String(entry.q), first: entry.first, kind: entry.kind };
  });
}

/** The first result's page as a site path ('/states/x/'), without base, query or fragment. */
async function firstResultPath(page: Page, sitePath: string): Promise<string> {
  const href = await page
    .locator('[data-search-results] .search-result-title a')
    .first()
    .getAttribute('href', { timeout: 5_000 });
  if (href === null) return 'none';
  const path = new URL(href, 'http://site.invalid').pathname;
  return path.startsWith(sitePath) ? `/${path.slice(sitePath.length)}` : path;
}

/** Runs one query on an open page; the page's status line says when the results are in. */
export async function runQuery(
  page: Page,
  siteUrl: string,
  query: SuiteQuery,
): Promise<SuiteOutcome> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query.q)}`);
  const status = page.locator(searchStatusSelector);
  await page.waitForFunction(
    (selector) =>
      /^(\d+|No) results?\b/i.test(document.querySelector(selector)?.textContent?.trim() ?? ''),
    searchStatusSelector,
    { timeout: 15_000 },
  );
  const results = Number(/^(\d+)/.exec(((await status.textContent()) ?? '').trim())?.[1] ?? 0);
  const got = results === 0 ? 'none' : await firstResultPath(page, new URL(siteUrl).pathname);
  return { ...query, got, results, hit: got === query.first };
}

export async function runSuite(
  browser: Browser,
  siteUrl: string,
  queries = loadSuite(),
): Promise<SuiteReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outcomes: SuiteOutcome[] = [];
  try {
    for (const query of queries) outcomes.push(await runQuery(page, siteUrl, query));
  } finally {
    await context.close();
  }
  const hits = outcomes.filter((outcome) => outcome.hit).length;
  return {
    queries: outcomes.length,
    hits,
    precisionAt1: outcomes.length === 0 ? 0 : hits / outcomes.length,
    misses: outcomes.filter((outcome) => !outcome.hit),
    outcomes,
  };
}

export function formatMisses(report: SuiteReport): string {
  return report.misses
    .map(
      (miss) =>
        `  “${miss.q}” (${miss.kind}): expected ${miss.first}, got ${miss.got} of ${miss.results}`,
    )
    .join('\n');
}
