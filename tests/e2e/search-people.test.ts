// Searching a person (issue 16), in headless Chromium against the production build: what the
// person said is listed above statements that merely mention them, their own page is among the
// results, and a name typed without its diacritics finds them.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from './harness';

const distDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const base = process.env.ATLAS_BASE ?? '/';

async function results(page: Page): Promise<string[]> {
  const titles = page.locator('[data-search-results] .search-result-title a');
  await expect.poll(() => titles.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return (await titles.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map(
    (href) => new URL(href, 'http://site.invalid').pathname,
  );
}

describe('searching a person', () => {
  const site = servedSite(distDir, base);

  it('lists Lukashenko’s own statements first on Belarus’s result and finds his page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=Lukashenko`);
    const paths = await results(page);
    expect(paths[0]).toBe(`${base}states/belarus/`);
    expect(paths).toContain(`${base}people/alexander-lukashenko/`);
    const belarus = page.locator('.search-result').first();
    const subs = await belarus.locator('.search-sub-result > a').allTextContents();
    expect(subs.length).toBeGreaterThan(1);
    // Every shown statement is his (his name heads it) before any that only mentions him.
    const his = subs.map((title) => title.includes('Lukashenko'));
    expect(his[0]).toBe(true);
    expect(his.indexOf(false) === -1 || his.slice(his.indexOf(false)).every((h) => !h)).toBe(true);
    await page.close();
  });

  it('finds a person by their name typed without diacritics (“Hashim Thaci”)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('Hashim Thaci')}`);
    const paths = await results(page);
    expect(paths.slice(0, 3)).toContain(`${base}people/hashim-thaci/`);
    await page.close();
  });

  it('a joint statement’s second speaker finds the statement first, then their page (“Vollebaek”)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=Vollebaek`);
    const paths = await results(page);
    expect(paths[0]).toBe(`${base}organisations/osce/`);
    expect(paths).toContain(`${base}people/knut-vollebaek/`);
    await page.close();
  });

  it('finds what an actor outside the states and organisations said (“Polisario”)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=Polisario`);
    const paths = await results(page);
    expect(paths[0]).toBe(`${base}actors/polisario-front/`);
    expect(await page.locator('.search-result').first().textContent()).toContain('Other actor');
    await page.close();
  });
});
