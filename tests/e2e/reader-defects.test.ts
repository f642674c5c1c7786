/**
 * Reader-facing defects from the independent page review (issue 16), each checked in Chromium
 * against the production build: a source link to a long scraped line shows the sentence it cites,
 * not the line's start.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);

describe('source links to long lines', () => {
  it('land on the cited sentence of Kosovo–Russia relations line 24 (5,000 characters)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}states/russia/`);
      const statement = page.locator('.statement', {
        hasText: 'Declaration of Independence of the Republic of Crimea',
      });
      await statement
        .locator('.statement-tools a', { hasText: 'Kosovo–Russia relations, line 24' })
        .click();
      await page.waitForURL(/\/sources\/kosovo-russia-relations\//);
      // The sentence that supports "March 2014" is thousands of characters into the line.
      const sentence = 'In March 2014, Russia used';
      await expect
        .poll(() =>
          page.evaluate((words) => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf(words);
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + words.length);
              const box = range.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= window.innerHeight;
            }
            return null;
          }, sentence),
        )
        .toBe(true);
      // The line's start, where a bare #L24 lands, is out of view.
      expect(
        await page.evaluate(() => document.getElementById('L24')!.getBoundingClientRect().top),
      ).toBeLessThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('source article headings', () => {
  it('are no smaller than the text they head (the letter headings of the recognition tables)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}sources/international-recognition-of-kosovo/`);
      const sizes = await page.$$eval('.source-text :is(h2, h3, h4, h5, h6)', (headings) =>
        headings.map((h) => ({
          text: (h as HTMLElement).innerText.trim(),
          size: parseFloat(getComputedStyle(h).fontSize),
          body: parseFloat(getComputedStyle(h.parentElement!).fontSize),
        })),
      );
      expect(sizes.map((s) => s.text)).toContain('S');
      expect(sizes.filter((s) => s.size < s.body)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the printed page (pages review 4, finding 14)', () => {
  it('leaves out the jump links and the badge legend, which are of no use on paper', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}states/serbia/`);
      const shown = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((e) => getComputedStyle(e).display !== 'none');
      // On screen both are there, so the print check below is not vacuous.
      expect(await shown('nav.contents')).toBe(true);
      expect(await shown('.voice-legend')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await shown('nav.contents')).toBe(false);
      expect(await shown('.voice-legend')).toBe(false);
      // The statements themselves still print.
      expect(await shown('.statement')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
