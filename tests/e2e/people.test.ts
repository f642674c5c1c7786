/**
 * A page per person who speaks in the sources (issue 16): name, roles as the sources give them,
 * whom they spoke for and their statements; each statement's speaker links to it.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';
import { exportedPositions, relativeToBase } from '../site/samplePages';

assertBuilt();
const site = servedSite(distDir, basePath);

describe('people', () => {
  it('a statement’s speaker links to their page, which lists the statement and their role', async () => {
    const position = exportedPositions().find(
      (p) => p.speaker?.name === 'Alexander Lukashenko' && p.date,
    )!;
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}${relativeToBase(position.url)}`);
      const statement = page.locator('.statement', { has: page.locator(`[id="${position.id}"]`) });
      await statement.locator('.voice a', { hasText: 'Alexander Lukashenko' }).click();
      await page.waitForURL(/\/people\/alexander-lukashenko\/$/);
      expect(await page.locator('h1').textContent()).toBe('Alexander Lukashenko');
      expect(await page.locator('.lead').textContent()).toContain(position.speaker!.role!);
      const links = await page
        .locator('main li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.some((href) => href.endsWith(`#${position.id}`))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
