// Controller for /search/: URL ⇄ form ⇄ Pagefind ⇄ result list, wired from small parts:
// urlSession (the URL, the source of truth), searchForm (the form), searchQuery (one search),
// resultPager and searchMessages (what is shown). Typing updates the URL with replaceState (no
// history entry per keystroke); submitting, ticking a filter or changing the sort pushes an
// entry, so Back steps through searches.
import { buildFilterControls, showFilterCounts, syncFilterChecks } from './filterControls';
import {
  loadSearchIndex,
  RESULTS_PER_BATCH,
  type FilterCounts,
  type SearchIndex,
} from './pagefindClient';
import { resultPager } from './resultPager';
import { findSearchElements, formState, showStateInForm } from './searchForm';
import { resultsAnnouncement, showEmpty } from './searchMessages';
import { querySearch } from './searchQuery';
import { hasActiveFilters, isSearchable, reconcileFilters, type SearchState } from './searchState';
import { urlSession } from './urlSession';

const TYPING_DELAY_MS = 100;

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const searchPath = root.dataset.searchPath ?? `${base}search/`;
  const ui = findSearchElements(root);
  const url = urlSession(searchPath);
  const pager = resultPager(ui.results, ui.more, RESULTS_PER_BATCH);
  let index: SearchIndex | undefined;
  let searchRun = 0; // results of an older, slower search must not overwrite a newer one
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const filterAliases = JSON.parse(root.dataset.filterAliases ?? '{}') as Record<
    string,
    Record<string, string>
  >;

  const announce = (text: string): void => {
    ui.status.textContent = text;
  };

  let filterValues: Promise<FilterCounts> | undefined;
  let filtersBuilt = false;

  /**
   * The filter checkboxes, built the first time they are needed (the panel is opened, or the URL
   * has filters): until then a search does not load Pagefind's filter files.
   */
  function ensureFilters(loaded: SearchIndex): Promise<FilterCounts> {
    filterValues ??= loaded.allFilters().then((all) => {
      buildFilterControls(ui.filters, all);
      syncFilterChecks(ui.filters, url.current());
      filtersBuilt = true;
      return all;
    });
    return filterValues;
  }

  async function ensureIndex(): Promise<SearchIndex> {
    if (index) return index;
    root.setAttribute('aria-busy', 'true');
    try {
      index = await loadSearchIndex(base);
    } finally {
      root.removeAttribute('aria-busy');
    }
    ui.filterPanel.hidden = false;
    // A shared link with filters should show them; otherwise the results come first.
    if (hasActiveFilters(url.current())) ui.filterPanel.open = true;
    return index;
  }

  /**
   * `focusCount`: the reader asked for this search (submitted the form here or in the site header,
   * or opened a search link), so focus moves to the count, which a screen reader then reads, and
   * Tab continues into the results. While typing, focus stays in the field.
   */
  async function runSearch(state: SearchState, focusCount = false): Promise<void> {
    const run = ++searchRun;
    if (!isSearchable(state)) {
      ui.results.replaceChildren();
      ui.empty.hidden = true;
      ui.more.hidden = true;
      announce('');
      return;
    }
    // Only the first search waits noticeably (loading the index); later ones would just make
    // the live region chatter on every keystroke.
    if (!index) announce('Loading search…');
    try {
      const loaded = await ensureIndex();
      // Filter values from a hand-made or data-export link are matched to the index's labels; any
      // that match nothing are dropped from the URL and said, never left to empty the results.
      const all =
        hasActiveFilters(state) || filterValues !== undefined
          ? await ensureFilters(loaded)
          : undefined;
      const { filters, unknown } = all
        ? reconcileFilters(state.filters, all, filterAliases)
        : { filters: state.filters, unknown: [] };
      if (unknown.length > 0 || JSON.stringify(filters) !== JSON.stringify(state.filters)) {
        state = { ...state, filters };
        url.write(state, 'replace');
        syncFilterChecks(ui.filters, state);
      }
      await showResults(run, state, loaded);
      if (unknown.length > 0 && run === searchRun) {
        announce(
          `${ui.status.textContent ?? ''} Ignored unknown filter ${unknown.map((u) => `${u.key}=${u.value}`).join(', ')}.`,
        );
      }
      if (focusCount && run === searchRun) ui.status.focus();
    } catch {
      if (run === searchRun)
        announce('Search failed to load. Check your connection and try again.');
    }
  }

  async function showResults(run: number, state: SearchState, loaded: SearchIndex): Promise<void> {
    const outcome = await querySearch(loaded, state);
    if (run !== searchRun) return;

    showFilterCounts(ui.filters, outcome.counts);
    pager.reset(outcome.hits);
    await pager.appendNext(
      () => run === searchRun,
      state.filters.year ?? [],
      () => url.current().q,
    );
    if (run !== searchRun) return;

    showEmpty(ui.empty, state, {
      noResults: outcome.hits.length === 0,
      unmatched: outcome.unmatched,
      articles: root.dataset.sourceCount ?? 'the',
      searchPath,
    });
    announce(
      resultsAnnouncement(state, outcome.hits.length, {
        filtered: hasActiveFilters(state),
        undated: outcome.undated,
      }),
    );
  }

  function searchNow(mode: 'push' | 'replace'): void {
    clearTimeout(typingTimer);
    const fromForm = formState(ui.form);
    // Until the filters are built there are no checkboxes yet; keep the URL’s filters meanwhile.
    const state = filtersBuilt ? fromForm : { ...fromForm, filters: url.current().filters };
    url.write(state, mode);
    void runSearch(state, mode === 'push');
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow('push');
  });
  ui.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // Typing starts a search: fetch Pagefind's code and wasm during the pause-in-typing delay
    // rather than after it (the same promise is reused by the search itself).
    if (ui.input.value.trim() !== '') void loadSearchIndex(base).catch(() => undefined);
    typingTimer = setTimeout(() => searchNow('replace'), TYPING_DELAY_MS);
  });
  // Checkboxes and sort radios: one history entry per deliberate change.
  ui.form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name !== 'q') searchNow('push');
  });
  // Opening the filters loads them, then searches again so each value shows its count.
  ui.filterPanel.addEventListener('toggle', () => {
    if (!ui.filterPanel.open || filterValues !== undefined || !index) return;
    const loaded = index;
    void ensureFilters(loaded).then(() => runSearch(url.current()));
  });
  ui.more.addEventListener('click', () => {
    const firstNew = ui.results.children.length;
    const run = searchRun;
    void pager
      .appendNext(
        () => run === searchRun,
        url.current().filters.year ?? [],
        () => url.current().q,
      )
      .then(() => {
        ui.results.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
      });
  });
  window.addEventListener('popstate', () => {
    const state = url.current();
    showStateInForm(ui, state);
    void runSearch(state);
  });

  // Controls that need this script are in the markup hidden, so a page without it shows none.
  for (const control of root.querySelectorAll<HTMLElement>('[data-search-needs-script]'))
    control.hidden = false;
  const initial = url.current();
  showStateInForm(ui, initial);
  if (isSearchable(initial)) void runSearch(initial, initial.q !== '');
}
