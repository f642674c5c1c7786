/**
 * Pages review 8 in headless Chromium at 390 and 1280: the /counts/ tables fit the screen with
 * every number whole (#1).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const open = (
  path: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
) => openPage(site, path, viewport, run);

describe('/counts/ tables (pages review 8, #1)', () => {
  for (const viewport of WIDTHS) {
    it(`at ${viewport.width}: no table scrolls sideways and every count is inside the screen`, async () => {
      await open('counts/', viewport, async (page) => {
        const wraps = await page.$$eval('.table-wrap', (els) =>
          els.map((e) => ({ scroll: e.scrollWidth, client: e.clientWidth })),
        );
        expect(wraps.length).toBeGreaterThanOrEqual(2);
        expect(wraps.filter((w) => w.scroll > w.client)).toEqual([]);
        // The number itself: the text before "which states", measured as drawn.
        const cells = await page.$$eval('#totals-table td.num', (tds) =>
          tds.map((td) => {
            const text = td.firstChild!;
            const range = document.createRange();
            range.selectNodeContents(text);
            const box = range.getBoundingClientRect();
            return { text: text.textContent!.trim(), left: box.left, right: box.right };
          }),
        );
        expect(cells.map((c) => c.text)).toContain('110');
        expect(cells.map((c) => c.text)).toContain('120');
        const out = cells.filter((c) => c.left < 0 || c.right > viewport.width);
        expect(out).toEqual([]);
        const links = await page.$$eval('#totals-table .names a', (as) =>
          as.map((a) => a.getBoundingClientRect().right),
        );
        expect(links.length).toBeGreaterThan(0);
        expect(links.filter((r) => r > viewport.width)).toEqual([]);
      });
    });
  }

  it('the states the sources disagree on are linked from the opening paragraph', async () => {
    await open('counts/', WIDTHS[0]!, async (page) => {
      const link = page.locator('.lead a[href="#disputed"]');
      expect(await link.count()).toBe(1);
      const box = await link.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(WIDTHS[0]!.height);
    });
  });
});
