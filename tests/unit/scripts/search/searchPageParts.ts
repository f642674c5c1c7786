// The /search/ page's markup and fakes of its index, shared by the tests of its parts.
import { vi } from 'vitest';
import type {
  FilterCounts,
  ResultData,
  SearchHit,
  SearchIndex,
  SearchOptions,
  SearchResponse,
} from '../../../../src/scripts/search/pagefindClient';
import { findSearchElements, type SearchElements } from '../../../../src/scripts/search/searchForm';
import type { SearchState } from '../../../../src/scripts/search/searchState';

export const MARKUP = `
  <form data-search-form>
    <input name="q" />
    <input type="radio" name="sort" value="relevance" checked />
    <input type="radio" name="sort" value="newest" />
    <details data-search-filter-panel hidden><div data-search-filters>
      <input type="checkbox" name="status" value="Recognised" />
    </div></details>
  </form>
  <p data-search-status tabindex="-1"></p>
  <div data-search-empty hidden><p data-search-empty-reason></p><p data-search-nearest hidden></p></div>
  <ol data-search-results></ol>
  <button data-search-more hidden></button>`;

export function searchPage(): { root: HTMLElement; ui: SearchElements } {
  document.body.innerHTML = `<div data-search-root>${MARKUP}</div>`;
  const root = document.querySelector<HTMLElement>('[data-search-root]')!;
  return { root, ui: findSearchElements(root) };
}

export const state = (
  q: string,
  filters: Record<string, string[]> = {},
  sort: SearchState['sort'] = 'relevance',
): SearchState => ({ q, filters, sort });

/** A hit whose data is a page titled `title`. */
export function hit(id: string, title = id): SearchHit {
  const data: ResultData = {
    url: `/${id}/`,
    excerpt: `about ${title}`,
    meta: { title },
    filters: {},
    sub_results: [],
  };
  return { id, score: 1, data: () => Promise.resolve(data) };
}

/** An index answering every search with `results(query)`, and the filter values `filters`. */
export function fakeIndex(
  results: (query: string, options: SearchOptions) => SearchHit[],
  filters: FilterCounts = {},
) {
  const search = vi.fn((query: string, options: SearchOptions): Promise<SearchResponse> =>
    Promise.resolve({
      results: results(query, options),
      unfilteredResultCount: 0,
      filters,
      totalFilters: {},
    }),
  );
  const allFilters = vi.fn(() => Promise.resolve(filters));
  return { index: { search, allFilters } satisfies SearchIndex, search, allFilters };
}
