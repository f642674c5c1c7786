/**
 * Reader views of issue 11 in headless Chromium against the production build: the counts page's
 * switch (with and without JavaScript), shareable filtered tables and their CSV, copying a
 * citation, both feeds, keyboard access to the states filters and phone width.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Event, Position, State } from '../../src/schemas';
import { launchBrowser, startServer, type RunningServer } from './harness';
import { assertBuilt, basePath, distDir } from '../site/builtSite';
import {
  exportedPositions,
  exportedStates,
  nonRecognisingStateWithQuotes,
  relativeToBase,
  samplePages,
} from '../site/samplePages';
import { csvRecords, firstField } from '../../src/scripts/views/csvView';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await startServer(distDir, basePath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(distDir, 'data', name), 'utf8')) as T;

async function withPage<T>(
  run: (page: Page) => Promise<T>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const visibleRowIds = (page: Page) =>
  page.$$eval('#states-table tbody tr', (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.id ?? ''),
  );

describe('why the counts differ', () => {
  const states = exportedStates();
  const claims = readJson<Claim[]>('claims.json');
  // Serbia's view: the states it says withdrew count as withdrawn, all others as the article has them.
  const serbiaWithdrew = new Set(
    claims.filter((c) => c.claimant.id === 'serbia' && c.what === 'withdrew').map((c) => c.subject),
  );
  const unMembers = states.filter((s) => s.kind === 'un-member' && s.id !== 'kosovo');
  const articleRecognised = unMembers.filter((s) => s.status === 'recognised').length;
  const serbiaRecognised = unMembers.filter(
    (s) => s.status === 'recognised' && !serbiaWithdrew.has(s.id),
  ).length;

  it('the switch redraws the totals and the map, follows in the URL and Back returns', async () => {
    expect(serbiaRecognised).toBeLessThan(articleRecognised);
    await withPage(async (page) => {
      await page.goto(`${server.url}counts/`);
      const recognised = page.locator('#count-view [data-count="recognised"]');
      const caption = page.locator('#count-view figcaption');
      expect(Number(await recognised.textContent())).toBe(articleRecognised);
      const captionBefore = await caption.textContent();
      await page.getByRole('link', { name: 'As Serbia counts' }).click();
      await expect.poll(() => recognised.textContent()).toBe(String(serbiaRecognised));
      expect(page.url()).toContain('/counts/serbia/');
      expect(await page.locator('#view-title').textContent()).toBe('As Serbia counts');
      expect(await caption.textContent()).not.toBe(captionBefore);
      await page.goBack();
      await expect.poll(() => recognised.textContent()).toBe(String(articleRecognised));
    });
  });

  it('without JavaScript the switch is links to static views', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${server.url}counts/`);
        await page.getByRole('link', { name: 'As Serbia counts' }).click();
        await page.waitForURL(/\/counts\/serbia\/$/);
        expect(
          Number(await page.locator('#count-view [data-count="recognised"]').textContent()),
        ).toBe(serbiaRecognised);
        expect(await page.locator('.view-switch [aria-current="page"]').textContent()).toBe(
          'As Serbia counts',
        );
        // Every state Serbia names as withdrawn is listed in the disputed table with Serbia's claim.
        const rows = await page.$$eval('#disputed-table tbody tr', (trs) =>
          trs.map((tr) => tr.id.replace(/^state-/, '')),
        );
        for (const id of serbiaWithdrew) expect(rows).toContain(id);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('shareable /states/ views', () => {
  const states = exportedStates();
  const query = 'status=not-recognised&org=oic&sort=date';
  const expected = states
    .filter((s) => s.status === 'not-recognised' && s.organisations.includes('oic'))
    .map((s) => s.id);

  it('a filtered URL opened in a new page shows the same rows, and Back restores the previous view', async () => {
    expect(expected.length).toBeGreaterThan(0);
    const first = await withPage(async (page) => {
      await page.goto(`${server.url}states/?${query}`);
      expect(await page.locator('select[data-filter="status"]').inputValue()).toBe(
        'not-recognised',
      );
      const ids = await visibleRowIds(page);
      expect([...ids].sort()).toEqual([...expected].sort());
      expect(await page.locator('th[data-sort="date"]').getAttribute('aria-sort')).toBe(
        'ascending',
      );
      // A further filter goes into the URL; Back returns to the shared view.
      await page.selectOption('select[data-filter="status"]', 'recognised');
      expect(page.url()).toContain('status=recognised&org=oic');
      await page.goBack();
      await expect
        .poll(() => page.locator('select[data-filter="status"]').inputValue())
        .toBe('not-recognised');
      expect(await visibleRowIds(page)).toEqual(ids);
      return ids;
    });
    const second = await withPage(async (page) => {
      await page.goto(`${server.url}states/?${query}`);
      return visibleRowIds(page);
    });
    expect(second).toEqual(first);
  });

  it('sorting by withdrawal date puts dated withdrawals first, in date order', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}states/?status=withdrawn`);
      await page.locator('th[data-sort="withdrawal"] button').click();
      expect(page.url()).toContain('sort=withdrawal');
      const keys = await page.$$eval('#states-table tbody tr:not([hidden])', (rows) =>
        rows.map((r) => (r as HTMLElement).dataset.withdrawal ?? ''),
      );
      const dated = keys.filter(Boolean);
      expect(dated.length).toBeGreaterThan(0);
      expect(keys.slice(0, dated.length)).toEqual([...dated].sort());
    });
  });

  it('the CSV of a filtered view has exactly its rows, with the export’s columns', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${server.url}states/?${query}`);
        const ids = await visibleRowIds(page);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: /Download these rows/ }).click(),
        ]);
        const file = await download.path();
        const records = csvRecords(readFileSync(file, 'utf8'));
        const header = readFileSync(path.join(distDir, 'data', 'states.csv'), 'utf8').split(
          '\r\n',
        )[0];
        expect(records[0]).toBe(header);
        expect(records.slice(1).map(firstField)).toEqual(ids);
        // Named after the view, with URLs that work away from the site.
        expect(download.suggestedFilename()).toMatch(/^kosovo-atlas-states-.+\.csv$/);
        for (const record of records.slice(1))
          // The page's URL, then any columns added after it (the status basis).
          expect(record).toMatch(new RegExp(`,${server.origin}${basePath}states/[^,]+/(?:,|$)`));
      },
      { acceptDownloads: true },
    );
  });

  it('/positions/ keeps its filters in the URL too', async () => {
    const positions = exportedPositions();
    const year = positions.find((p) => p.year !== null)!.year!;
    const expectedIds = positions
      .filter((p) => p.year === year && p.actor.type === 'state')
      .map((p) => p.id);
    await withPage(async (page) => {
      await page.goto(`${server.url}positions/?year=${year}&actor=state`);
      const ids = await page.$$eval('div[data-id]', (els) =>
        els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.id),
      );
      expect([...ids].sort()).toEqual([...expectedIds].sort());
    });
  });

  it('the timeline list filters by kind and year from the URL', async () => {
    const events = readJson<Event[]>('events.json');
    const withdrawals = events
      .filter((e) => e.kind === 'withdrawal' || e.kind === 'reversal')
      .map((e) => e.id);
    await withPage(async (page) => {
      await page.goto(`${server.url}timeline/?kind=withdrawals`);
      const ids = await page.$$eval('.timeline li[data-id]', (els) =>
        els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.id),
      );
      expect([...ids].sort()).toEqual([...withdrawals].sort());
      expect(await page.locator('#timeline-count').textContent()).toContain(
        `Showing ${withdrawals.length} of`,
      );
    });
  });
});

describe('citations', () => {
  it('a citation copied from a statement contains its anchor URL', async () => {
    const choice = nonRecognisingStateWithQuotes();
    if (!choice) throw new Error('no state with a quoted statement');
    const { state, position } = choice;
    await withPage(
      async (page) => {
        await page.goto(`${server.url}${relativeToBase(state.url)}`);
        const statement = page.locator('.statement', {
          has: page.locator(`[id="${position.id}"]`),
        });
        // "Cite" is one small control; opening it fetches the BibTeX and CSL-JSON files into it.
        await statement.locator('.cite summary').click();
        await expect
          .poll(() => statement.locator('pre[data-cite="BibTeX"]').textContent())
          .toContain(`#${position.id}`);
        await statement.getByRole('button', { name: 'Copy BibTeX' }).click();
        await expect
          .poll(() => statement.locator('.cite [role="status"]').first().textContent())
          .toBe('Copied');
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toContain(
          new URL(`${basePath}${relativeToBase(state.url)}#${position.id}`, 'http://x').pathname,
        );
        await expect
          .poll(() => statement.locator('pre[data-cite="CSL-JSON"]').textContent())
          .toContain(`"URL": "`);
        await statement.getByRole('button', { name: 'Copy CSL-JSON' }).click();
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()))
          .toContain(`#${position.id}`);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('each statement links its citation file instead of repeating the citation, and a state page loads no script but the deferred statements script', async () => {
    const choice = nonRecognisingStateWithQuotes()!;
    const html = readFileSync(
      path.join(distDir, relativeToBase(choice.state.url), 'index.html'),
      'utf8',
    );
    expect(html).toContain(`cite/${choice.position.id}.bib"`);
    expect(html).not.toContain('data-cite="reference"');
    expect(html).not.toContain('Kosovo Recognition Atlas. Retrieved');
    const bib = readFileSync(path.join(distDir, 'cite', `${choice.position.id}.bib`), 'utf8');
    expect(bib).toMatch(new RegExp(`url = \\{[^}]*#${choice.position.id}\\}`));
    const csl = JSON.parse(
      readFileSync(path.join(distDir, 'cite', `${choice.position.id}.json`), 'utf8'),
    ) as Array<{ URL: string }>;
    expect(csl[0]!.URL).toContain(`${relativeToBase(choice.state.url)}#${choice.position.id}`);
    const statePages = exportedStates().map((s) =>
      path.join(distDir, relativeToBase(s.url), 'index.html'),
    );
    // The statements' enhancements are one deferred file (src/pages/statements.js.ts): inlined,
    // they weighed 1 kB gzipped on every state page's first load; deferred, the page paints first.
    const otherScripts = statePages.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\ssrc=[^>]*>/gi)]
        .map((m) => m[0])
        .filter((tag) => !/\ssrc="[^"]*\/statements\.js"/.test(tag) || !/\sdefer\b/.test(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(otherScripts).toEqual([]);
  });
});

describe('feeds', () => {
  type FeedItem = { title: string; link: string; pubDate: number };
  const readFeed = (page: Page, url: string) =>
    page.evaluate(async (href) => {
      const text = await (await fetch(href)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          pubDate: Date.parse(item.querySelector('pubDate')?.textContent ?? ''),
        })),
      };
    }, url);

  const positions: Position[] = exportedPositions();
  const events = readJson<Event[]>('events.json');

  it('the site feed is well-formed RSS with every dated statement and event, newest first, advertised on pages', async () => {
    await withPage(async (page) => {
      await page.goto(server.url);
      const advertised = await page.getAttribute(
        'link[rel="alternate"][type="application/rss+xml"]',
        'href',
      );
      expect(advertised).toBe(`${basePath}feed.xml`);
      const feed = await readFeed(page, `${server.url}feed.xml`);
      expect(feed.error).toBeNull();
      expect(feed.root).toBe('rss');
      expect(feed.items).toHaveLength(
        positions.filter((p) => p.date).length + events.filter((e) => e.date).length,
      );
      const dates = feed.items.map((i: FeedItem) => i.pubDate);
      expect(dates.every(Number.isFinite)).toBe(true);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      for (const item of feed.items.slice(0, 20)) {
        const response = await page.request.get(
          item.link
            .replace(/#.*$/, '')
            .replace(/^https?:\/\/[^/]+\//, server.url.replace(basePath, '/')),
        );
        expect(response.status(), item.link).toBe(200);
      }
    });
  });

  it('a state’s feed holds its own statements and the events about it, and its page advertises it', async () => {
    const state: State = nonRecognisingStateWithQuotes()!.state;
    const own = positions
      .filter((p) => p.date && p.actor.type === 'state' && p.actor.id === state.id)
      .map((p) => p.id);
    const about = events
      .filter((e) => e.date && e.subject === state.id)
      .map((e) => `event-${e.id}`);
    await withPage(async (page) => {
      await page.goto(`${server.url}${relativeToBase(state.url)}`);
      const hrefs = await page.$$eval('link[rel="alternate"]', (links) =>
        links.map((l) => l.getAttribute('href')),
      );
      const feedPath = `${basePath}${relativeToBase(state.url)}feed.xml`;
      expect(hrefs).toContain(feedPath);
      const feed = await readFeed(page, feedPath);
      expect(feed.error).toBeNull();
      const fragments = feed.items.map((i: FeedItem) => i.link.split('#')[1]);
      expect([...fragments].sort()).toEqual([...own, ...about].sort());
    });
  });
});

describe('keyboard and phone', () => {
  it('/states/ reaches its filters within 5 key presses (Tab, Tab, Enter on the skip link, Tab)', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}states/`);
      let presses = 0;
      let inFilters = false;
      while (presses < 5 && !inFilters) {
        await page.keyboard.press('Tab');
        presses += 1;
        const focused = await page.evaluate(() => ({
          text: document.activeElement?.textContent?.trim() ?? '',
          inFilters: Boolean(document.activeElement?.closest('#state-filters')),
        }));
        inFilters = focused.inFilters;
        if (focused.text.startsWith('Skip to the filters')) {
          await page.keyboard.press('Enter');
          presses += 1;
        }
      }
      expect(inFilters).toBe(true);
      expect(presses).toBeLessThanOrEqual(5);
    });
  });

  it('the map takes at most one tab stop', async () => {
    for (const pagePath of ['', 'states/'])
      await withPage(async (page) => {
        await page.goto(`${server.url}${pagePath}`);
        const stops = await page.$$eval(
          '.kra-status-map a, .kra-status-map [tabindex], .kra-status-map button',
          (els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0).length,
        );
        expect(stops, pagePath || 'home').toBeLessThanOrEqual(1);
      });
  });

  it('no page is wider than a 390 px phone, and the header stays under a fifth of the screen', async () => {
    const paths = [...samplePages().map((p) => p.path), 'timeline/', 'sources/'];
    await withPage(
      async (page) => {
        for (const pagePath of new Set(paths)) {
          await page.goto(`${server.url}${pagePath}`);
          const size = await page.evaluate(() => ({
            width: document.documentElement.scrollWidth,
            header: document.querySelector('.site-header')!.getBoundingClientRect().height,
          }));
          expect(size.width, pagePath).toBeLessThanOrEqual(390);
          expect(size.header, pagePath).toBeLessThan(844 / 5);
          // The map legend is enlarged on phones: its text is at least 10 px tall.
          const legend = await page.$$eval('.kra-status-map .kra-legend text', (texts) =>
            texts.map((t) => t.getBoundingClientRect().height),
          );
          for (const height of legend)
            expect(height, `${pagePath} legend`).toBeGreaterThanOrEqual(10);
        }
      },
      { viewport: { width: 390, height: 844 } },
    );
  });
});

describe('withdrawals, data page and the home page link', () => {
  const html = (pagePath: string) =>
    readFileSync(path.join(distDir, pagePath, 'index.html'), 'utf8');

  it('the withdrawals table has one row per reported withdrawal with its dates', async () => {
    const withdrawn = exportedStates().filter((s) => s.withdrawal);
    await withPage(async (page) => {
      await page.goto(`${server.url}withdrawals/`);
      const rows = await page.$$eval('#withdrawals-table tbody tr', (trs) =>
        trs.map((tr) => ({
          id: tr.id.replace(/^state-/, ''),
          withdrew:
            tr.querySelectorAll('td')[2]?.querySelector('time')?.getAttribute('datetime') ?? null,
        })),
      );
      expect(rows.map((r) => r.id).sort()).toEqual(withdrawn.map((s) => s.id).sort());
      for (const state of withdrawn)
        expect(rows.find((r) => r.id === state.id)?.withdrew).toBe(state.withdrawal!.date);
      // Dated withdrawals first, oldest first.
      const dates = rows.map((r) => r.withdrew).filter((d): d is string => d !== null);
      expect(rows.slice(0, dates.length).map((r) => r.withdrew)).toEqual([...dates].sort());
    });
  });

  it('the data page links every export and lists every field of its schema', () => {
    const page = html('data');
    const files = [
      'states',
      'positions',
      'organisations',
      'claims',
      'events',
      'figures',
      'sources',
    ];
    for (const file of [
      ...files.map((f) => `${f}.json`),
      'states.csv',
      'positions.csv',
      'organisations.csv',
      'schema.json',
      'report.json',
    ]) {
      expect(page).toContain(`href="${basePath}data/${file}"`);
    }
    const schema =
      readJson<Record<string, { items: { properties: Record<string, unknown> } }>>('schema.json');
    for (const file of files) {
      for (const field of Object.keys(schema[`${file}.json`]!.items.properties))
        expect(page, `${file}.${field}`).toContain(`<code>${field}</code>`);
    }
  });

  it('the home page’s figures link to the counts page, and /states/ to the withdrawals', () => {
    const home = html('');
    const figures = home.slice(home.indexOf('id="figures"'), home.indexOf('id="explore"'));
    expect(figures).toContain(`href="${basePath}counts/"`);
    expect(html('states')).toContain(`href="${basePath}withdrawals/"`);
  });
});

describe('related articles', () => {
  it('the relations article a state’s row names links out to the encyclopedia, marked external', () => {
    const state = exportedStates().find((s) => s.relatedArticle);
    if (!state?.relatedArticle) throw new Error('no state names a relations article');
    const html = readFileSync(path.join(distDir, relativeToBase(state.url), 'index.html'), 'utf8');
    const title = state.relatedArticle;
    const link = new RegExp(
      `<a href="(https://[^"]+)" rel="external">${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a> <span class="muted"[^>]*>\\(external`,
    );
    const match = link.exec(html);
    expect(match?.[1]).toMatch(
      new RegExp(
        `/${encodeURIComponent(title.replace(/ /g, '_')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
  });
});
