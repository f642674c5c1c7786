// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { indexSession } from '../../../../src/scripts/search/indexSession';
import type { SearchHit, SearchIndex } from '../../../../src/scripts/search/pagefindClient';
import { resultPager } from '../../../../src/scripts/search/resultPager';
import {
  LOAD_FAILED,
  reconcileWithIndex,
  searchRunner,
  unknownFiltersNote,
} from '../../../../src/scripts/search/searchRunner';
import type { SearchState } from '../../../../src/scripts/search/searchState';
import { fakeIndex, hit, searchPage, state } from './searchPageParts';

describe('reconcileWithIndex', () => {
  const all = { status: { Recognised: 3, 'Not recognised': 2 } };

  it('leaves the state alone until the filters are loaded', () => {
    const s = state('x', { status: ['anything'] });
    expect(reconcileWithIndex(s, undefined, {})).toEqual({ state: s, unknown: [], changed: false });
  });

  it('matches a slug to its label and drops a value the index lacks', () => {
    expect(reconcileWithIndex(state('x', { status: ['not-recognised', 'Gone'] }), all, {})).toEqual(
      {
        state: state('x', { status: ['Not recognised'] }),
        unknown: [{ key: 'status', value: 'Gone' }],
        changed: true,
      },
    );
  });

  it('says nothing changed when every value is the index’s own', () => {
    const s = state('x', { status: ['Recognised'] });
    expect(reconcileWithIndex(s, all, {})).toEqual({ state: s, unknown: [], changed: false });
  });
});

describe('unknownFiltersNote', () => {
  it('names each ignored key=value', () => {
    expect(
      unknownFiltersNote([
        { key: 'status', value: 'Gone' },
        { key: 'region', value: 'Atlantis' },
      ]),
    ).toBe('Ignored unknown filter status=Gone, region=Atlantis.');
  });
});

/** A runner over the page with `index`, the URL at `initial` (writes move it). */
function runnerFor(load: () => Promise<SearchIndex>, initial = state('')) {
  const { root, ui } = searchPage();
  let current = initial;
  const url = {
    current: () => current,
    write: vi.fn((next: SearchState) => {
      current = next;
    }),
  };
  const pager = resultPager(ui.results, ui.more, 2);
  const session = indexSession(root, ui, url, load);
  const config = { filterAliases: {}, articles: 'five', searchPath: '/search/' };
  return { ui, url, session, runner: searchRunner({ ui, url, pager, session, config }) };
}

const titles = (list: HTMLElement) =>
  [...list.querySelectorAll('h2')].map((heading) => heading.textContent);

describe('searchRunner: one search from state to screen', () => {
  it('shows the first batch, offers the rest and announces the count', async () => {
    const { index } = fakeIndex(() => [
      hit('a', 'Austria'),
      hit('b', 'Belgium'),
      hit('c', 'Chile'),
    ]);
    const { ui, runner } = runnerFor(() => Promise.resolve(index));
    await runner.run(state('union'));
    expect(titles(ui.results)).toEqual(['Austria', 'Belgium']);
    expect(ui.more.hidden).toBe(false);
    expect(ui.empty.hidden).toBe(true);
    expect(ui.status.textContent).toBe('3 results for “union”.');
  });

  it('says "Loading search…" only while the index loads for the first time', async () => {
    const { index } = fakeIndex(() => []);
    let release!: (value: SearchIndex) => void;
    const { ui, runner } = runnerFor(() => new Promise((resolve) => (release = resolve)));
    const first = runner.run(state('union'));
    expect(ui.status.textContent).toBe('Loading search…');
    release(index);
    await first;
    expect(ui.status.textContent).toBe('0 results for “union”.');
    const second = runner.run(state('unio'));
    expect(ui.status.textContent).toBe('0 results for “union”.');
    await second;
  });

  it('empties the page for a search with nothing to search for', async () => {
    const { index } = fakeIndex(() => [hit('a', 'Austria')]);
    const { ui, runner } = runnerFor(() => Promise.resolve(index));
    await runner.run(state('austria'));
    await runner.run(state(''));
    expect(ui.results.children.length).toBe(0);
    expect(ui.more.hidden).toBe(true);
    expect(ui.status.textContent).toBe('');
  });

  it('explains an empty result', async () => {
    const { index } = fakeIndex(() => []);
    const { ui, runner } = runnerFor(() => Promise.resolve(index));
    await runner.run(state('atlantis'));
    expect(ui.empty.hidden).toBe(false);
    expect(ui.empty.querySelector('[data-search-empty-reason]')!.textContent).toBe(
      'None of the five source articles mentions “atlantis”, so neither does the Atlas.',
    );
  });

  it('drops the results of a search overtaken by a newer one', async () => {
    let releaseSlow!: () => void;
    const slowData = new Promise<void>((resolve) => (releaseSlow = resolve));
    const slowHit: SearchHit = {
      ...hit('s', 'Slow'),
      data: async () => {
        await slowData;
        return { url: '/s/', excerpt: '', meta: { title: 'Slow' }, filters: {}, sub_results: [] };
      },
    };
    const { index } = fakeIndex((q) => (q === 'slow' ? [slowHit] : [hit('f', 'Fast')]));
    const { ui, runner } = runnerFor(() => Promise.resolve(index));
    await runner.run(state('warm')); // the index is loaded
    const slow = runner.run(state('slow'));
    await runner.run(state('fast'));
    const stale = runner.stillCurrent();
    releaseSlow();
    await slow;
    expect(titles(ui.results)).toEqual(['Fast']);
    expect(ui.status.textContent).toBe('1 result for “fast”.');
    expect(stale()).toBe(true);
    await runner.run(state('faster'));
    expect(stale()).toBe(false);
  });

  it('drops a link’s unknown filter from the URL and says so', async () => {
    const { index } = fakeIndex(() => [hit('a', 'Austria')], { status: { Recognised: 1 } });
    const { ui, url, runner } = runnerFor(() => Promise.resolve(index));
    await runner.run(state('', { status: ['recognised', 'Gone'] }), true);
    expect(url.write).toHaveBeenCalledWith(state('', { status: ['Recognised'] }), 'replace');
    expect(ui.status.textContent).toBe('1 result, filtered. Ignored unknown filter status=Gone.');
    expect(document.activeElement).toBe(ui.status);
  });

  it('moves focus to the count only when the reader asked for the search', async () => {
    const { index } = fakeIndex(() => [hit('a', 'Austria')]);
    const { ui, runner } = runnerFor(() => Promise.resolve(index));
    ui.input.focus();
    await runner.run(state('austria'));
    expect(document.activeElement).toBe(ui.input);
    await runner.run(state('austria'), true);
    expect(document.activeElement).toBe(ui.status);
  });

  it('says the search failed to load, and recovers on the next search', async () => {
    const { index } = fakeIndex(() => [hit('a', 'Austria')]);
    const load = vi
      .fn<() => Promise<SearchIndex>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(index);
    const { ui, runner } = runnerFor(load);
    await runner.run(state('austria'));
    expect(ui.status.textContent).toBe(LOAD_FAILED);
    await runner.run(state('austria'));
    expect(ui.status.textContent).toBe('1 result for “austria”.');
  });
});
