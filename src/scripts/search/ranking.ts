// Corrections to Pagefind's ranking that its options cannot express. Each rule says why Pagefind
// alone gets the case wrong; all work on what a search returns, none on a list of known queries.
import { stripMarks, wordsOf } from '../../shared/wordAliases';

/** Lowercase, unaccented words of a query or page name. */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map(stripMarks);
}

const sameWords = (a: string, b: string): boolean =>
  foldedWords(a).join(' ') === foldedWords(b).join(' ');

/**
 * Pagefind matches metadata by word prefix and boosts a page by how much of the query its
 * metadata covers, with no bonus for an exact word (pagefind#437): "UK" covers "Ukraine" exactly
 * as well as the United Kingdom's alias "UK", and Ukraine's text says "Ukraine" far more often.
 * A page one of whose names *is* the query therefore moves to the front; the rest keep
 * Pagefind's order. `names(i)` lists the title and aliases of the i-th hit.
 */
export function exactNameFirst<T>(
  query: string,
  hits: readonly T[],
  names: (hit: T) => readonly string[],
): T[] {
  if (foldedWords(query).length === 0) return [...hits];
  const exact = hits.filter((hit) => names(hit).some((name) => sameWords(name, query)));
  return [...exact, ...hits.filter((hit) => !exact.includes(hit))];
}

/**
 * Pages where the query's words stand together as a phrase come before pages that merely contain
 * them apart ("we are not Kosovo" is a quote on one page; "not" and "Kosovo" are on every page that
 * says "does not recognise Kosovo"). Pagefind ranks by word frequency, not proximity, so the page
 * asks it for the quoted phrase as well and puts those hits first, in Pagefind's order.
 */
export function phraseHitsFirst<T extends { id: string }>(
  phraseHits: readonly T[],
  hits: readonly T[],
): T[] {
  const inPhrase = new Set(phraseHits.map((hit) => hit.id));
  return [
    ...hits.filter((hit) => inPhrase.has(hit.id)),
    ...hits.filter((hit) => !inPhrase.has(hit.id)),
  ];
}

/** Whether a query is worth a second, quoted search: two words or more, not already quoted. */
export function isPhraseQuery(query: string): boolean {
  return !query.includes('"') && foldedWords(query).length >= 2;
}

/** The words Pagefind marked in excerpts (`<mark>…</mark>`), folded. */
export function markedWords(excerpts: readonly string[]): string[] {
  return excerpts.flatMap((excerpt) =>
    [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((match) =>
      foldedWords(match[1] ?? ''),
    ),
  );
}

/**
 * Pagefind matches each query word as a prefix and scores by frequency, so a page that says
 * "Crimean" many times outranks one that says "Crimea" once. Among the hits read for reranking,
 * those whose excerpts mark more query words exactly come first; ties keep their order, so the
 * phrase and name rules applied before and after still decide among equals. `marks(i)` lists the
 * folded words Pagefind marked in the i-th hit's excerpts.
 */
export function exactWordsFirst<T>(
  query: string,
  hits: readonly T[],
  marks: (hit: T) => readonly string[],
): T[] {
  const words = new Set(foldedWords(query));
  const exactCount = (hit: T): number => new Set(marks(hit).filter((m) => words.has(m))).size;
  return hits
    .map((hit, index) => ({ hit, index, exact: exactCount(hit) }))
    .sort((a, b) => b.exact - a.exact || a.index - b.index)
    .map(({ hit }) => hit);
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
};

/**
 * Query words that no page contains. When no indexed word starts with a query word, Pagefind
 * falls back to the longest indexed word that the query word starts with, so "Greenland" finds
 * "green light" and "Vucic" a stray "v". Such a stand-in is shorter than the word by more than
 * the few letters English stemming removes ("recognising" → "recognised" shares all but 3), so a
 * word whose only marks are such short prefixes is reported instead of searched for.
 */
export function unmatchedWords(
  query: string,
  marks: readonly string[],
): Array<{ word: string; standIn: string }> {
  const STEM_SLACK = 3;
  return foldedWords(query).flatMap((word) => {
    const standIns = marks.filter(
      (mark) => word.startsWith(mark) && mark.length < word.length - STEM_SLACK,
    );
    const realMatch = marks.some((mark) => commonPrefix(mark, word) >= word.length - STEM_SLACK);
    return standIns.length > 0 && !realMatch
      ? [{ word, standIn: standIns.sort((a, b) => b.length - a.length)[0]! }]
      : [];
  });
}
