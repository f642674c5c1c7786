// Search journeys in headless Chromium against the production build (dist/ or ATLAS_OUT_DIR),
// served the way a static host would serve it, under ATLAS_BASE when set.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { servedSite } from './harness';
import { runQuery } from '../search-suite/runSuite';
import { stripMarks } from '../../src/shared/wordAliases';
import { listFiles } from '../../src/shared/files';

const distDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const base = process.env.ATLAS_BASE ?? '/';

/**
 * Statement headings (with id) on state pages, read from the build to pick real queries. Only the
 * page's own statements: one shown on another party's page is indexed on its speaker's page alone.
 */
function stateStatementHeadings(): { stateId: string; id: string; text: string }[] {
  const statesDir = join(distDir, 'states');
  if (!existsSync(statesDir)) return [];
  return listFiles(statesDir)
    .flatMap((file) => /^([^/]+)\/index\.html$/.exec(file)?.[1] ?? [])
    .flatMap((stateId) => {
      const html = readFileSync(join(statesDir, stateId, 'index.html'), 'utf8').replace(
        /<article\b[^>]*\bdata-pagefind-ignore\b[\s\S]*?<\/article>/g,
        '',
      );
      return [...html.matchAll(/<h[23][^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h[23]>/g)].map(
        (match) => ({
          stateId,
          id: match[1] ?? '',
          text: (match[2] ?? '').replace(/<[^>]+>/g, '').trim(),
        }),
      );
    });
}

interface Transfer {
  url: string;
  bytes: number;
}

/** Records every response a page receives, with body and header bytes as sent over the wire. */
function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('requestfinished', (request: Request) => {
    void request.sizes().then((sizes) => {
      transfers.push({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    });
  });
  return transfers;
}

/** What the same responses would weigh gzipped, as a typical static host would serve them. */
function gzippedSize(transfers: Transfer[], siteUrl: string): number {
  const sitePath = new URL(siteUrl).pathname;
  return transfers.reduce((sum, transfer) => {
    const file = join(
      distDir,
      decodeURIComponent(new URL(transfer.url).pathname.slice(sitePath.length)),
    );
    return sum + (existsSync(file) ? gzipSync(readFileSync(file)).length : transfer.bytes);
  }, 0);
}

const isPagefindRequest = (transfer: Transfer): boolean =>
  new URL(transfer.url).pathname.includes('/pagefind/');

async function statusText(page: Page): Promise<string> {
  const status = page.locator('[data-search-status]');
  await expect
    .poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/\d+ results?\b/);
  return (await status.textContent()) ?? '';
}

async function isInViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) return false;
    const rect = target.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight;
  }, id);
}

