// Pagefind (≥1.5) already matches across diacritics that Unicode decomposes: "Dacic" finds
// "Dačić", "Koln" finds "Köln". Letters that are distinct base letters rather than a letter
// plus a mark — đ, ł, ø, æ, ß… — are not folded, so "Duric" would miss "Đurić". The build
// records such words as aliases (folded spelling → spelling in the text) and the search page
// rewrites query terms through that table. This module is shared by both sides.
import { foldKey } from './fold';

/** Base letters that NFD leaves alone, with their usual Latin transliterations. */
const UNDECOMPOSABLE: Record<string, readonly string[]> = {
  đ: ['d', 'dj'],
  ð: ['d', 'dh'],
  ł: ['l'],
  ø: ['o', 'oe'],
  æ: ['ae'],
  œ: ['oe'],
  ß: ['ss'],
  ı: ['i'],
  þ: ['th'],
  ħ: ['h'],
  ŧ: ['t'],
};
const UNDECOMPOSABLE_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'u');

export type WordAliases = Record<string, string>;

/** A word as Pagefind compares it: lowercase, without combining marks (the Atlas's one fold). */
export function stripMarks(word: string): string {
  return foldKey(word);
}

export function hasUndecomposableLetter(word: string): boolean {
  return UNDECOMPOSABLE_LETTER.test(stripMarks(word));
}

/** Every ASCII-ish spelling a reader might type for `word` ("Đurić" → duric, djuric). */
export function foldedSpellings(word: string): string[] {
  let spellings = [''];
  for (const char of stripMarks(word)) {
    const replacements = UNDECOMPOSABLE[char] ?? [char];
    spellings = spellings.flatMap((prefix) => replacements.map((r) => prefix + r));
    // A word full of such letters would explode combinatorially; the first spellings suffice.
    if (spellings.length > 16) spellings = spellings.slice(0, 16);
  }
  return [...new Set(spellings)];
}

/** The words of a text as Pagefind would split them (letters and marks, hyphens split). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Alias table for every word with an undecomposable letter. A folded spelling that is itself
 * a word of the text is left out, so rewriting a query never hides a literal match.
 */
export function buildWordAliases(words: Iterable<string>): WordAliases {
  const vocabulary = new Set<string>();
  const candidates = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    vocabulary.add(stripMarks(lower));
    if (hasUndecomposableLetter(lower)) candidates.add(lower);
  }
  const aliases: WordAliases = {};
  for (const original of [...candidates].sort()) {
    for (const spelling of foldedSpellings(original)) {
      if (
        spelling !== stripMarks(original) &&
        !vocabulary.has(spelling) &&
        !(spelling in aliases)
      ) {
        aliases[spelling] = original;
      }
    }
  }
  return aliases;
}

/** Rewrites each query word that is a known alias to the spelling used in the text. */
export function applyWordAliases(query: string, aliases: WordAliases): string {
  return query.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => aliases[stripMarks(word)] ?? word);
}
