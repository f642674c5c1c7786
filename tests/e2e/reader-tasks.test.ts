/**
 * The 14 reader tasks of issue 16, done as a reader would in headless Chromium (1280 × 800, or a
 * 390 × 844 phone where the task says so) from the page a reader starts on. Each counts the
 * actions taken (clicks, key presses, a search typed and sent counts as one) and checks that the
 * answer is on the screen the last action opens, without scrolling. The table is printed for the
 * closing note.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const table: string[] = [];

afterAll(() => {
  console.info(['task | actions | answer on the screen it opens', ...table].join('\n'));
});

/** Whether the element is wholly inside the viewport (seen without scrolling). */
const inView = (locator: Locator) =>
  locator.evaluate((e) => {
    const box = e.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });

/** The text a reader sees on the current screen. */
const screenText = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const box = parent.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight && parent.checkVisibility())
        text += ` ${node.textContent}`;
    }
    return text.replace(/\s+/g, ' ');
  });

async function task(
  name: string,
  options: { viewport?: typeof DESKTOP; javaScript?: boolean },
  run: (page: Page, context: BrowserContext) => Promise<{ actions: number; answer: string }>,
): Promise<void> {
  const context = await site.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScript ?? true,
    acceptDownloads: true,
  });
  try {
    const page = await context.newPage();
    const { actions, answer } = await run(page, context);
    table.push(`${name} | ${actions} | ${answer}`);
  } finally {
    await context.close();
  }
}

