/**
 * Drives the /search/ page the way a reader does; shared by the accessibility check, the
 * journeys and the benchmark so all three wait for results the same way.
 */
import type { Page } from 'playwright-core';

/** The search page's own query field (the header has another one). */
export const searchInputSelector = '[data-search-root] input[name="q"]';

/** Result and sub-result links the search page renders. */
export const resultLinkSelector = '[data-search-results] a[href]';

/** The live region announcing the count, e.g. "12 results for “…”". */
export const searchStatusSelector = '[data-search-status]';

/** Opens `/search/?q=…` directly (a shared search link) and waits for results; returns how many. */
export async function searchFor(page: Page, siteUrl: string, query: string): Promise<number> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.locator(resultLinkSelector).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  return page.locator(resultLinkSelector).count();
}
