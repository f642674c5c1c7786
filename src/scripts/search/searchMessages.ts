// What the page says about a search: the live-region sentence after each search, and the
// explanation when nothing matched (with the shorter word Pagefind would have matched).
import { stripMarks, wordsOf } from '../../shared/wordAliases';
import { hasActiveFilters, toSearchHref, type SearchState } from './searchState';

function pluralResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** "3 results for “serbia”, filtered, newest first; 1 without a date at the end." */
export function resultsAnnouncement(
  state: SearchState,
  count: number,
  { filtered, undated }: { filtered: boolean; undated: number },
): string {
  const forQuery = state.q === '' ? '' : ` for “${state.q}”`;
  const order =
    state.sort === 'newest' ? ', newest first' : state.sort === 'oldest' ? ', oldest first' : '';
  const undatedNote = undated > 0 ? `; ${undated} without a date at the end` : '';
  return `${pluralResults(count)}${forQuery}${filtered ? ', filtered' : ''}${order}${undatedNote}.`;
}

/**
 * No result: say that the source articles do not mention it (`articles`: how many there are), name
 * a word Pagefind would have stood in for a missing one, and point to the pages that list
 * everything (in the markup). Hidden when there are results or no query.
 */
export function showEmpty(
  empty: HTMLElement,
  state: SearchState,
  {
    noResults,
    unmatched,
    articles,
    searchPath,
  }: {
    noResults: boolean;
    unmatched: ReadonlyArray<{ word: string; standIn: string }>;
    articles: string;
    searchPath: string;
  },
): void {
  empty.hidden = !noResults || state.q === '';
  if (empty.hidden) return;
  const reason = empty.querySelector<HTMLElement>('[data-search-empty-reason]');
  if (reason) {
    reason.textContent = hasActiveFilters(state)
      ? `No page that matches the chosen filters mentions “${state.q}”.`
      : `None of the ${articles} source articles mentions “${state.q}”, so neither does the Atlas.`;
  }
  const nearest = empty.querySelector<HTMLElement>('[data-search-nearest]');
  if (!nearest) return;
  nearest.replaceChildren();
  nearest.hidden = unmatched.length === 0;
  const first = unmatched[0];
  if (first === undefined) return;
  const link = empty.ownerDocument.createElement('a');
  link.href = toSearchHref(searchPath, { q: first.standIn, filters: {}, sort: state.sort });
  link.textContent = first.standIn;
  const typed = wordsOf(state.q).find((word) => stripMarks(word) === first.word) ?? first.word;
  nearest.append(
    `No page has the word “${typed}”. Search for the shorter word `,
    link,
    ' instead?',
  );
}
