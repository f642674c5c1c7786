/**
 * A filtered /states/ link shared with someone (issue 16): it opens on the filtered view with its
 * count in the status line and the caption, scrolled to the filters; its CSV is named after the
 * view; without JavaScript the page says plainly that the filter is not applied and links to the
 * static views.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';
import { exportedStates } from '../site/samplePages';

assertBuilt();
const site = servedSite(distDir, basePath);
const SHARED = 'states/?region=Africa&status=recognised';

describe('a shared filtered view of /states/', () => {
  const states = exportedStates() as Array<{ region: string | null; status: string }>;
  const expected = states.filter((s) => s.region === 'Africa' && s.status === 'recognised').length;

  it('shows the filtered rows, "N of 204" in the count and the caption, and scrolls to them', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}${SHARED}`);
      const shown = await page.$$eval(
        '#states-table tbody tr',
        (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length,
      );
      expect(shown).toBe(expected);
      const total = states.length;
      expect(await page.locator('#state-count').textContent()).toContain(`${expected} of ${total}`);
      expect(await page.locator('#states-table caption').textContent()).toContain(
        `(${expected} of ${total} rows)`,
      );
      const box = await page.locator('#state-filters').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(800);
    } finally {
      await context.close();
    }
  });

  it('names the view in the page title, as a tab or bookmark shows it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${SHARED}`);
    await page.waitForFunction(() => document.title.startsWith('States:'));
    expect(await page.title()).toBe('States: Recognised, Africa — Kosovo Recognition Atlas');
    await page.selectOption('#state-filters select[data-filter="region"]', '');
    expect(await page.title()).toBe('States: Recognised — Kosovo Recognition Atlas');
    await page.close();
  });

  it('the CSV is named after the view', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}${SHARED}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Download these rows/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kosovo-atlas-states-recognised-africa.csv');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, says the filter needs it and links the static views', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}states/?status=withdrawn`);
      const note = page.locator('main p', { hasText: 'need JavaScript' });
      expect(await note.isVisible()).toBe(true);
      // On the first screen, above the map: the reader learns it before scrolling.
      await page.setViewportSize({ width: 1280, height: 800 });
      const box = await note.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      const hrefs = await note
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`${basePath}withdrawals/`);
      expect(hrefs).toContain(`${basePath}counts/`);
    } finally {
      await context.close();
    }
  });
});
