/**
 * Pages review 9 in headless Chromium at 390: every table fits the phone's screen, so no column is
 * hidden in a sideways scroll with nothing saying it scrolls (#9: the home status table hid "Not
 * recognised" and "Total", the /data/ field tables what each field means, /kosovo/'s memberships
 * the source).
 */
import { describe, expect, it } from 'vitest';
import { openPage, servedSite } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';

assertBuilt();
const site = servedSite(distDir, basePath);
const PHONE = { width: 390, height: 844 };
// Every page with a table of its own, and pages whose tables a component draws.
const PAGES = [
  '',
  'data/',
  'kosovo/',
  'counts/',
  'states/',
  'withdrawals/',
  'about/',
  'organisations/united-nations/',
];

describe('tables at 390 px (pages review 9, #9)', () => {
  for (const path of PAGES) {
    it(`/${path}: every row's last cell is inside the screen`, async () => {
      await openPage(site, path, PHONE, async (page) => {
        const cells = await page.$$eval('main table', (tables) =>
          tables.flatMap((table, t) =>
            [...table.querySelectorAll('tr')].flatMap((tr, r) => {
              const last = tr.lastElementChild;
              if (!last) return [];
              const box = last.getBoundingClientRect();
              // A cell drawn with no box is hidden on purpose (a stacked table's column heads).
              if (box.width === 0 || box.height === 0) return [];
              return [{ at: `table ${t} row ${r}`, left: box.left, right: box.right }];
            }),
          ),
        );
        expect(cells.length).toBeGreaterThan(0);
        const out = cells.filter((c) => c.left < 0 || c.right > PHONE.width + 0.5);
        expect(out.map((c) => `${c.at}: ${Math.round(c.left)}–${Math.round(c.right)}`)).toEqual([]);
      });
    });
  }
});
