/**
 * Three reader journeys end to end in headless Chromium against the production build, each
 * leaving a screenshot in test-output/ (not committed) to look at when one fails.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Position, State } from '../../src/schemas';
import { launchBrowser, startServer, type RunningServer } from './harness';
import { assertBuilt, basePath, distDir, repoRoot } from '../site/builtSite';
import {
  exportedPositions,
  exportedStates,
  nonRecognisingStateWithQuotes,
  relativeToBase,
} from '../site/samplePages';

const screenshotDir = path.join(repoRoot, 'test-output');

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  mkdirSync(screenshotDir, { recursive: true });
  server = await startServer(distDir, basePath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return page;
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
}

/** Whether the element's box overlaps the viewport (the reader sees it without scrolling). */
function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

/** Escapes an id for a CSS `#id` selector (ids derived from content may start with a digit). */
const byId = (id: string): string => `[id="${id.replace(/"/g, '\\"')}"]`;

/** A quote long enough to be distinctive, cut to its first words (what a reader remembers). */
function memorableWords(quote: string): string {
  return quote
    .replace(/[[\]“”"]/g, '')
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
}

function pickQuotedPosition(): { state: State; position: Position } {
  const choice = nonRecognisingStateWithQuotes();
  if (choice === undefined)
    throw new Error('No non-recognising state with a quoted statement in dist/data');
  return choice;
}

describe('journeys', () => {
  it('1. browse: home → states table → a non-recognising state → its reasons and source link', async () => {
    const { state } = pickQuotedPosition();
    await openPage();
    await page.goto(server.url);
    await page.locator(`a[href="${basePath}states/"]`).first().click();
    await page.waitForURL(`${server.url}states/`);

    // The table row of the state, by its link, names its status in words.
    const stateHref = new URL(state.url, server.origin).pathname;
    const row = page.locator('table tr', { has: page.locator(`a[href="${stateHref}"]`) }).first();
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.innerText()).toLowerCase()).toMatch(/not recognis/);
    await row.locator(`a[href="${stateHref}"]`).first().click();
    await page.waitForURL(server.origin + stateHref);

    await expect.poll(() => page.locator('h1').innerText()).toContain(state.name);
    const main = page.locator('main');
    expect((await main.innerText()).toLowerCase()).toMatch(/not recognis/);
    // Its reasons: the statements, each a card (a quote its text shows whole is not set apart
    // again in a block quote: pages review 8, #4).
    expect(await main.locator('article.statement').count()).toBeGreaterThan(0);

    // A source link leads to the cited passage of the source article.
    const sourceLink = main.locator(`a[href*="${basePath}sources/"][href*="#"]`).first();
    const sourceHref = await sourceLink.getAttribute('href');
    expect(sourceHref).toBeTruthy();
    await sourceLink.click();
    const fragment = decodeURIComponent(new URL(sourceHref!, server.url).hash.slice(1));
    await page.waitForURL((url) => url.pathname.startsWith(`${basePath}sources/`));
    const cited = page.locator(byId(fragment));
    await expect.poll(() => cited.count()).toBe(1);
    expect(await isInViewport(cited)).toBe(true);
    await screenshot('journey-1-browse');
  });

  it('2. search quotes: type words from a quote → open the result → land on that statement', async () => {
    const { state, position } = pickQuotedPosition();
    const words = memorableWords(position.quotes[0]!.text);
    await openPage();
    await page.goto(server.url);
    const field = page.locator('header form[role="search"] input[name="q"]').first();
    await field.fill(words);
    await field.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === `${basePath}search/` && url.searchParams.get('q') === words,
    );

    // A result (or sub-result) that links to the statement's own anchor on the state page.
    const stateHref = new URL(state.url, server.origin).pathname;
    const result = page.locator(`main a[href*="${stateHref}#${position.id}"]`).first();
    await result.waitFor({ state: 'visible', timeout: 15_000 });
    await result.click();

    await page.waitForURL(
      (url) => url.pathname === stateHref && decodeURIComponent(url.hash) === `#${position.id}`,
    );
    const statement = page.locator(byId(position.id));
    expect(await isInViewport(statement)).toBe(true);
    await screenshot('journey-2-search');
  });

  it('3. deep link: /states/<id>/#<position> → the statement is in view and marked', async () => {
    // The last statement of the state with the most statements: far down its page.
    const positions = new Map(exportedPositions().map((position) => [position.id, position]));
    const state = [...exportedStates()].sort(
      (a, b) => b.positions.length - a.positions.length || a.id.localeCompare(b.id),
    )[0];
    expect(state, 'a state with statements').toBeDefined();
    const positionId = state!.positions.at(-1)!;
    expect(positions.get(positionId)?.url).toContain(`#${positionId}`);

    await openPage();
    await page.goto(`${server.url}${relativeToBase(state!.url)}#${positionId}`);
    const statement = page.locator(byId(positionId));
    await statement.waitFor({ state: 'attached' });
    expect(await isInViewport(statement)).toBe(true);
    expect(await statement.evaluate((element) => element.matches(':target'))).toBe(true);

    // "Marked": the target statement (or the block holding it) looks different from another one.
    const otherId = state!.positions.find((id) => id !== positionId);
    if (otherId !== undefined) {
      const look = (id: string): Promise<string> =>
        page.locator(byId(id)).evaluate((element) => {
          const styles: string[] = [];
          for (
            let node: Element | null = element, depth = 0;
            node !== null && depth < 4;
            node = node.parentElement, depth += 1
          ) {
            const style = getComputedStyle(node);
            styles.push(
              [
                style.backgroundColor,
                style.outlineStyle,
                style.outlineColor,
                style.boxShadow,
                style.borderLeftWidth,
                style.borderLeftColor,
              ].join('|'),
            );
          }
          return styles.join(' / ');
        });
      expect(await look(positionId)).not.toBe(await look(otherId));
    }
    await screenshot('journey-3-deep-link');
  });
});
