/**
 * The search page's sort orders, a public URL value (`/search/?sort=newest`): the page's markup
 * (built) and its state (in the browser) list the same ones.
 */
export const SORT_OPTIONS = ['relevance', 'newest', 'oldest'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];
export const DEFAULT_SORT: SortOption = 'relevance';
