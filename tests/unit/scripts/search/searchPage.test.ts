// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type {
  ResultData,
  SearchHit,
  SearchIndex,
  SearchOptions,
} from '../../../../src/scripts/search/pagefindClient';
import { resultPager } from '../../../../src/scripts/search/resultPager';
import {
  findSearchElements,
  formState,
  showStateInForm,
} from '../../../../src/scripts/search/searchForm';
import { resultsAnnouncement, showEmpty } from '../../../../src/scripts/search/searchMessages';
import { querySearch } from '../../../../src/scripts/search/searchQuery';
import type { SearchState } from '../../../../src/scripts/search/searchState';
import { urlSession } from '../../../../src/scripts/search/urlSession';

const MARKUP = `
  <form data-search-form>
    <input name="q" />
    <input type="radio" name="sort" value="relevance" checked />
    <input type="radio" name="sort" value="newest" />
    <details data-search-filter-panel><div data-search-filters>
      <input type="checkbox" name="status" value="Recognised" />
    </div></details>
  </form>
  <p data-search-status></p>
  <div data-search-empty hidden><p data-search-empty-reason></p><p data-search-nearest hidden></p></div>
  <ol data-search-results></ol>
  <button data-search-more hidden></button>`;

function page() {
  document.body.innerHTML = MARKUP;
  return findSearchElements(document.body);
}

const state = (
  q: string,
  filters: Record<string, string[]> = {},
  sort: SearchState['sort'] = 'relevance',
): SearchState => ({ q, filters, sort });

describe('urlSession: the URL as the source of truth', () => {
  const fakeWindow = (search: string) => ({
    location: { search } as Location,
    history: { pushState: vi.fn(), replaceState: vi.fn() } as unknown as History,
  });

  it('reads the state from the address bar', () => {
    const url = urlSession('/search/', fakeWindow('?q=crimea&status=Withdrawn&sort=newest'));
    expect(url.current()).toEqual(state('crimea', { status: ['Withdrawn'] }, 'newest'));
  });

  it('pushes a deliberate search, replaces while typing, and writes nothing for the same state', () => {
    const win = fakeWindow('?q=crimea');
    const url = urlSession('/search/', win);
    url.write(state('crimea'), 'push');
    expect(win.history.pushState).not.toHaveBeenCalled();
    url.write(state('serbia'), 'push');
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/search/?q=serbia');
    url.write(state('serb'), 'replace');
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/search/?q=serb');
  });
});

describe('searchForm: the form as a search state', () => {
  it('names a missing part of the markup', () => {
    document.body.innerHTML = '<form data-search-form></form>';
    expect(() => findSearchElements(document.body)).toThrow('search page: missing input[name="q"]');
  });

  it('shows a state in the form and reads the same state back', () => {
    const ui = page();
    showStateInForm(ui, state('belgrade', { status: ['Recognised'] }, 'newest'));
    expect(ui.input.value).toBe('belgrade');
    expect(ui.filterPanel.open).toBe(true);
    expect(formState(ui.form)).toEqual(state('belgrade', { status: ['Recognised'] }, 'newest'));
  });
});

/** A hit whose data is a page titled `title`. */
function hit(id: string, title = id): SearchHit {
  const data: ResultData = {
    url: `/${id}/`,
    excerpt: `about ${title}`,
    meta: { title },
    filters: {},
    sub_results: [],
  };
  return { id, score: 1, data: () => Promise.resolve(data) };
}

describe('querySearch: one search as the page shows it', () => {
  function fakeIndex(results: (options: SearchOptions) => SearchHit[], filters = {}) {
    const search = vi.fn((_q: string, options: SearchOptions) =>
      Promise.resolve({
        results: results(options),
        unfilteredResultCount: 0,
        filters,
        totalFilters: {},
      }),
    );
    return {
      index: { search, allFilters: () => Promise.resolve({}) } satisfies SearchIndex,
      search,
    };
  }

  it('keeps the undated pages after the dated ones in a sorted search', async () => {
    const { index } = fakeIndex((o) =>
      o.sort ? [hit('b'), hit('a')] : [hit('a'), hit('b'), hit('c')],
    );
    const outcome = await querySearch(index, state('x', {}, 'newest'));
    expect(outcome.hits.map((h) => h.id)).toEqual(['b', 'a', 'c']);
    expect(outcome.undated).toBe(1);
  });

  it('counts a ticked group as if its own ticks were off', async () => {
    const { index, search } = fakeIndex(() => [], { status: { Recognised: 3 } });
    await querySearch(index, state('x', { status: ['Withdrawn'] }));
    expect(search).toHaveBeenCalledWith('x', { filters: {}, plain: true });
  });
});

describe('searchMessages: what the page says', () => {
  it('announces the count, query, filtering, order and undated pages', () => {
    expect(
      resultsAnnouncement(state('serbia', {}, 'newest'), 3, { filtered: true, undated: 1 }),
    ).toBe('3 results for “serbia”, filtered, newest first; 1 without a date at the end.');
    expect(resultsAnnouncement(state(''), 1, { filtered: false, undated: 0 })).toBe('1 result.');
  });

  it('explains an empty search and offers the shorter word', () => {
    const ui = page();
    showEmpty(ui.empty, state('Đurićs'), {
      noResults: true,
      unmatched: [{ word: 'djurics', standIn: 'djuric' }],
      articles: 'five',
      searchPath: '/search/',
    });
    expect(ui.empty.hidden).toBe(false);
    expect(ui.empty.querySelector('[data-search-empty-reason]')!.textContent).toBe(
      'None of the five source articles mentions “Đurićs”, so neither does the Atlas.',
    );
    const link = ui.empty.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/search/?q=djuric');
  });
});

describe('resultPager: results in batches', () => {
  it('renders a batch, offers the rest, and drops a batch whose search was overtaken', async () => {
    const ui = page();
    const pager = resultPager(ui.results, ui.more, 2);
    pager.reset([hit('a', 'Austria'), hit('b', 'Belgium'), hit('c', 'Chile')]);
    await pager.appendNext(() => true, []);
    expect([...ui.results.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Austria',
      'Belgium',
    ]);
    expect(ui.more.hidden).toBe(false);
    expect(ui.more.textContent).toBe('Show 1 more');
    await pager.appendNext(() => false, []);
    expect(ui.results.children.length).toBe(2);
  });
});
