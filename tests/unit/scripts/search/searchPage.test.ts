// @vitest-environment happy-dom
// The wiring of the search page: the reader's actions reach the URL, the runner and the pager.
import { describe, expect, it, vi } from 'vitest';
import type { SearchIndex } from '../../../../src/scripts/search/pagefindClient';
import { findSearchElements } from '../../../../src/scripts/search/searchForm';
import { startSearchPage } from '../../../../src/scripts/search/searchPage';
import { fakeIndex, hit, MARKUP } from './searchPageParts';

const HITS = ['Austria', 'Belgium', 'Chile', 'Denmark', 'Estonia', 'Finland', 'Greece'].map(
  (title) => hit(title.toLowerCase(), title),
);

/** The page at `search`, started with an index holding HITS for every query. */
function start(search = '') {
  history.replaceState(null, '', `/atlas/search/${search}`);
  document.body.innerHTML = `<div data-base="/atlas/" data-source-count="five">${MARKUP}
    <p data-search-needs-script hidden>Sort</p></div>`;
  const root = document.body.firstElementChild as HTMLElement;
  const { index, search: searched } = fakeIndex((q) => (q === 'nothing' ? [] : HITS), {
    status: { Recognised: 7 },
  });
  const load = vi.fn((_base: string): Promise<SearchIndex> => Promise.resolve(index));
  startSearchPage(root, load);
  return { root, ui: findSearchElements(root), load, searched };
}

const titles = (list: HTMLElement) => [...list.querySelectorAll('h2')].map((h) => h.textContent);

describe('startSearchPage', () => {
  it('shows the controls that need the script and searches for a link’s query at once', async () => {
    const { root, ui, load } = start('?q=union');
    expect(root.querySelector<HTMLElement>('[data-search-needs-script]')!.hidden).toBe(false);
    expect(ui.input.value).toBe('union');
    await vi.waitFor(() => expect(titles(ui.results)).toHaveLength(5));
    expect(load).toHaveBeenCalledWith('/atlas/');
    expect(ui.status.textContent).toBe('7 results for “union”.');
    expect(document.activeElement).toBe(ui.status);
  });

  it('loads nothing for an empty page', () => {
    const { load, ui } = start();
    expect(load).not.toHaveBeenCalled();
    expect(ui.results.children.length).toBe(0);
  });

  it('searches after a pause in typing, replacing the URL rather than adding history', async () => {
    const { ui, load } = start();
    const before = history.length;
    ui.input.value = 'chile';
    ui.input.dispatchEvent(new Event('input'));
    // Pagefind is fetched during the pause.
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(location.search).toBe('?q=chile'));
    expect(history.length).toBe(before);
    await vi.waitFor(() => expect(ui.status.textContent).toBe('7 results for “chile”.'));
    expect(document.activeElement).not.toBe(ui.status);
  });

  it('pushes a submitted search, and Back shows the one before', async () => {
    const { ui } = start('?q=austria');
    await vi.waitFor(() => expect(ui.status.textContent).toBe('7 results for “austria”.'));
    ui.input.value = 'nothing';
    ui.form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(location.search).toBe('?q=nothing');
    await vi.waitFor(() => expect(ui.empty.hidden).toBe(false));
    history.replaceState(null, '', '/atlas/search/?q=austria');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(ui.input.value).toBe('austria');
    await vi.waitFor(() => expect(ui.empty.hidden).toBe(true));
    expect(titles(ui.results)).toHaveLength(5);
  });

  it('shows the next batch on "Show more" and moves focus to its first link', async () => {
    const { ui } = start('?q=union');
    await vi.waitFor(() => expect(ui.more.hidden).toBe(false));
    expect(ui.more.textContent).toBe('Show 2 more');
    ui.more.click();
    await vi.waitFor(() => expect(titles(ui.results)).toHaveLength(7));
    expect(document.activeElement?.textContent).toBe('Finland');
    expect(ui.more.hidden).toBe(true);
  });

  it('builds the filters when the panel opens, then counts each value', async () => {
    const { ui } = start('?q=union');
    await vi.waitFor(() => expect(ui.filterPanel.hidden).toBe(false));
    expect(ui.filters.querySelector('fieldset')).toBeNull();
    ui.filterPanel.open = true;
    ui.filterPanel.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() =>
      expect(ui.filters.querySelector('.search-filter-count')?.textContent).toBe('(7)'),
    );
    const box = ui.filters.querySelector<HTMLInputElement>('input[value="Recognised"]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(location.search).toBe('?q=union&status=Recognised');
  });
});
