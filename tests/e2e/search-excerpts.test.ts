// What the search index says about the pages, read the way the search page reads it: Pagefind in
// headless Chromium against the production build, for every query of the suite. Excerpts must be
// content only: no control labels, no field label run into its value, no one-letter headings and
// no sentence that many pages repeat word for word.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServer, type RunningServer } from './harness';
import { loadSuite } from '../search-suite/runSuite';
import { RANKING } from '../../src/scripts/search/pagefindClient';

const distDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const base = process.env.ATLAS_BASE ?? '/';

interface Excerpt {
  query: string;
  url: string;
  title: string;
  text: string;
}

/** The text of every <dt> on the indexed pages: the field labels of the facts lists. */
function fieldLabels(): string[] {
  const labels = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind') walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        for (const match of html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>/g))
          labels.add((match[1] ?? '').replace(/<[^>]+>/g, '').trim());
      }
    }
  };
  if (existsSync(distDir)) walk(distDir);
  return [...labels].filter(Boolean);
}

const plain = (excerpt: string): string =>
  excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');

describe('search index excerpts', () => {
  let server: RunningServer;
  let browser: Browser;
  let excerpts: Excerpt[] = [];

  beforeAll(async () => {
    server = await startServer(distDir, base);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const queries = loadSuite().map((entry) => entry.q);
    excerpts = await page.evaluate(
      async ({ bundle, queries, ranking }) => {
        // Built from a string: vitest rewrites a literal import() in test code, even one that runs in the browser.
        interface PagefindData {
          url: string;
          excerpt: string;
          meta: { title?: string };
          sub_results: Array<{ url: string; title: string; excerpt: string }>;
        }
        interface Pagefind {
          options(o: object): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> }>;
        }
        const load = new Function('url', 'return import(url)') as (
          url: string,
        ) => Promise<Pagefind>;
        const pagefind = await load(`${bundle}pagefind.js`);
        await pagefind.options({ excerptLength: 24, ranking });
        await pagefind.init();
        const found: Array<{ query: string; url: string; title: string; text: string }> = [];
        for (const query of queries) {
          const response = await pagefind.search(query);
          for (const hit of response.results.slice(0, 10)) {
            const data = await hit.data();
            found.push({ query, url: data.url, title: data.meta.title ?? '', text: data.excerpt });
            for (const sub of data.sub_results)
              found.push({ query, url: sub.url, title: sub.title, text: sub.excerpt });
          }
        }
        return found;
      },
      { bundle: `${new URL(server.url).pathname}pagefind/`, queries, ranking: RANKING },
    );
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads excerpts for the suite', () => {
    expect(excerpts.length).toBeGreaterThan(100);
  });

  it('has no control labels', () => {
    const controls = excerpts.filter((e) =>
      /\b(Permalink|Copy link|Skip to|Show \d+ more)\b/.test(plain(e.text)),
    );
    expect(controls.map((e) => `${e.url}: ${plain(e.text)}`)).toEqual([]);
  });

  it('separates every field label from its value ("Region: Europe", not "RegionEurope")', () => {
    const labels = fieldLabels();
    expect(labels).toContain('Region');
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A label run into its value meets the value's capital or digit ("RegionEurope", "codeGHA");
    // a label that is the start of a longer word ("Format" in "Formation") is not a fault.
    const runTogether = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${labels.map(escape).join('|')})(?=[\\p{Lu}\\p{N}])`,
      'u',
    );
    const bad = excerpts.filter((e) => runTogether.test(plain(e.text)));
    expect(bad.map((e) => `${e.url}: ${plain(e.text)}`)).toEqual([]);
  });

  it('has no one-letter headings as sub-results', () => {
    const letters = excerpts.filter((e) => e.title.replace(/[^\p{L}\p{N}]/gu, '').length <= 1);
    expect(letters.map((e) => `${e.url} “${e.title}”`)).toEqual([]);
  });

  // Boilerplate is prose a template repeats: eight words in one sentence, the same on five or
  // more pages. Runs with a number are facts that several pages share (the same inferred date
  // interval for states recognised between the same two rows), not boilerplate.
  it('has no boilerplate: no eight-word run of one sentence repeated in the excerpts of five or more pages', () => {
    const pagesByRun = new Map<string, Set<string>>();
    for (const excerpt of excerpts) {
      const page = excerpt.url.split('#')[0]!;
      for (const sentence of plain(excerpt.text)
        .toLowerCase()
        .split(/[.!?;:]\s/)) {
        const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
        for (let i = 0; i + 8 <= words.length; i += 1) {
          const run = words.slice(i, i + 8);
          if (run.some((word) => /\d/.test(word))) continue;
          pagesByRun.set(run.join(' '), (pagesByRun.get(run.join(' ')) ?? new Set()).add(page));
        }
      }
    }
    const repeated = [...pagesByRun]
      .filter(([, pages]) => pages.size >= 5)
      .map(([run, pages]) => `“${run}” on ${pages.size} pages`);
    expect(repeated).toEqual([]);
  });
});
