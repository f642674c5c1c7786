// Controller for /search/: URL ⇄ form ⇄ Pagefind ⇄ result list.
// The URL is the source of truth. Typing updates it with replaceState (no history entry per
// keystroke); submitting, ticking a filter or changing the sort pushes an entry, so Back
// steps through searches.
import { buildFilterControls, showFilterCounts, syncFilterChecks } from './filterControls';
import {
  loadSearchIndex,
  RESULTS_PER_BATCH,
  type FilterCounts,
  type SearchHit,
  type SearchIndex,
} from './pagefindClient';
import { renderResult } from './renderResults';
import { stripMarks, wordsOf } from './foldText';
import {
  FILTER_KEYS,
  hasActiveFilters,
  isSearchable,
  parseSearchParams,
  reconcileFilters,
  sameState,
  toPagefindFilters,
  toPagefindSort,
  toSearchHref,
  type SearchState,
} from './searchState';

const PAGE_SIZE = RESULTS_PER_BATCH;
const TYPING_DELAY_MS = 100;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filterPanel: HTMLDetailsElement;
  filters: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function findElements(root: HTMLElement): Elements {
  const get = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`search page: missing ${selector}`);
    return found;
  };
  return {
    form: get('form[data-search-form]'),
    input: get('input[name="q"]'),
    filterPanel: get('details[data-search-filter-panel]'),
    filters: get('[data-search-filters]'),
    status: get('[data-search-status]'),
    empty: get('[data-search-empty]'),
    results: get('ol[data-search-results]'),
    more: get('button[data-search-more]'),
  };
}

function formState(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string') params.append(name, value);
  return parseSearchParams(params);
}

function pluralResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const searchPath = root.dataset.searchPath ?? `${base}search/`;
  const ui = findElements(root);
  let index: SearchIndex | undefined;
  let searchRun = 0; // results of an older, slower search must not overwrite a newer one
  let pendingHits: SearchHit[] = [];
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const filterAliases = JSON.parse(root.dataset.filterAliases ?? '{}') as Record<
    string,
    Record<string, string>
  >;
  const currentUrlState = (): SearchState =>
    parseSearchParams(new URLSearchParams(location.search));

  function writeUrl(state: SearchState, mode: 'push' | 'replace'): void {
    if (sameState(state, currentUrlState())) return;
    const href = toSearchHref(searchPath, state);
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  function showStateInForm(state: SearchState): void {
    if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
    for (const radio of ui.form.querySelectorAll<HTMLInputElement>('input[name="sort"]')) {
      radio.checked = radio.value === state.sort;
    }
    syncFilterChecks(ui.filters, state);
    if (hasActiveFilters(state)) ui.filterPanel.open = true;
  }

  function announce(text: string): void {
    ui.status.textContent = text;
  }

  let filterValues: Promise<FilterCounts> | undefined;
  let filtersBuilt = false;

  /**
   * The filter checkboxes, built the first time they are needed (the panel is opened, or the URL
   * has filters): until then a search does not load Pagefind's filter files.
   */
  function ensureFilters(loaded: SearchIndex): Promise<FilterCounts> {
    filterValues ??= loaded.allFilters().then((all) => {
      buildFilterControls(ui.filters, all);
      syncFilterChecks(ui.filters, currentUrlState());
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
    const state = currentUrlState();
    ui.filterPanel.hidden = false;
    // A shared link with filters should show them; otherwise the results come first.
    if (hasActiveFilters(state)) ui.filterPanel.open = true;
    return index;
  }

  /** Counts for a group with ticked values come from a search without that group's own ticks. */
  async function facetCounts(
    loaded: SearchIndex,
    state: SearchState,
    counts: FilterCounts,
  ): Promise<FilterCounts> {
    const result: FilterCounts = { ...counts };
    await Promise.all(
      FILTER_KEYS.filter((key) => (state.filters[key]?.length ?? 0) > 0).map(async (key) => {
        const otherFilters = { ...state.filters };
        delete otherFilters[key];
        const response = await loaded.search(state.q, {
          filters: toPagefindFilters(otherFilters),
          plain: true,
        });
        result[key] = response.filters[key] ?? {};
      }),
    );
    return result;
  }

  async function appendResults(run: number, preferredYears: readonly string[]): Promise<void> {
    const batch = pendingHits.slice(0, PAGE_SIZE);
    pendingHits = pendingHits.slice(PAGE_SIZE);
    const offset = ui.results.children.length;
    const data = await Promise.all(batch.map((hit) => hit.data()));
    if (run !== searchRun) return;
    const query = currentUrlState().q;
    data.forEach((result, i) =>
      ui.results.append(renderResult(result, offset + i + 1, preferredYears, query)),
    );
    ui.more.hidden = pendingHits.length === 0;
    ui.more.textContent = `Show ${Math.min(PAGE_SIZE, pendingHits.length)} more`;
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
        writeUrl(state, 'replace');
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
    const filters = toPagefindFilters(state.filters);
    const sort = toPagefindSort(state.sort);
    const response = await loaded.search(state.q, { filters });
    let hits = response.results;
    let undated = 0;
    if (sort) {
      // Pagefind drops pages without a date sort key from a sorted search; keep them, after
      // the dated ones, rather than silently losing them.
      const dated = (await loaded.search(state.q, { filters, sort })).results;
      const datedIds = new Set(dated.map((hit) => hit.id));
      const rest = hits.filter((hit) => !datedIds.has(hit.id));
      undated = rest.length;
      hits = [...dated, ...rest];
    }
    const counts = await facetCounts(loaded, state, response.filters);
    if (run !== searchRun) return;

    showFilterCounts(ui.filters, counts);
    ui.results.replaceChildren();
    pendingHits = hits;
    await appendResults(run, state.filters.year ?? []);
    if (run !== searchRun) return;

    showEmpty(state, hits.length === 0, response.unmatched ?? []);
    const forQuery = state.q === '' ? '' : ` for “${state.q}”`;
    const filtered = Object.keys(filters).length > 0 ? ', filtered' : '';
    const order =
      state.sort === 'newest' ? ', newest first' : state.sort === 'oldest' ? ', oldest first' : '';
    const undatedNote = undated > 0 ? `; ${undated} without a date at the end` : '';
    announce(`${pluralResults(hits.length)}${forQuery}${filtered}${order}${undatedNote}.`);
  }

  /**
   * No result: say that the source articles do not mention it (the page renders the sentence with
   * their number), name a word Pagefind would have stood in for a missing one, and point to the
   * pages that list everything.
   */
  function showEmpty(
    state: SearchState,
    empty: boolean,
    unmatched: ReadonlyArray<{ word: string; standIn: string }>,
  ): void {
    ui.empty.hidden = !empty || state.q === '';
    if (ui.empty.hidden) return;
    const reason = ui.empty.querySelector<HTMLElement>('[data-search-empty-reason]');
    const articles = root.dataset.sourceCount ?? 'the';
    if (reason) {
      reason.textContent = hasActiveFilters(state)
        ? `No page that matches the chosen filters mentions “${state.q}”.`
        : `None of the ${articles} source articles mentions “${state.q}”, so neither does the Atlas.`;
    }
    const nearest = ui.empty.querySelector<HTMLElement>('[data-search-nearest]');
    if (!nearest) return;
    nearest.replaceChildren();
    nearest.hidden = unmatched.length === 0;
    const first = unmatched[0];
    if (first === undefined) return;
    const link = document.createElement('a');
    link.href = toSearchHref(searchPath, { q: first.standIn, filters: {}, sort: state.sort });
    link.textContent = first.standIn;
    const typed = wordsOf(state.q).find((word) => stripMarks(word) === first.word) ?? first.word;
    nearest.append(
      `No page has the word “${typed}”. Search for the shorter word `,
      link,
      ' instead?',
    );
  }

  function searchNow(mode: 'push' | 'replace'): void {
    clearTimeout(typingTimer);
    const fromForm = formState(ui.form);
    // Until the filters are built there are no checkboxes yet; keep the URL’s filters meanwhile.
    const state = filtersBuilt ? fromForm : { ...fromForm, filters: currentUrlState().filters };
    writeUrl(state, mode);
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
    void ensureFilters(loaded).then(() => runSearch(currentUrlState()));
  });
  ui.more.addEventListener('click', () => {
    const firstNew = ui.results.children.length;
    void appendResults(searchRun, currentUrlState().filters.year ?? []).then(() => {
      ui.results.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    const state = currentUrlState();
    showStateInForm(state);
    void runSearch(state);
  });

  // Controls that need this script are in the markup hidden, so a page without it shows none.
  for (const control of root.querySelectorAll<HTMLElement>('[data-search-needs-script]'))
    control.hidden = false;
  const initial = currentUrlState();
  showStateInForm(initial);
  if (isSearchable(initial)) void runSearch(initial, initial.q !== '');
}
