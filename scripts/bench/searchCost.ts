/**
 * What a search costs a reader in headless Chromium: bytes transferred from the first keystroke
 * until the results are shown (Pagefind's code, index chunks and fragments; the search page
 * itself is already loaded) and milliseconds from the last keystroke until the page announces
 * the results (which it does once they are in the list). The page waits for a pause in typing
 * before it searches; that delay is part of the measured time, as the reader experiences it.
 */
import path from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import {
  resultLinkSelector,
  searchInputSelector,
  searchStatusSelector,
} from '../../tests/site/searchPage';

export interface SearchCost {
  query: string;
  results: number;
  /** Bytes on the wire (headers and bodies, uncompressed test server) from the first keystroke. */
  bytes: number;
  /** The same bodies as a host that gzips text would send them (Pagefind's chunks are gzipped already). */
  gzipBytes: number;
  requests: number;
  ms: number;
}

export interface SearchCosts {
  /** The reader's first search: Pagefind's code and index entry load on the way. */
  cold: SearchCost;
  /** A further search on the same page (a different query ran first). */
  warm: SearchCost;
}

interface Transfers {
  reset(): void;
  settled(): Promise<{ bytes: number; gzipBytes: number; requests: number }>;
}

/** A served file's size gzipped, or as is when gzip would not shrink it (already compressed). */
function compressedSize(file: string): number {
  const raw = statSync(file).size;
  return Math.min(raw, gzipSync(readFileSync(file)).length);
}

/** Counts what the page (workers included) fetches, from the last reset on. */
function countTransfers(page: Page, distDir: string, sitePath: string): Transfers {
  let pending: Array<Promise<{ wire: number; gzip: number }>> = [];
  page.on('requestfinished', (request: Request) => {
    const file = path.join(
      distDir,
      decodeURIComponent(new URL(request.url()).pathname.slice(sitePath.length)),
    );
    pending.push(
      request
        .sizes()
        .then((sizes) => {
          const wire = sizes.responseBodySize + sizes.responseHeadersSize;
          const onDisk = existsSync(file) && statSync(file).isFile();
          return { wire, gzip: onDisk ? compressedSize(file) + sizes.responseHeadersSize : wire };
        })
        .catch(() => ({ wire: 0, gzip: 0 })),
    );
  });
  return {
    reset: () => {
      pending = [];
    },
    settled: async () => {
      const sizes = await Promise.all(pending);
      return {
        bytes: sizes.reduce((sum, size) => sum + size.wire, 0),
        gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
        requests: sizes.length,
      };
    },
  };
}

async function typeAndWait(page: Page, query: string, transfers: Transfers): Promise<SearchCost> {
  const field = page.locator(searchInputSelector).first();
  await field.fill('');
  transfers.reset();
  await field.pressSequentially(query);
  const typed = performance.now();
  await page.waitForFunction(
    ({ selector, expected }) =>
      document.querySelector(selector)?.textContent?.includes(expected) ?? false,
    { selector: searchStatusSelector, expected: `for “${query}”` },
    { timeout: 15_000, polling: 'raf' },
  );
  const ms = performance.now() - typed;
  await page.waitForLoadState('networkidle');
  return {
    query,
    results: await page.locator(resultLinkSelector).count(),
    ms,
    ...(await transfers.settled()),
  };
}

/** A fresh browser context (empty cache) on the search page, with its transfers counted. */
async function freshSearchPage(
  browser: Browser,
  siteUrl: string,
  distDir: string,
): Promise<{ page: Page; transfers: Transfers; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers = countTransfers(page, distDir, new URL(siteUrl).pathname);
  await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
  return { page, transfers, close: () => context.close() };
}

/** Only the first search of a visit (e.g. to compare two builds). */
export async function measureFirstSearch(
  browser: Browser,
  siteUrl: string,
  distDir: string,
  query: string,
): Promise<SearchCost> {
  const first = await freshSearchPage(browser, siteUrl, distDir);
  return typeAndWait(first.page, query, first.transfers).finally(() => first.close());
}

export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  distDir: string,
  query: string,
  warmUpQuery: string,
): Promise<SearchCosts> {
  const first = await freshSearchPage(browser, siteUrl, distDir);
  const cold = await typeAndWait(first.page, query, first.transfers).finally(() => first.close());
  // Another cold context, so nothing of `query` is cached: only Pagefind's code is loaded already.
  const second = await freshSearchPage(browser, siteUrl, distDir);
  try {
    await typeAndWait(second.page, warmUpQuery, second.transfers);
    const warm = await typeAndWait(second.page, query, second.transfers);
    return { cold, warm };
  } finally {
    await second.close();
  }
}

/** The search page's pause-in-typing delay, read from its source so the report can name it. */
export function typingDelayMs(repoRoot: string): number | null {
  const file = path.join(repoRoot, 'src/scripts/search/searchPage.ts');
  const match = existsSync(file)
    ? /TYPING_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'))
    : null;
  return match ? Number(match[1]) : null;
}
