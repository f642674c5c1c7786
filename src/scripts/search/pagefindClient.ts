// Thin typed wrapper over the parts of Pagefind's browser API the search page uses.
// pagefind.js is fetched only by `loadSearchIndex()`, which the page calls when a search
// starts — never on ordinary page views.
import { WORD_ALIASES_FILE } from './bundleFiles';
import { applyWordAliases, type WordAliases } from './foldText';

export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of a page before its first heading with an id. */
  anchor?: { element: string; id: string; text?: string };
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
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
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<SearchResponse | null>;
  filters: () => Promise<FilterCounts>;
}

export interface SearchIndex {
  search: (query: string, options: SearchOptions) => Promise<SearchResponse>;
  /** Every filter value in the index with its page count. */
  allFilters: FilterCounts;
}

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
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  await pagefind.init();
  // Loading all filters makes every search also return per-value counts.
  const allFilters = await pagefind.filters();
  return {
    allFilters,
    search: async (query, options) => {
      const term = query === '' ? null : applyWordAliases(query, aliases);
      const response = await pagefind.search(term, options);
      return response ?? { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
    },
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
