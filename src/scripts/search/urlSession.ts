// The URL is the search page's source of truth: the state is read from it, and written back with
// pushState (a deliberate search: one Back step) or replaceState (typing: no entry per key).
import { parseSearchParams, sameState, toSearchHref, type SearchState } from './searchState';

export interface UrlSession {
  /** The search the address bar describes now. */
  current(): SearchState;
  /** Writes `state` to the address bar unless it already describes it. */
  write(state: SearchState, mode: 'push' | 'replace'): void;
}

/** The URL session of the page at `searchPath`, over `win`'s location and history. */
export function urlSession(
  searchPath: string,
  win: Pick<Window, 'location' | 'history'> = window,
): UrlSession {
  const current = () => parseSearchParams(new URLSearchParams(win.location.search));
  return {
    current,
    write(state, mode) {
      if (sameState(state, current())) return;
      const href = toSearchHref(searchPath, state);
      if (mode === 'push') win.history.pushState(null, '', href);
      else win.history.replaceState(null, '', href);
    },
  };
}
