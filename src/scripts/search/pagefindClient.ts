// Thin typed wrapper over the parts of Pagefind's browser API the search page uses.
// pagefind.js is fetched only by `loadSearchIndex()`, which the page calls when a search
// starts — never on ordinary page views.
import { WORD_ALIASES_FILE } from '../../shared/bundleFiles';
import { applyWordAliases, type WordAliases } from '../../shared/wordAliases';
import {
  exactNameFirst,
  exactWordsFirst,
  isPhraseQuery,
  markedWords,
  phraseHitsFirst,
  unmatchedWords,
} from './ranking';

export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches inside this section. */
  locations?: number[];
  /** Absent for the part of a page before its first heading with an id. */
  anchor?: { element: string; id: string; text?: string };
}

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  /** Word position in the page's indexed text where the element starts. */
  location: number;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
  /** Every element with an id in the indexed region, in document order (line anchors included). */
  anchors?: Anchor[];
  /** Word positions of the matches. */
  locations?: number[];
  /** The page's indexed text, which each excerpt is a window of. */
  content?: string;
}

export interface SearchHit {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchHit[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
  /** Query words no page contains, with the shorter word Pagefind would have matched instead. */
  unmatched?: Array<{ word: string; standIn: string }>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
  /** Pagefind's results as they come, e.g. when only the filter counts are wanted. */
  plain?: boolean;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
}

export interface SearchIndex {
  search: (query: string, options: SearchOptions) => Promise<SearchResponse>;
  /**
   * Every filter value in the index with its page count. Loaded on first call only: the filter
   * files are a few kB a first search need not pay for while the filter panel is closed.
   */
  allFilters: () => Promise<FilterCounts>;
}

/**
 * Pagefind searches page metadata as well as text and boosts a page by the share of the query its
 * metadata covers (squared) times the field's weight. `aliases` holds every name of a state or
 * organisation (src/lib/site/searchNames.ts); weighting it above the title makes a query that is a
 * page's name or code rank that page first, above one whose title merely starts with the same
 * letters ("UK" → United Kingdom, not Ukraine).
 */
export const RANKING = { metaWeights: { title: 5, aliases: 10 } } as const;

let loading: Promise<SearchIndex> | undefined;

/** Loads Pagefind and the word-alias table once; later calls share the same promise. */
export function loadSearchIndex(base: string): Promise<SearchIndex> {
  loading ??= load(base).catch((error: unknown) => {
    loading = undefined; // allow a retry after e.g. a network blip
    throw error;
  });
  return loading;
}

async function load(base: string): Promise<SearchIndex> {
  const bundle = `${base}pagefind/`;
  const [pagefind, aliases] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
    fetchAliases(`${bundle}${WORD_ALIASES_FILE}`),
  ]);
  // Result URLs are relative to the indexed folder; baseUrl puts the site's sub-path back.
  await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: RANKING });
  await pagefind.init();
  // Once loaded, every search also returns per-value counts.
  let filters: Promise<FilterCounts> | undefined;
  return {
    allFilters: () => (filters ??= pagefind.filters()),
    search: async (query, options) => {
      const term = query === '' ? null : applyWordAliases(query, aliases);
      const { plain = false, ...pagefindOptions } = options;
      const response = (await pagefind.search(term, pagefindOptions)) ?? EMPTY_RESPONSE;
      // A sorted list is in date order by request, and browsing by filters alone has no words.
      if (plain || term === null || options.sort !== undefined) return response;
      return rerank(pagefind, term, options, response);
    },
  };
}

const EMPTY_RESPONSE: SearchResponse = {
  results: [],
  unfilteredResultCount: 0,
  filters: {},
  totalFilters: {},
};

/**
 * Results shown at a time, and how many of the first hits the reranking reads. Each costs its page's
 * fragment (the page's whole indexed text), so this number, more than the index, sets what a first
 * search transfers; five is also what Pagefind's own UI shows first.
 */
export const RESULTS_PER_BATCH = 5;
const RERANK_DEPTH = RESULTS_PER_BATCH;

/** Each hit's data() loads its fragment once, however often the ranking and the list ask. */
function withCachedData(hit: SearchHit): SearchHit {
  let data: Promise<ResultData> | undefined;
  return { ...hit, data: () => (data ??= hit.data()) };
}

async function rerank(
  pagefind: PagefindModule,
  term: string,
  options: SearchOptions,
  response: SearchResponse,
): Promise<SearchResponse> {
  let hits = response.results.map(withCachedData);
  let phraseHits: SearchHit[] = [];
  if (isPhraseQuery(term)) {
    const phrase = await pagefind.search(`"${term}"`, { filters: options.filters });
    phraseHits = phrase?.results ?? [];
    hits = phraseHitsFirst(phraseHits, hits);
  }
  const read = hits.slice(0, RERANK_DEPTH);
  const data = new Map(
    await Promise.all(read.map(async (hit) => [hit, await hit.data()] as const)),
  );
  const excerptsOf = (result: ResultData): string[] => [
    result.excerpt,
    ...result.sub_results.map((sub) => sub.excerpt),
  ];
  const unmatched = unmatchedWords(term, markedWords([...data.values()].flatMap(excerptsOf)));
  if (unmatched.length > 0) return { ...response, results: [], unmatched };
  const names = (hit: SearchHit): string[] => {
    const meta = data.get(hit)?.meta ?? {};
    return [meta.title ?? '', ...(meta.aliases ?? '').split(', ')].filter(Boolean);
  };
  const marks = (hit: SearchHit): string[] => {
    const result = data.get(hit);
    return result ? markedWords(excerptsOf(result)) : [];
  };
  // Exact words order the hits within the phrase and non-phrase groups, never across them.
  const top = phraseHitsFirst(phraseHits, exactWordsFirst(term, read, marks));
  return {
    ...response,
    results: [...exactNameFirst(term, top, names), ...hits.slice(RERANK_DEPTH)],
  };
}

async function fetchAliases(url: string): Promise<WordAliases> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as WordAliases) : {};
  } catch {
    return {}; // aliases only widen matching; search still works without them
  }
}
