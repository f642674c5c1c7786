// The client over a stand-in for Pagefind's browser module, written to a folder as pagefind.js:
// the same dynamic import the page makes, with results the test chooses.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadSearchIndex,
  RANKING,
  type SearchIndex,
} from '../../../../src/scripts/search/pagefindClient';

// Pages by id: title, aliases and excerpt. Each search answers with the pages whose excerpt, title
// or aliases hold the term's first word, in this order, and records what it was asked.
const FAKE_PAGEFIND = `
const pages = [
  { id: 'ukraine', title: 'Ukraine', aliases: '', excerpt: '<mark>Ukraine</mark> said so' },
  { id: 'uk', title: 'United Kingdom', aliases: 'UK, Britain', excerpt: 'the <mark>UK</mark> said' },
  { id: 'talks', title: 'Talks', aliases: '', excerpt: 'the <mark>green</mark> light for talks' },
  { id: 'mejlis', title: 'Mejlis', aliases: '', excerpt: 'the <mark>Crimean</mark> Tatars' },
  { id: 'russia', title: 'Russia', aliases: '', excerpt: 'it took <mark>Crimea</mark>' },
];
export const calls = { options: [], init: 0, search: [], filters: 0 };
const hit = (p) => ({
  id: p.id,
  score: 1,
  data: async () => ({
    url: '/' + p.id + '/',
    excerpt: p.excerpt,
    meta: { title: p.title, aliases: p.aliases },
    filters: {},
    sub_results: [],
  }),
});
export async function options(o) { calls.options.push(o); }
export async function init() { calls.init += 1; }
export async function filters() { calls.filters += 1; return { status: { Recognised: 2 } }; }
export async function search(term, options) {
  calls.search.push([term, options]);
  if (term === null) return { results: pages.map(hit), unfilteredResultCount: 3, filters: {}, totalFilters: {} };
  // Like Pagefind, a word no page holds falls back to its longest prefix some page holds.
  let word = term.replace(/"/g, '').split(' ')[0].toLowerCase();
  const holds = (w) => pages.filter((p) => (p.excerpt + ' ' + p.title + ' ' + p.aliases).toLowerCase().includes(w));
  while (word.length > 1 && holds(word).length === 0) word = word.slice(0, -1);
  const found = holds(word);
  return { results: found.map(hit), unfilteredResultCount: 3, filters: {}, totalFilters: {} };
}
`;

interface Calls {
  options: Array<Record<string, unknown>>;
  init: number;
  search: Array<[string | null, Record<string, unknown>]>;
  filters: number;
}

let index: SearchIndex;
let fake: { calls: Calls };
const calls = () => fake.calls;
const ids = async (query: string, options = {}) =>
  (await index.search(query, options)).results.map((hit) => hit.id);

beforeAll(async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'site-'));
  mkdirSync(path.join(site, 'pagefind'));
  writeFileSync(path.join(site, 'pagefind', 'pagefind.js'), FAKE_PAGEFIND);
  const base = `${pathToFileURL(site).href}/`;
  index = await loadSearchIndex(base);
  // The same module instance the client imported, so its record of calls is the client's.
  fake = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as { calls: Calls };
  // Later calls share the first load.
  expect(await loadSearchIndex(base)).toBe(index);
  expect(calls().options).toEqual([{ baseUrl: base, excerptLength: 24, ranking: RANKING }]);
  expect(calls().init).toBe(1);
});

describe('loadSearchIndex: Pagefind behind a typed search', () => {
  it('moves a page one of whose names is the query to the front', async () => {
    // Pagefind's order puts Ukraine first for "uk" (a prefix of its name).
    expect(await ids('uk', { plain: true })).toEqual(['ukraine', 'uk']);
    expect(await ids('uk')).toEqual(['uk', 'ukraine']);
  });

  it('puts a page that holds the query word itself before one that holds only a longer word', async () => {
    expect(await ids('crimea', { plain: true })).toEqual(['mejlis', 'russia']);
    expect(await ids('crimea')).toEqual(['russia', 'mejlis']);
  });

  it('reports a word no page contains instead of the shorter word Pagefind stood in', async () => {
    const response = await index.search('greenland', {});
    expect(response.results).toEqual([]);
    expect(response.unmatched).toEqual([{ word: 'greenland', standIn: 'green' }]);
  });

  it('asks for the phrase of a query of two words or more, and passes filters through', async () => {
    calls().search.length = 0;
    await index.search('talks resumed', { filters: { status: { any: ['Recognised'] } } });
    expect(calls().search).toEqual([
      ['talks resumed', { filters: { status: { any: ['Recognised'] } } }],
      ['"talks resumed"', { filters: { status: { any: ['Recognised'] } } }],
    ]);
  });

  it('browses by filters alone with no words, and keeps a sorted list in date order', async () => {
    calls().search.length = 0;
    expect(await ids('')).toEqual(['ukraine', 'uk', 'talks', 'mejlis', 'russia']);
    expect(await ids('uk', { sort: { date: 'desc' } })).toEqual(['ukraine', 'uk']);
    expect(calls().search).toEqual([
      [null, {}],
      ['uk', { sort: { date: 'desc' } }],
    ]);
  });

  it('loads the filter values once, on first asking', async () => {
    expect(calls().filters).toBe(0);
    expect(await index.allFilters()).toEqual({ status: { Recognised: 2 } });
    await index.allFilters();
    expect(calls().filters).toBe(1);
  });
});
