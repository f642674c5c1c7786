// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readSearchPageConfig } from '../../../../src/scripts/search/searchPageConfig';

describe('readSearchPageConfig', () => {
  it('reads base, search path, filter aliases and the article count from data attributes', () => {
    const root = document.createElement('div');
    root.dataset.base = '/atlas/';
    root.dataset.searchPath = '/atlas/find/';
    root.dataset.filterAliases = '{"organisation":{"eu":"European Union"}}';
    root.dataset.sourceCount = 'five';
    expect(readSearchPageConfig(root)).toEqual({
      base: '/atlas/',
      searchPath: '/atlas/find/',
      filterAliases: { organisation: { eu: 'European Union' } },
      articles: 'five',
    });
  });

  it('defaults to the site root, its search path, no aliases and "the" articles', () => {
    expect(readSearchPageConfig(document.createElement('div'))).toEqual({
      base: '/',
      searchPath: '/search/',
      filterAliases: {},
      articles: 'the',
    });
    const sub = document.createElement('div');
    sub.dataset.base = '/kosovo/';
    expect(readSearchPageConfig(sub).searchPath).toBe('/kosovo/search/');
  });
});
