// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resultsAnnouncement, showEmpty } from '../../../../src/scripts/search/searchMessages';
import { searchPage, state } from './searchPageParts';

describe('searchMessages: what the page says', () => {
  it('announces the count, query, filtering, order and undated pages', () => {
    expect(
      resultsAnnouncement(state('serbia', {}, 'newest'), 3, { filtered: true, undated: 1 }),
    ).toBe('3 results for “serbia”, filtered, newest first; 1 without a date at the end.');
    expect(resultsAnnouncement(state(''), 1, { filtered: false, undated: 0 })).toBe('1 result.');
  });

  it('explains an empty search and offers the shorter word', () => {
    const { ui } = searchPage();
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