/** Types a query in the header's search field and sends it (one action). */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('#site-search-header').fill(query);
  await page.locator('#site-search-header').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await expect
    .poll(() => page.locator('.search-result-title a').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

const home = (page: Page) => page.goto(site.server.url);

describe('the 14 reader tasks', () => {
  it('1. Spain’s reasons: search, open Spain; the reasons are on its first screen', async () => {
    await task('Spain’s why', {}, async (page) => {
      await home(page);
      await search(page, 'Spain');
      await page.locator('.search-result-title a').first().click();
      await page.waitForURL(/\/states\/spain\/$/);
      const reasons = page.locator('.reasons');
      expect(await inView(reasons)).toBe(true);
      // The source's clauses, each linked to its line (no quotation marks: not Spain's words).
      expect(await reasons.locator('a[href*="#L"]').count()).toBeGreaterThan(0);
      return { actions: 2, answer: 'yes: status and reasons, each linked to its line' };
    });
  });

  it('2. Togo’s dates: both on the first screen', async () => {
    await task('Togo’s dates', {}, async (page) => {
      await home(page);
      await search(page, 'Togo');
      await page.locator('.search-result-title a').first().click();
      await page.waitForURL(/\/states\/togo\/$/);
      const text = await screenText(page);
      expect(text).toContain('11 July 2014');
      expect(text).toContain('28 June 2019');
      return { actions: 2, answer: 'yes: recognised 11 July 2014, withdrew 28 June 2019' };
    });
  });

  it('3. The counts: the home page gives 110, 120 and 84, why they differ, and the map', async () => {
    await task('the counts', {}, async (page) => {
      await home(page);
      const text = await screenText(page);
      expect(text).toMatch(/110 of 193/);
      expect(text).toContain('120');
      expect(text).toContain('84');
      // Most of the map is on the first screen, below the counts and the search.
      const shown = await page
        .locator('.home-map svg')
        .first()
        .evaluate((e) => {
          const box = e.getBoundingClientRect();
          return (Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)) / box.height;
        });
      expect(shown).toBeGreaterThan(0.5);
      return { actions: 0, answer: 'yes: 110 of 193, Kosovo 120, Serbia 84, why, the map' };
    });
  });

  it('4. Africa’s recognisers: filter, share the URL, download the CSV', async () => {
    await task('Africa’s recognisers shared and downloaded', {}, async (page) => {
      await home(page);
      await page.locator('.site-nav a', { hasText: 'States' }).click();
      // The filters sit under the map: one scroll (or the skip link) brings them into view.
      await page.locator('#state-filters').scrollIntoViewIfNeeded();
      await page.locator('select[data-filter="status"]').selectOption('recognised');
      await page.locator('select[data-filter="region"]').selectOption('Africa');
      expect(page.url()).toMatch(/status=recognised/);
      expect(page.url()).toMatch(/region=Africa/);
      const count = page.locator('#state-count');
      expect(await count.textContent()).toMatch(/\d+ of \d+/);
      expect(await inView(count)).toBe(true);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Download these rows/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kosovo-atlas-states-recognised-africa.csv');
      // Clicks: States, two filters, copy the address, download; and the one scroll.
      return {
        actions: 6,
        answer: 'after 1 scroll: count “N of 204” beside the filters; CSV named after the view',
      };
    });
  });

  it('5. Russia on Crimea: search, open the statement; it is in view', async () => {
    await task('Russia on Crimea', {}, async (page) => {
      await home(page);
      await search(page, 'Crimea');
      const russia = page.locator('.search-result', {
        has: page.locator('.search-result-title a[href$="/states/russia/"]'),
      });
      await russia.locator('.search-sub-result > a').first().click();
      await page.waitForURL(/\/states\/russia\/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const card = page.locator('.statement', { has: page.locator(`[id="${id}"]`) });
      expect(await card.textContent()).toContain('Crimea');
      expect(await inView(card.locator('h3'))).toBe(true);
      return { actions: 2, answer: 'yes: the March 2014 statement, marked' };
    });
  });

  it('6. Citing Lukashenko’s letter: search, open it, Cite, copy', async () => {
    await task('citing Lukashenko’s letter', {}, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await home(page);
      await search(page, 'Lukashenko');
      await page.locator('.search-sub-result > a').first().click();
      await page.waitForURL(/\/states\/belarus\/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const card = page.locator('.statement', { has: page.locator(`[id="${id}"]`) });
      expect(await card.textContent()).toContain('letter');
      await card.locator('.cite summary').click();
      const copy = card.locator('.cite button', { hasText: 'Copy' }).first();
      await copy.click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/Lukashenko/);
      expect(copied).toContain(id);
      return { actions: 4, answer: 'yes: BibTeX with his name and the statement’s URL' };
    });
  });

  it('7. A deep link to a Cyprus statement: copy its link, open it; it lands marked', async () => {
    await task('deep link to a Cyprus statement', {}, async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await home(page);
      await search(page, 'Cyprus');
      await page.locator('.search-result-title a[href$="/states/cyprus/"]').click();
      const card = page.locator('.statement', { hasText: 'Christofias' }).first();
      await card.locator('button.copy-link').click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      const fresh = await context.newPage();
      await fresh.goto(link);
      const id = decodeURIComponent(new URL(link).hash.slice(1));
      const target = fresh.locator('.statement', { has: fresh.locator(`[id="${id}"]`) });
      expect(await target.getAttribute('class')).toMatch(/is-target/);
      expect(await inView(target.locator('h3'))).toBe(true);
      return { actions: 4, answer: 'yes: the card at the top, marked' };
    });
  });

  it('8. Ghana on a phone: search, open; status and date on the first screen', async () => {
    await task('Ghana on a phone (390)', { viewport: PHONE }, async (page) => {
      await home(page);
      await search(page, 'Ghana');
      await page.locator('.search-result-title a').first().click();
      await page.waitForURL(/\/states\/ghana\/$/);
      expect(await inView(page.locator('.lead .status').first())).toBe(true);
      expect(await screenText(page)).toMatch(/recognised Kosovo/i);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      return { actions: 2, answer: 'yes: status and recognition sentence; no sideways scroll' };
    });
  });

  it('9. Keyboard to the filters: Tab, Tab, Enter, Tab', async () => {
    await task('keyboard to the filters', {}, async (page) => {
      await page.goto(`${site.server.url}states/`);
      for (const key of ['Tab', 'Tab', 'Enter', 'Tab']) await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe(
        'status',
      );
      return { actions: 4, answer: 'yes: focus on the Status filter' };
    });
  });

  it('10. No JavaScript: a filtered link says filtering needs it and links the static views', async () => {
    await task('no JavaScript', { javaScript: false }, async (page) => {
      await page.goto(`${site.server.url}states/?status=withdrawn`);
      const note = page.locator('main p', { hasText: 'need JavaScript' });
      expect(await note.isVisible()).toBe(true);
      expect(await note.locator(`a[href="${basePath}withdrawals/"]`).count()).toBe(1);
      return { actions: 0, answer: 'yes: says so and links /withdrawals/ and /counts/' };
    });
  });

  it('11. The EU’s non-recognisers: Organisations, EU; the five are named on the first screen', async () => {
    await task('the EU’s non-recognisers', {}, async (page) => {
      await home(page);
      await page.locator('.site-nav a', { hasText: 'Organisations' }).click();
      await page
        .locator('main a', { hasText: /^European Union$/ })
        .first()
        .click();
      await page.waitForURL(/\/organisations\/european-union\/$/);
      const text = await screenText(page);
      for (const name of ['Cyprus', 'Greece', 'Romania', 'Slovakia', 'Spain'])
        expect(text).toContain(name);
      return { actions: 2, answer: 'yes: Cyprus, Greece, Romania, Slovakia and Spain' };
    });
  });

  it('12. Kosovo’s memberships: Kosovo; declaration and memberships on the first screen', async () => {
    await task('Kosovo’s memberships', {}, async (page) => {
      await home(page);
      await page.locator('.site-nav a', { hasText: 'Kosovo' }).click();
      await page.waitForURL(/\/kosovo\/$/);
      const text = await screenText(page);
      expect(text).toContain('17 February 2008');
      expect(text).toMatch(/International Monetary Fund|IMF/);
      expect(text).toMatch(/FIFA|Fédération Internationale de Football Association/);
      return {
        actions: 1,
        answer: 'yes: declared 17 February 2008; members of IMF, World Bank, FIFA…',
      };
    });
  });

  it('13. A Serbia feed: open Serbia, follow its feed; it reads as a page', async () => {
    await task('a Serbia feed', {}, async (page) => {
      await home(page);
      await search(page, 'Serbia');
      await page.locator('.search-result-title a[href$="/states/serbia/"]').click();
      const follow = page.locator('a', { hasText: 'Follow Serbia’s statements' });
      expect(await inView(follow)).toBe(true);
      await follow.click();
      await page.waitForURL(/\/states\/serbia\/feed\.xml$/);
      // The XSL stylesheet turns the feed into a page with a heading and its items as links.
      await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      expect(await page.locator('a').count()).toBeGreaterThan(3);
      return {
        actions: 3,
        answer: 'yes: the feed styled as a page, its link at the top of Serbia’s page',
      };
    });
  });

  it('14. The open data: Data in the header; licence and exports on the first screen', async () => {
    await task('the open data', {}, async (page) => {
      await home(page);
      await page.locator('.site-nav a', { hasText: 'Data' }).click();
      await page.waitForURL(/\/data\/$/);
      const text = await screenText(page);
      expect(text).toMatch(/CC BY-SA 4\.0/);
      expect(text).toContain('international-recognition-of-kosovo.txt');
      // The list of exports follows the licence and the sources, a screen further down.
      const exportsTop = await page
        .locator('main a[href$="states.json"]')
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
      expect(exportsTop).toBeLessThan(2 * 800);
      return {
        actions: 1,
        answer:
          'yes: licence CC BY-SA 4.0 and each source (retrieval date: not recorded); exports one screen down',
      };
    });
  });
});
