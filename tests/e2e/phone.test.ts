/**
 * A 390 px phone (issue 16): no built page is wider than the screen, every navigation item is on
 * screen (the list wraps instead of scrolling sideways, which hid all after "Tim…"), and the
 * timeline's labels are at least 11 px; the states table reads row by row without a sideways scroll.
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

  for (const javaScriptEnabled of [true, false]) {
    it(`the states table needs no sideways scroll, and each row labels its cells (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.url}states/`);
        const wrap = await page.$eval('#states-table', (table) => {
          const box = table.parentElement!;
          return { scroll: box.scrollWidth, client: box.clientWidth };
        });
        expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
        // A date on one or two lines, not a word a line (as it was in a 7-column table at 390 px).
        const date = await page.$eval('#states-table tr[data-id="benin"] td:nth-child(4)', (td) => {
          const lineHeight = parseFloat(getComputedStyle(td).lineHeight);
          return {
            text: td.textContent ?? '',
            lines: Math.round(td.getBoundingClientRect().height / lineHeight),
          };
        });
        expect(date.text).toContain('11 June 2008');
        expect(date.lines).toBeLessThanOrEqual(2);
        // Each cell names its column, in the header's words.
        const labels = await page.$eval('#states-table', (element) => {
          const table = element as HTMLTableElement;
          const row = table.querySelector<HTMLTableRowElement>('tbody tr[data-id="afghanistan"]')!;
          return [...row.cells].slice(2).map((cell, i) => ({
            header: table.tHead!.rows[0]!.cells[i + 2]!.textContent!.trim(),
            label: getComputedStyle(cell, '::before').content,
          }));
        });
        expect(labels.length).toBe(5);
        for (const { header, label } of labels) expect(label).toBe(`"${header}:\u00a0"`);
        await page.emulateMedia({ media: 'print' });
        expect(await page.$eval('#states-table', (t) => getComputedStyle(t).display)).toBe('table');
      } finally {
        await context.close();
      }
    });
  }
});
