// What the /search/ page's markup tells its script (data attributes set by pages/search.astro):
// read once, in one place, so the wiring and the tests share one reading.

export interface SearchPageConfig {
  /** The site's base path, where Pagefind's bundle lives (`${base}pagefind/`). */
  base: string;
  /** The search page's own path, for the URL and the "search for … instead" links. */
  searchPath: string;
  /** Per filter key, the other spellings a hand-made link may use for an index value. */
  filterAliases: Record<string, Record<string, string>>;
  /** How many source articles there are, as the empty-result message says it. */
  articles: string;
}

export function readSearchPageConfig(root: HTMLElement): SearchPageConfig {
  const base = root.dataset.base ?? '/';
  return {
    base,
    searchPath: root.dataset.searchPath ?? `${base}search/`,
    filterAliases: JSON.parse(root.dataset.filterAliases ?? '{}') as Record<
      string,
      Record<string, string>
    >,
    articles: root.dataset.sourceCount ?? 'the',
  };
}
