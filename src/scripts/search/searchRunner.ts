// One search from state to screen: the index (loaded on first use), the URL's filters matched to
// the index's values, the query, the first batch of results, the empty-result message and the
// live-region announcement. A search overtaken by a newer one (slower, started earlier) shows
// nothing: only the latest search may write to the page.
import { showFilterCounts, syncFilterChecks } from './filterControls';
import type { FilterCounts, SearchIndex } from './pagefindClient';
import type { IndexSession } from './indexSession';
import type { ResultPager } from './resultPager';
import type { SearchElements } from './searchForm';
import type { SearchPageConfig } from './searchPageConfig';
import { resultsAnnouncement, showEmpty } from './searchMessages';
import { querySearch } from './searchQuery';
import { hasActiveFilters, isSearchable, reconcileFilters, type SearchState } from './searchState';
import type { UrlSession } from './urlSession';

export const LOAD_FAILED = 'Search failed to load. Check your connection and try again.';

/**
 * `state` with its filter values matched to the index's (`all`, when the filters are loaded):
 * `unknown` lists the values that match nothing, which are dropped rather than left to empty the
 * results; `changed` says the URL must be rewritten.
 */
export function reconcileWithIndex(
  state: SearchState,
  all: FilterCounts | undefined,
  aliases: SearchPageConfig['filterAliases'],
): { state: SearchState; unknown: Array<{ key: string; value: string }>; changed: boolean } {
  if (!all) return { state, unknown: [], changed: false };
  const { filters, unknown } = reconcileFilters(state.filters, all, aliases);
  const changed = unknown.length > 0 || JSON.stringify(filters) !== JSON.stringify(state.filters);
  return { state: changed ? { ...state, filters } : state, unknown, changed };
}

/** What the live region adds after the count when a link's filter values match nothing. */
export function unknownFiltersNote(unknown: ReadonlyArray<{ key: string; value: string }>): string {
  return `Ignored unknown filter ${unknown.map((u) => `${u.key}=${u.value}`).join(', ')}.`;
}

export interface SearchRunner {
  /**
   * Searches for `state` and shows the outcome. `focusCount`: the reader asked for this search
   * (submitted the form here or in the site header, or opened a search link), so focus moves to
   * the count, which a screen reader then reads, and Tab continues into the results. While
   * typing, focus stays in the field.
   */
  run(state: SearchState, focusCount?: boolean): Promise<void>;
  /** Asks, later, whether the search running now is still the latest (for "Show more"). */
  stillCurrent(): () => boolean;
}

export function searchRunner(parts: {
  ui: SearchElements;
  url: UrlSession;
  pager: ResultPager;
  session: IndexSession;
  config: Pick<SearchPageConfig, 'filterAliases' | 'articles' | 'searchPath'>;
}): SearchRunner {
  const { ui, url, pager, session, config } = parts;
  let latest = 0; // results of an older, slower search must not overwrite a newer one
  const announce = (text: string): void => {
    ui.status.textContent = text;
  };

  async function showResults(run: number, state: SearchState, index: SearchIndex): Promise<void> {
    const outcome = await querySearch(index, state);
    if (run !== latest) return;
    showFilterCounts(ui.filters, outcome.counts);
    pager.reset(outcome.hits);
    await pager.appendNext(
      () => run === latest,
      state.filters.year ?? [],
      () => url.current().q,
    );
    if (run !== latest) return;
    showEmpty(ui.empty, state, {
      noResults: outcome.hits.length === 0,
      unmatched: outcome.unmatched,
      articles: config.articles,
      searchPath: config.searchPath,
    });
    announce(
      resultsAnnouncement(state, outcome.hits.length, {
        filtered: hasActiveFilters(state),
        undated: outcome.undated,
      }),
    );
  }

  return {
    stillCurrent() {
      const run = latest;
      return () => run === latest;
    },
    async run(requested, focusCount = false) {
      const run = ++latest;
      if (!isSearchable(requested)) {
        ui.results.replaceChildren();
        ui.empty.hidden = true;
        ui.more.hidden = true;
        announce('');
        return;
      }
      // Only the first search waits noticeably (loading the index); later ones would just make
      // the live region chatter on every keystroke.
      if (!session.loaded()) announce('Loading search…');
      try {
        const index = await session.load();
        // Filter values from a hand-made or data-export link are matched to the index's labels.
        const all =
          hasActiveFilters(requested) || session.filtersRequested()
            ? await session.filters(index)
            : undefined;
        const { state, unknown, changed } = reconcileWithIndex(
          requested,
          all,
          config.filterAliases,
        );
        if (changed) {
          url.write(state, 'replace');
          syncFilterChecks(ui.filters, state);
        }
        await showResults(run, state, index);
        if (unknown.length > 0 && run === latest)
          announce(`${ui.status.textContent ?? ''} ${unknownFiltersNote(unknown)}`);
        if (focusCount && run === latest) ui.status.focus();
      } catch {
        if (run === latest) announce(LOAD_FAILED);
      }
    },
  };
}
