// Controller for /search/: wires the page's parts to the reader's actions. The parts:
// searchPageConfig (what the markup says), urlSession (the URL, the source of truth), searchForm
// (the form), indexSession (the index and filters, loaded when first needed), searchRunner (one
// search from state to screen), resultPager (results in batches). Typing updates the URL with
// replaceState (no history entry per keystroke); submitting, ticking a filter or changing the
// sort pushes an entry, so Back steps through searches.
import { indexSession } from './indexSession';
import { loadSearchIndex, RESULTS_PER_BATCH, type SearchIndex } from './pagefindClient';
import { resultPager } from './resultPager';
import { findSearchElements, formState, showStateInForm } from './searchForm';
import { readSearchPageConfig } from './searchPageConfig';
import { searchRunner } from './searchRunner';
import { isSearchable } from './searchState';
import { urlSession } from './urlSession';

const TYPING_DELAY_MS = 100;

/** `loadIndex` loads Pagefind from the site's base; its tests pass an index of their own. */
export function startSearchPage(
  root: HTMLElement,
  loadIndex: (base: string) => Promise<SearchIndex> = loadSearchIndex,
): void {
  const config = readSearchPageConfig(root);
  const ui = findSearchElements(root);
  const url = urlSession(config.searchPath);
  const pager = resultPager(ui.results, ui.more, RESULTS_PER_BATCH);
  const session = indexSession(root, ui, url, () => loadIndex(config.base));
  const runner = searchRunner({ ui, url, pager, session, config });
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function searchNow(mode: 'push' | 'replace'): void {
    clearTimeout(typingTimer);
    const fromForm = formState(ui.form);
    // Until the filters are built there are no checkboxes yet; keep the URL’s filters meanwhile.
    const state = session.filtersBuilt()
      ? fromForm
      : { ...fromForm, filters: url.current().filters };
    url.write(state, mode);
    void runner.run(state, mode === 'push');
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow('push');
  });
  ui.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // Typing starts a search: fetch Pagefind's code and wasm during the pause-in-typing delay
    // rather than after it (the same promise is reused by the search itself).
    if (ui.input.value.trim() !== '') void loadIndex(config.base).catch(() => undefined);
    typingTimer = setTimeout(() => searchNow('replace'), TYPING_DELAY_MS);
  });
  // Checkboxes and sort radios: one history entry per deliberate change.
  ui.form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name !== 'q') searchNow('push');
  });
  // Opening the filters loads them, then searches again so each value shows its count.
  ui.filterPanel.addEventListener('toggle', () => {
    const index = session.loaded();
    if (!ui.filterPanel.open || session.filtersRequested() || !index) return;
    void session.filters(index).then(() => runner.run(url.current()));
  });
  ui.more.addEventListener('click', () => {
    const firstNew = ui.results.children.length;
    void pager
      .appendNext(runner.stillCurrent(), url.current().filters.year ?? [], () => url.current().q)
      .then(() => {
        ui.results.children[firstNew]?.querySelector<HTMLAnchorElement>('a')?.focus();
      });
  });
  window.addEventListener('popstate', () => {
    const state = url.current();
    showStateInForm(ui, state);
    void runner.run(state);
  });

  // Controls that need this script are in the markup hidden, so a page without it shows none.
  for (const control of root.querySelectorAll<HTMLElement>('[data-search-needs-script]'))
    control.hidden = false;
  const initial = url.current();
  showStateInForm(ui, initial);
  if (isSearchable(initial)) void runner.run(initial, initial.q !== '');
}
