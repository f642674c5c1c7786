/**
 * A 390 px phone (issue 16): no built page is wider than the screen, every navigation item is on
 * screen (the list wraps instead of scrolling sideways, which hid all after "Tim…"), and the
 * timeline's labels are at least 11 px.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir, htmlFiles } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const PHONE = { width: 390, height: 844 };

describe('on a phone', () => {
  it('no built page is wider than the phone (all of them, not a sample)', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      const files = htmlFiles();
      expect(files.length).toBeGreaterThan(300);
      const wide: string[] = [];
      for (const file of files) {
        await page.goto(`${site.server.url}${file.replace(/index\.html$/, '')}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) wide.push(`${file}: ${width} px`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);

  it('every navigation item, /data/ included, is within the screen', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}states/belarus/`);
      const items = await page.$$eval('.site-nav a', (links) =>
        links.map((a) => {
          const box = a.getBoundingClientRect();
          return {
            text: a.textContent?.trim() ?? '',
            left: box.left,
            right: box.right,
            top: box.top,
          };
        }),
      );
      expect(items.map((i) => i.text)).toContain('Data');
      const off = items.filter((i) => i.left < 0 || i.right > PHONE.width || i.top > PHONE.height);
      expect(off).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the timeline’s labels are at least 11 px tall, and the page no wider than the phone', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}timeline/`);
      const sizes = await page.$$eval('.kra-timeline svg text', (texts) =>
        texts.map((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!;
          // Drawn size: the font size in the drawing times the drawing's scale on screen.
          return (
            parseFloat(getComputedStyle(t).fontSize) *
            (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width)
          );
        }),
      );
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    } finally {
      await context.close();
    }
  });
});
