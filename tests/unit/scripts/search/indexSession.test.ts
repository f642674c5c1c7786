// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { indexSession } from '../../../../src/scripts/search/indexSession';
import type { SearchState } from '../../../../src/scripts/search/searchState';
import { fakeIndex, searchPage, state } from './searchPageParts';

const at = (current: SearchState) => ({ current: () => current });

describe('indexSession: the index and filters, loaded when first needed', () => {
  it('loads the index once, busy meanwhile, then offers the filter panel closed', async () => {
    const { root, ui } = searchPage();
    const { index } = fakeIndex(() => []);
    let busyWhileLoading: string | null = null;
    const load = vi.fn(() => {
      busyWhileLoading = root.getAttribute('aria-busy');
      return Promise.resolve(index);
    });
    const session = indexSession(root, ui, at(state('serbia')), load);
    expect(session.loaded()).toBeUndefined();
    expect(await session.load()).toBe(index);
    expect(await session.load()).toBe(index);
    expect(load).toHaveBeenCalledTimes(1);
    expect(busyWhileLoading).toBe('true');
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect(ui.filterPanel.hidden).toBe(false);
    expect(ui.filterPanel.open).toBe(false);
    expect(session.loaded()).toBe(index);
  });

  it('opens the filter panel for a link that carries filters', async () => {
    const { root, ui } = searchPage();
    const { index } = fakeIndex(() => []);
    const session = indexSession(root, ui, at(state('', { status: ['Withdrawn'] })), () =>
      Promise.resolve(index),
    );
    await session.load();
    expect(ui.filterPanel.open).toBe(true);
  });

  it('clears the busy mark and keeps the panel hidden when loading fails', async () => {
    const { root, ui } = searchPage();
    const session = indexSession(root, ui, at(state('x')), () =>
      Promise.reject(new Error('offline')),
    );
    await expect(session.load()).rejects.toThrow('offline');
    expect(root.hasAttribute('aria-busy')).toBe(false);
    expect(ui.filterPanel.hidden).toBe(true);
    expect(session.loaded()).toBeUndefined();
  });

  it('builds the filter checkboxes once, ticked as the URL says', async () => {
    const { root, ui } = searchPage();
    const { index, allFilters } = fakeIndex(() => [], {
      status: { Recognised: 3, Withdrawn: 1 },
    });
    const session = indexSession(root, ui, at(state('', { status: ['Withdrawn'] })), () =>
      Promise.resolve(index),
    );
    expect(session.filtersRequested()).toBe(false);
    const first = session.filters(index);
    expect(session.filtersRequested()).toBe(true);
    expect(session.filtersBuilt()).toBe(false);
    expect(await first).toEqual({ status: { Recognised: 3, Withdrawn: 1 } });
    await session.filters(index);
    expect(allFilters).toHaveBeenCalledTimes(1);
    expect(session.filtersBuilt()).toBe(true);
    const boxes = [...ui.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual([
      ['Recognised', false],
      ['Withdrawn', true],
    ]);
  });
});
