/**
 * Feeds, data and citations (issue 16): a feed opens in a browser as a readable page (XSL) and is
 * linked near the top of the pages it covers; /data/ is in the header and names the licence and
 * each source; BibTeX keys read as surname (or actor) and year.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';
import { exportedPositions } from '../site/samplePages';

assertBuilt();
const site = servedSite(distDir, basePath);

describe('feeds, data and citations', () => {
  it('a state’s feed opens as a readable page, and is linked from the top of the state page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}states/serbia/`);
      const link = page.locator('main a[href$="states/serbia/feed.xml"]').first();
      const box = await link.boundingBox();
      expect(box!.y).toBeLessThan(800);
      await page.goto(`${site.server.url}states/serbia/feed.xml`);
      expect(await page.locator('h1').textContent()).toContain('Serbia');
      expect(await page.locator('.note').textContent()).toContain('feed reader');
      expect(await page.locator('li a').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('/data/ is in the header and names the licence and every source', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.server.url);
      await page.locator('.site-nav a', { hasText: 'Data' }).click();
      await page.waitForURL(/\/data\/$/);
      const licence = page.locator('#licence + p a[rel~="license"]');
      expect(await licence.textContent()).toContain('CC BY-SA 4.0');
      const sources = JSON.parse(
        readFileSync(path.join(distDir, 'data', 'sources.json'), 'utf8'),
      ) as Array<{ title: string }>;
      const listed = await page.locator('#licence ~ ul li').allTextContents();
      for (const source of sources)
        expect(listed.some((text) => text.includes(source.title))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('BibTeX keys are the speaker’s surname or the actor, and the year', () => {
    const spoken = exportedPositions().find(
      (p) => p.speaker && p.date && /\s/.test(p.speaker.name),
    )!;
    const bib = readFileSync(path.join(distDir, 'cite', `${spoken.id}.bib`), 'utf8');
    const surname = spoken.speaker!.name.split(/\s+/).at(-1)!;
    expect(bib).toMatch(
      new RegExp(
        `^@misc\\{${surname.normalize('NFD').replace(/[^A-Za-z]/g, '')}${spoken.date!.slice(0, 4)},`,
      ),
    );
  });
});
