import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../e2e/harness';
import { assertBuilt, basePath, distDir } from './builtSite';
import { samplePages } from './samplePages';
import { searchFor } from './searchPage';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0–2.2, levels A and AA: the rules the Atlas promises. */
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

beforeAll(() => assertBuilt());
const site = servedSite(distDir, basePath);

// axe arrives as an inline script, which the site's Content-Security-Policy rightly refuses:
// pages under test are opened with bypassCSP (tests/e2e/csp.test.ts checks the policy itself).
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<AxeResults> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    wcagAA,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}) ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`,
    ),
  );
}

// Dark mode follows the system setting, so contrast is checked in both schemes.
const schemes = ['light', 'dark'] as const;

describe('accessibility: axe-core, WCAG 2.2 AA, 0 violations', () => {
  const pages = (() => {
    try {
      return samplePages();
    } catch {
      return []; // reported by the 'sample pages exist' test below
    }
  })();

  it('one page of each type exists to check', () => {
    expect(() => samplePages()).not.toThrow();
  });

  it('the check itself catches a violation (an image without alt, low contrast)', async () => {
    const page = await site.browser.newPage();
    try {
      await page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><p style="color:#777;background:#888">faint</p></main></html>',
      );
      const ids = (await axeViolations(page)).map((violation) => violation.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    } finally {
      await page.close();
    }
  });

  for (const scheme of schemes) {
    for (const sample of pages) {
      it(`${sample.type} (/${sample.path}, ${scheme})`, async () => {
        const page = await site.browser.newPage({ colorScheme: scheme, bypassCSP: true });
        try {
          const response = await page.goto(site.server.url + sample.path, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          expect(await axeViolations(page)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }

    it(`search with results (${scheme})`, async () => {
      const page = await site.browser.newPage({ colorScheme: scheme, bypassCSP: true });
      try {
        const resultCount = await searchFor(page, site.server.url, 'territorial integrity');
        expect(resultCount).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
