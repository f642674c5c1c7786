// One search against the index, as the page shows it: the hits in the chosen order (undated pages
// after the dated ones rather than lost), and the filter counts, each group counted as if its own
// ticks were off. Pure over a SearchIndex, so it is tested without Pagefind.
import type { FilterCounts, SearchHit, SearchIndex } from './pagefindClient';
import { FILTER_KEYS, toPagefindFilters, toPagefindSort, type SearchState } from './searchState';

export interface SearchOutcome {
  hits: SearchHit[];
  /** Hits with no date, placed last in a date-sorted search. */
  undated: number;
  counts: FilterCounts;
  /** Query words no page contains, with Pagefind's stand-in. */
  unmatched: ReadonlyArray<{ word: string; standIn: string }>;
}

/** Counts for a group with ticked values come from a search without that group's own ticks. */
async function facetCounts(
  index: SearchIndex,
  state: SearchState,
  counts: FilterCounts,
): Promise<FilterCounts> {
  const result: FilterCounts = { ...counts };
  await Promise.all(
    FILTER_KEYS.filter((key) => (state.filters[key]?.length ?? 0) > 0).map(async (key) => {
      const otherFilters = { ...state.filters };
      delete otherFilters[key];
      const response = await index.search(state.q, {
        filters: toPagefindFilters(otherFilters),
        plain: true,
      });
      result[key] = response.filters[key] ?? {};
    }),
  );
  return result;
}

export async function querySearch(index: SearchIndex, state: SearchState): Promise<SearchOutcome> {
  const filters = toPagefindFilters(state.filters);
  const sort = toPagefindSort(state.sort);
  const response = await index.search(state.q, { filters });
  let hits = response.results;
  let undated = 0;
  if (sort) {
    // Pagefind drops pages without a date sort key from a sorted search; keep them, after the
    // dated ones, rather than silently losing them.
    const dated = (await index.search(state.q, { filters, sort })).results;
    const datedIds = new Set(dated.map((hit) => hit.id));
    const rest = hits.filter((hit) => !datedIds.has(hit.id));
    undated = rest.length;
    hits = [...dated, ...rest];
  }
  const counts = await facetCounts(index, state, response.filters);
  return { hits, undated, counts, unmatched: response.unmatched ?? [] };
}
