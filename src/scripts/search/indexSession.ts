// The search index and its filter checkboxes, each loaded the first time it is needed: a page view
// that never searches fetches no Pagefind, and a search with the filter panel closed fetches no
// filter files.
import { buildFilterControls, syncFilterChecks } from './filterControls';
import type { FilterCounts, SearchIndex } from './pagefindClient';
import type { SearchElements } from './searchForm';
import { hasActiveFilters } from './searchState';
import type { UrlSession } from './urlSession';

export interface IndexSession {
  /** The index once it has loaded; undefined before. */
  loaded(): SearchIndex | undefined;
  /** Loads the index (once), marking the page busy meanwhile, then offers the filter panel. */
  load(): Promise<SearchIndex>;
  /** Builds the filter checkboxes from `index` (once) and resolves to every value's count. */
  filters(index: SearchIndex): Promise<FilterCounts>;
  /** Whether the filters were asked for: a search from then on counts each value. */
  filtersRequested(): boolean;
  /** Whether the checkboxes exist: until then the form holds no filters to read. */
  filtersBuilt(): boolean;
}

export function indexSession(
  root: HTMLElement,
  ui: Pick<SearchElements, 'filterPanel' | 'filters'>,
  url: Pick<UrlSession, 'current'>,
  loadIndex: () => Promise<SearchIndex>,
): IndexSession {
  let index: SearchIndex | undefined;
  let filterValues: Promise<FilterCounts> | undefined;
  let built = false;
  return {
    loaded: () => index,
    async load() {
      if (index) return index;
      root.setAttribute('aria-busy', 'true');
      try {
        index = await loadIndex();
      } finally {
        root.removeAttribute('aria-busy');
      }
      ui.filterPanel.hidden = false;
      // A shared link with filters should show them; otherwise the results come first.
      if (hasActiveFilters(url.current())) ui.filterPanel.open = true;
      return index;
    },
    filters(loaded) {
      filterValues ??= loaded.allFilters().then((all) => {
        buildFilterControls(ui.filters, all);
        syncFilterChecks(ui.filters, url.current());
        built = true;
        return all;
      });
      return filterValues;
    },
    filtersRequested: () => filterValues !== undefined,
    filtersBuilt: () => built,
  };
}
