/**
 * What a reader came for, first and whole (pages review 7 and its re-check), at 1280 × 800 and on
 * a 390 px phone: Mali's latest word, placed only "after August 2012", on its first screen; Russia's
 * latest statement quoted to its end, not cut before what was cited; the claim that Mali
 * recognises shown on the sentence that says so; each total on /counts/ with its names right under
 * it; a quote in Cyprus's lead said to be whose; on paper, a pointer to another card names it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstScreenText, openPage, servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const WIDTHS = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

const open = (
  path: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
) => openPage(site, path, viewport, run);

describe.each(WIDTHS)('at $name px', ({ viewport }) => {
  it('Mali: its denial, placed after the August 2012 note, is on the first screen (finding 6)', async () => {
    await open('states/mali/', viewport, async (page) => {
      const text = await firstScreenText(page, viewport.height);
      expect(text).toContain('Latest statement: after August 2012.');
      expect(text).toContain(
        'the Presidency of Mali denied recognising Kosovo and claimed that the document was a fabrication.',
      );
    });
  });

  it('Russia: the latest statement is quoted to its end, with what the ministry cited (finding 4)', async () => {
    await open('states/russia/', viewport, async (page) => {
      const quoted = (await page.locator('.latest .words').textContent())!.replace(/\s+/g, ' ');
      expect(quoted).not.toMatch(/cited …/);
      expect(quoted).toMatch(
        /cited Kosovo's declaration and the ICJ decision as evidence that unilateral declarations of independence are not inconsistent with international law \(the Kosovo independence precedent\)\.$/,
      );
      const text = await firstScreenText(page, viewport.height);
      expect(text).toContain('(the Kosovo independence precedent).');
    });
  });

  it('Mali: "Kosovo says Mali recognises Kosovo" rests on the sentence that tells it, not on the reversal alone', async () => {
    await open('states/mali/', viewport, async (page) => {
      const item = page.locator('ul.claims li', {
        hasText: 'Kosovo says Mali recognises Kosovo',
      });
      const quoted = (await item.first().locator('q').textContent())!.replace(/\s+/g, ' ');
      expect(quoted).toBe(
        "On Pacolli's return to Mali to seek clarification on the issue, state leaders promised to reconfirm their recognition.",
      );
      // The reversal is still there, dimmed before it, as the sentence it follows.
      expect(await item.first().locator('.muted').textContent()).toContain(
        'had intervened to reverse the recognition granted by the civilian president.',
      );
    });
  });

  it('Cyprus: the quote its lead leans on is said to be the Foreign Minister’s, as her card says (re-check 7, N5)', async () => {
    await open('states/cyprus/', viewport, async (page) => {
      // The site's pointer goes before "<source> says:", the source's words after (re-check 8, finding 3).
      const latest = (await page.locator('.latest').textContent())!.replace(/\s+/g, ' ');
      expect(latest).toMatch(
        /following the statement by Erato Kozakou-Marcoullis, Cypriot Foreign Minister, of 11 February 2008\. International recognition of Kosovo says: This stance was reiterated/,
      );
      const heading = await page
        .locator('#cyprus-2008-02-11-cypriot-foreign-minister-erato-kozakou')
        .textContent();
      expect(heading).toContain('Erato Kozakou-Marcoullis, Cypriot Foreign Minister');
    });
  });

  it('/counts/: right under each total its names are a link away (finding 9)', async () => {
    await open('counts/', viewport, async (page) => {
      const rows = page.locator('#totals-table tbody tr');
      const stated = async (claimant: string, value: string) => {
        const cell = rows
          .filter({ hasText: claimant })
          .filter({ hasText: value })
          .locator('td.num')
          .first();
        expect((await cell.textContent())!.trim()).toMatch(new RegExp(`^${value}(?!\\d)`));
        const link = cell.locator('.names a');
        const [cellBox, linkBox] = [await cell.boundingBox(), await link.boundingBox()];
        // Right under the count: inside its cell, within two lines of its top.
        expect(linkBox!.y - cellBox!.y).toBeLessThan(60);
        return link.getAttribute('href');
      };
      expect(await stated('Serbia', '84')).toBe(`${basePath}counts/serbia/#view`);
      expect(await stated('Kosovo', '120')).toBe(`${basePath}counts/kosovo/#view`);
      expect(await stated('Third-party sources', '110')).toBe(
        `${basePath}states/?status=recognised#table`,
      );
    });
  });
});

describe('the names a /counts/ total links to', () => {
  it('Serbia’s 84: its view opens with the states it names, on a phone’s first screen', async () => {
    await open('counts/', { width: 390, height: 844 }, async (page) => {
      const link = page
        .locator('#totals-table tbody tr', { hasText: 'Serbia' })
        .filter({ hasText: '84' })
        .locator('.names a');
      await link.click();
      await page.waitForURL(/counts\/serbia\/#view$/);
      const text = await firstScreenText(page, 844);
      expect(text).toMatch(/Serbia names \d+ states whose status differs from the article’s: \S/);
    });
  });

  it('the article’s 110: the states table, filtered to those recognising, shows 110 UN members', async () => {
    await open('counts/', { width: 1280, height: 800 }, async (page) => {
      await page
        .locator('#totals-table tbody tr', { hasText: 'Third-party sources' })
        .locator('.names a')
        .click();
      await page.waitForURL(/states\/\?status=recognised#table$/);
      const rows = await page.locator('#states-table tbody tr').evaluateAll((rows) =>
        rows
          .filter((r) => (r as HTMLElement).offsetParent !== null)
          .map((r) => ({
            status: r.getAttribute('data-status'),
            other: /non-UN table/.test(r.textContent ?? ''),
          })),
      );
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['recognised']));
      // The entities outside the UN are marked as such in the table; the UN members are the 110.
      expect(rows.filter((r) => !r.other)).toHaveLength(110);
    });
  });
});

describe('on paper', () => {
  it('a pointer to another card prints that card’s heading, so it names a place (finding 6, print)', async () => {
    await open('states/cyprus/', { width: 1280, height: 800 }, async (page) => {
      const target = 'cyprus-2008-02-11-cypriot-foreign-minister-erato-kozakou';
      const pointer = page.locator(`.statement a.at[href="#${target}"]`).first();
      const after = () => pointer.evaluate((a) => getComputedStyle(a, '::after').content);
      // On screen it is a link and no more.
      expect(await after()).toBe('none');
      await page.emulateMedia({ media: 'print' });
      expect(await after()).toBe(
        '" (under “11 February 2008 — Erato Kozakou-Marcoullis, Cypriot Foreign Minister”)"',
      );
      expect(await pointer.getAttribute('data-at')).toBe(
        '11 February 2008 — Erato Kozakou-Marcoullis, Cypriot Foreign Minister',
      );
      // The place it names is the heading printed on that card.
      expect((await page.locator(`#${target}`).textContent())!.trim()).toBe(
        '11 February 2008 — Erato Kozakou-Marcoullis, Cypriot Foreign Minister',
      );
    });
  });
});
