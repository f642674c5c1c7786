// The /search/ page keeps its whole state in the URL so that a search is a shareable link and
// Back/Forward restore it. These functions are the only place that knows the URL format:
//   /search/?q=territorial+integrity&status=Recognised&status=Withdrawn&region=Africa&sort=newest
// Each filter value is one repeated parameter (no comma-joining: values such as organisation
// names may themselves contain commas).
import { foldAsciiWords } from '../../shared/fold';
import { DEFAULT_SORT, SORT_OPTIONS, type SortOption } from '../../shared/searchSort';

/** Filter keys the indexer tags pages with, in the order the UI shows them. */
export const FILTER_KEYS = ['kind', 'status', 'region', 'organisation', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  /** The query as typed (trimmed); '' means "no query". */
  q: string;
  /** Selected values per filter key; keys with no selected values are absent. */
  filters: Record<string, string[]>;
  sort: SortOption;
}

export const EMPTY_STATE: SearchState = Object.freeze({ q: '', filters: {}, sort: DEFAULT_SORT });

const isFilterKey = (key: string): key is FilterKey =>
  (FILTER_KEYS as readonly string[]).includes(key);
const isSortOption = (value: string): value is SortOption =>
  (SORT_OPTIONS as readonly string[]).includes(value);

/** Collapses runs of whitespace so "  a   b " and "a b" are the same search (and the same URL). */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * Sorted, de-duplicated, non-empty values. Sorting makes the URL canonical: ticking boxes in a
 * different order yields the same link.
 */
function canonicalValues(values: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed !== '') kept.add(trimmed);
  }
  return [...kept].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Reads a search state from a URL query. Unknown parameters and invalid sorts are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = canonicalValues(params.getAll(key));
    if (values.length > 0) filters[key] = values;
  }
  const sortParam = params.get('sort') ?? '';
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    filters,
    sort: isSortOption(sortParam) ? sortParam : DEFAULT_SORT,
  };
}

/** Writes a search state as a URL query; defaults (empty query, relevance sort) are omitted. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q !== '') params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of canonicalValues(state.filters[key] ?? [])) params.append(key, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}

/** `${searchPath}?…`, or just the path when the state is empty. */
export function toSearchHref(searchPath: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query === '' ? searchPath : `${searchPath}?${query}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

export function hasActiveFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** Whether there is anything to search for: a query, or filters alone (browse mode). */
export function isSearchable(state: SearchState): boolean {
  return state.q !== '' || hasActiveFilters(state);
}

/** Returns a new state with `value` ticked or unticked under `key`. */
export function withFilterValue(
  state: SearchState,
  key: string,
  value: string,
  selected: boolean,
): SearchState {
  if (!isFilterKey(key)) return state;
  const current = new Set(state.filters[key] ?? []);
  if (selected) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  const values = canonicalValues(current);
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return { ...state, filters };
}

/**
 * Pagefind filter object: values within one group are alternatives (any), groups combine (all).
 * Pagefind's default for an array is "all", which for multi-valued filters such as organisation
 * would mean "member of every ticked organisation" — not what a checkbox group suggests.
 */
export function toPagefindFilters(
  filters: Record<string, string[]>,
): Record<string, { any: string[] }> {
  const pagefindFilters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values !== undefined && values.length > 0) pagefindFilters[key] = { any: [...values] };
  }
  return pagefindFilters;
}

/** Pagefind sort object for a sort option; undefined means Pagefind's own relevance ranking. */
export function toPagefindSort(sort: SortOption): { date: 'asc' | 'desc' } | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

const looseKey = (value: string) => foldAsciiWords(value).replaceAll(' ', '-');

/**
 * Matches the URL's filter values to the values the index has: exact, or the same words written as
 * a slug (`status=not-recognised` for "Not recognised", `organisation=european-union` for its
 * label), so links built from the data exports work. Values that match nothing are returned as
 * `unknown` instead of silently filtering every result away.
 */
export function reconcileFilters(
  filters: Record<string, string[]>,
  known: Record<string, Record<string, number>>,
  aliases: Record<string, Record<string, string>> = {},
): { filters: Record<string, string[]>; unknown: Array<{ key: string; value: string }> } {
  const out: Record<string, string[]> = {};
  const unknown: Array<{ key: string; value: string }> = [];
  for (const [key, values] of Object.entries(filters)) {
    const available = Object.keys(known[key] ?? {});
    const matched = values.flatMap((value) => {
      if (available.includes(value)) return [value];
      const alias = aliases[key]?.[value];
      const hit =
        (alias !== undefined && available.includes(alias) ? alias : undefined) ??
        available.find((a) => looseKey(a) === looseKey(value));
      if (hit !== undefined) return [hit];
      unknown.push({ key, value });
      return [];
    });
    if (matched.length > 0) out[key] = [...new Set(matched)].sort();
  }
  return { filters: out, unknown };
}