describe('search', () => {
  const site = servedSite(distDir, base);

  it('loads the filter files only when the filter panel opens, then shows a count per value', async () => {
    const page = await site.browser.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${site.server.url}search/?q=Kosovo`);
    await statusText(page);
    await page.waitForLoadState('networkidle');
    const filterFiles = () =>
      transfers.filter((t) => new URL(t.url).pathname.includes('/pagefind/filter/'));
    expect(filterFiles()).toEqual([]);
    await page.locator('details[data-search-filter-panel] > summary').click();
    const firstCount = page.locator('fieldset[data-filter-key] .search-filter-count').first();
    await expect.poll(async () => (await firstCount.textContent()) ?? '').toMatch(/^\(\d+\)$/);
    expect(filterFiles().length).toBeGreaterThan(0);
    await page.close();
  });

  it('does not load Pagefind on ordinary pages or on an empty search page', async () => {
    const page = await site.browser.newPage();
    const transfers = recordTransfers(page);
    await page.goto(site.server.url, { waitUntil: 'networkidle' });
    await page.goto(`${site.server.url}search/`, { waitUntil: 'networkidle' });
    expect(transfers.filter(isPagefindRequest)).toEqual([]);
    await page.close();
  });

  it('the header search field leads to /search/?q=…', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const field = page.locator('form[role="search"] input[name="q"]').first();
    await field.fill('territorial integrity');
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === `${new URL(site.server.url).pathname}search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('territorial integrity');
    expect(await page.locator('#search-q').inputValue()).toBe('territorial integrity');
    await statusText(page);
    await page.close();
  });

  it('finds a phrase from a quote and lands on the statement', async () => {
    const page = await site.browser.newPage();
    const transfers = recordTransfers(page);
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('territorial integrity')}`);
    const announced = await statusText(page);
    expect(announced).toMatch(/^[1-9]\d* results? for “territorial integrity”/);

    const firstMark = page.locator('[data-search-results] mark').first();
    await expect.poll(() => firstMark.count()).toBeGreaterThan(0);
    expect((await firstMark.textContent())?.toLowerCase()).toMatch(/territorial|integrity/);

    const statementLink = page.locator('.search-sub-result a[href*="/states/"][href*="#"]').first();
    const href = await statementLink.getAttribute('href');
    expect(href).toMatch(/\/states\/[^/]+\/#.+/);
    await page.waitForLoadState('networkidle');
    const pagefindTransfers = transfers.filter(isPagefindRequest);
    const searchBytes = pagefindTransfers.reduce((sum, t) => sum + t.bytes, 0);
    const pageBytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
    const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
    console.info(
      `[search bytes] "territorial integrity": ${kib(searchBytes)} from pagefind/ in ${pagefindTransfers.length} ` +
        `requests (≈${kib(gzippedSize(pagefindTransfers, site.server.url))} with gzip); ${kib(pageBytes)} for the whole ` +
        'page including the search page itself (the test server does not compress)',
    );
    expect(searchBytes).toBeLessThan(1024 * 1024);

    await statementLink.click();
    await page.waitForURL((url) => url.hash !== '');
    const landed = new URL(page.url());
    const fragment = decodeURIComponent(landed.hash.slice(1));
    expect(landed.pathname).toBe(new URL(href ?? '', site.server.url).pathname);
    await expect.poll(() => isInViewport(page, fragment)).toBe(true);
    await page.close();
  });

  it('ignores diacritics and case ("Dacic" finds "Dačić")', async () => {
    const headings = stateStatementHeadings();
    const withDiacritics = headings.filter(
      (h) => h.text.normalize('NFD') !== h.text || /[đĐłŁøØ]/.test(h.text),
    );
    expect(
      withDiacritics.length,
      'some statement heading names a person with diacritics',
    ).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const heading of withDiacritics.slice(0, 3)) {
      const word = heading.text
        .split(/[^\p{L}\p{M}]+/u)
        .find((w) => w.normalize('NFD') !== w || /[đĐłŁøØ]/.test(w));
      if (word === undefined) continue;
      const typed = stripMarks(word)
        .replace(/đ/g, 'd')
        .replace(/ł/g, 'l')
        .replace(/ø/g, 'o')
        .toUpperCase();
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent(typed)}`);
      await statusText(page);
      // The results must highlight the word as written, with its diacritics: on the state's result,
      // or on the page of the person of that name, which may rank above it (a first name such as
      // "José" is several people's).
      const stateResult = page.locator('.search-result').filter({
        has: page.locator(
          `.search-result-title a[href$="/states/${heading.stateId}/"], .search-result-title a[href*="/people/"]`,
        ),
      });
      await expect
        .poll(
          async () =>
            (await stateResult.locator('mark').allTextContents()).map((t) =>
              t.replace(/[^\p{L}\p{M}]/gu, ''),
            ),
          {
            message: `"${typed}" should find ${word} on /states/${heading.stateId}/`,
          },
        )
        .toContain(word);
    }
    await page.close();
  });

  it('finds words with letters Unicode does not decompose (ø, æ, đ) typed without them', async () => {
    const aliasFile = join(distDir, 'pagefind', 'word-aliases.json');
    const aliases = JSON.parse(readFileSync(aliasFile, 'utf8')) as Record<string, string>;
    const [typed, original] = Object.entries(aliases)[0] ?? [];
    if (typed === undefined || original === undefined) return; // no such word in the sources
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(typed)}`);
    await statusText(page);
    const marked = (await page.locator('[data-search-results] mark').allTextContents()).map((t) =>
      t.replace(/[^\p{L}\p{M}]/gu, '').toLowerCase(),
    );
    expect(marked, `"${typed}" should find "${original}"`).toContain(original);
    await page.close();
  });

  it('keeps the query and filters in the URL, and Back restores them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=recognise`);
    await statusText(page);
    await page.locator('details[data-search-filter-panel] > summary').click();
    const firstKind = page.locator('fieldset[data-filter-key] input[type="checkbox"]').first();
    const key = await firstKind.getAttribute('name');
    const value = await firstKind.getAttribute('value');
    await firstKind.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll(key ?? '')).toEqual([value]);
    await statusText(page);

    await page.locator('input[name="sort"][value="newest"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(await page.locator('input[name="sort"][value="relevance"]').isChecked()).toBe(true);
    expect(await firstKind.isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll(key ?? '')).toEqual([]);
    await expect.poll(() => firstKind.isChecked()).toBe(false);
    expect(await page.locator('#search-q').inputValue()).toBe('recognise');
    await page.close();
  });

  it('opens a shared link with its filters ticked and keeps undated pages when sorting by date', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=Kosovo`);
    const relevanceCount = Number((await statusText(page)).match(/^(\d+)/)?.[1]);
    // The filters load when their panel opens (a first search does not pay for them).
    await page.locator('details[data-search-filter-panel] > summary').click();
    const statusBox = page
      .locator('fieldset[data-filter-key="status"] input[type="checkbox"]')
      .first();
    const status = (await statusBox.getAttribute('value')) ?? '';

    await page.goto(
      `${site.server.url}search/?q=Kosovo&status=${encodeURIComponent(status)}&sort=oldest`,
    );
    const announced = await statusText(page);
    expect(
      await page.locator('details[data-search-filter-panel]').getAttribute('open'),
    ).not.toBeNull();
    expect(await statusBox.isChecked()).toBe(true);
    expect(await page.locator('input[name="sort"][value="oldest"]').isChecked()).toBe(true);
    expect(announced).toMatch(/filtered, oldest first/);

    await page.goto(`${site.server.url}search/?q=Kosovo&sort=newest`);
    expect(Number((await statusText(page)).match(/^(\d+)/)?.[1])).toBe(relevanceCount);
    await page.close();
  });

  it('reads filter values written as in the data exports and says which it could not use', async () => {
    const page = await site.browser.newPage();
    await page.goto(
      `${site.server.url}search/?q=Kosovo&status=not-recognised&organisation=european-union&year=1850`,
    );
    const announced = await statusText(page);
    expect(announced).toMatch(/filtered/);
    expect(announced).toMatch(/Ignored unknown filter year=1850/);
    const checked = await page
      .locator('fieldset[data-filter-key="status"] input[type="checkbox"]:checked')
      .getAttribute('value');
    expect(checked).toMatch(/not recognised/i);
    const params = new URL(page.url()).searchParams;
    expect(params.get('year')).toBeNull();
    expect(params.get('organisation')).toBe('EU');
    await page.close();
  });

  it('is operable from the keyboard and announces the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('Kosovo');
    await page.keyboard.press('Enter');
    const status = page.locator('[role="status"][aria-live="polite"]');
    await expect
      .poll(async () => (await status.textContent()) ?? '')
      .toMatch(/^\d+ results? for “Kosovo”/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kosovo');
    await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true);
    // Tab from the field reaches the results through ordinary controls only.
    const firstResult = page.locator('.search-result-title a').first();
    for (
      let i = 0;
      i < 200 && !(await firstResult.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await firstResult.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('says that search needs JavaScript when it is off, and shows no control that needs it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=Kosovo`);
    const message = page.locator('.search-noscript');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/needs JavaScript/);
    expect(await message.locator('a').first().getAttribute('href')).toBe(
      `${new URL(site.server.url).pathname}states/`,
    );
    expect(await page.locator('.search-sort').isVisible()).toBe(false);
    expect(await page.locator('details[data-search-filter-panel]').isVisible()).toBe(false);
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    await context.close();
  });

  it('moves focus to the count after a search from the header form, so a screen reader reads it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}states/`);
    const field = page.locator('header form[role="search"] input[name="q"]');
    await field.fill('Kosovo');
    await field.press('Enter');
    await statusText(page);
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.hasAttribute('data-search-status') ?? false),
      )
      .toBe(true);
    // Typing in the page's own field keeps focus there.
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('Serbia');
    await expect
      .poll(async () => (await page.locator('[data-search-status]').textContent()) ?? '')
      .toMatch(/for “Serbia”/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.close();
  });

  it('ranks a page with the exact word above pages with only a longer word starting with it', async () => {
    // "Crimean Tatar" pages say "Crimean" more often than Russia's page says "Crimea"; the suite
    // tolerates a few misses, so this case is held on its own.
    const page = await site.browser.newPage();
    const outcome = await runQuery(page, site.server.url, {
      q: 'Crimea',
      first: '/states/russia/',
      kind: 'place',
    });
    expect(outcome.got).toBe('/states/russia/');
    await page.close();
  });

  it('says when the sources do not mention a word, instead of showing a shorter word’s pages', async () => {
    const sources = JSON.parse(
      readFileSync(join(distDir, 'data', 'sources.json'), 'utf8'),
    ) as unknown[];
    // Pagefind answers a word no page has with the longest indexed word it starts with ("Serbia";
    // whether it does for a given stem depends on how its index is chunked, which content changes).
    const absent = 'Serbiaquxzy';
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${absent}`);
    expect(await statusText(page)).toMatch(/^0 results for “Serbiaquxzy”/);
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain(
      `None of the ${sources.length} source articles mentions “${absent}”`,
    );
    const hrefs = await empty
      .locator('a')
      .evaluateAll((links) =>
        links.map(
          (link) =>
            new URL((link as HTMLAnchorElement).href).pathname +
            new URL((link as HTMLAnchorElement).href).search,
        ),
      );
    const sitePath = new URL(site.server.url).pathname;
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `${sitePath}states/`,
        `${sitePath}timeline/`,
        `${sitePath}search/?q=serbia`,
      ]),
    );
    await page.close();
  });

  it('a hit inside a source article lands on its line, highlighted, with the searched word marked', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=parachutes`);
    await statusText(page);
    const link = page.locator('[data-search-results] a[href*="/sources/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/sources\/[^/]+\/\?highlight=parachutes#L\d+$/);
    await link.click();
    await page.waitForURL((url) => url.hash.startsWith('#L'));
    const line = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect.poll(() => isInViewport(page, line)).toBe(true);
    const target = page.locator(`[id="${line}"]`);
    expect(await target.textContent()).toMatch(/parachutes/i);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    await expect
      .poll(() => target.locator('mark.search-highlight').allTextContents())
      .toContain('parachutes');
    await page.close();
  });

  it('gives the home page one labelled search form, the header’s, as on every page (pages review 5, finding 10)', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const names = await page.locator('form[role="search"]').evaluateAll((forms) =>
      forms.map((form) => {
        const labelledBy = form.getAttribute('aria-labelledby');
        return (
          (labelledBy
            ? document.getElementById(labelledBy)?.textContent
            : form.getAttribute('aria-label')
          )?.trim() ?? ''
        );
      }),
    );
    expect(names).toHaveLength(1);
    expect(names[0]).not.toBe('');
    await page.close();
  });

  it('marks an excerpt cut mid-phrase with an ellipsis (pages review 4, finding 11)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=Crimea`);
    await page.waitForSelector('.search-excerpt');
    const excerpts = (await page.locator('.search-excerpt').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    // Mustafa Dzhemilev's page: "… Speaks for Mejlis of the Crimean Tatar People in 1 statement."
    expect(excerpts.some((t) => t.endsWith('Speaks for Mejlis of the Crimean Tatar…'))).toBe(true);
    // Russia's statement: cut after "Russia's", inside its sentence.
    expect(
      excerpts.some(
        (t) =>
          t.endsWith('Republic of Crimea, Russia’s…') ||
          t.endsWith("Republic of Crimea, Russia's…"),
      ),
    ).toBe(true);
    // An excerpt whose sentence ends where it ends gets no ellipsis there.
    expect(excerpts.filter((t) => /[.!?]…$/.test(t))).toEqual([]);
    await page.close();
  });
});
