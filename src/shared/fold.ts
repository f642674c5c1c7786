/**
 * The one fold of the Atlas: how the ingest, the site and the search page's browser code compare
 * names and words. Text is folded so "Sao Tome" finds "São Tomé", "Côte d’Ivoire" finds
 * "Côte d'Ivoire" and a name broken over a line still matches. `foldText` keeps case (country
 * names are proper nouns: lowercase "chad" or "turkey" is no mention) and maps every folded unit
 * back to the original; the keys below are built on it for comparisons that ignore case.
 * Nothing here may import Node modules: the search page bundles it.
 */

import { stripDiacritics } from './text';

/** Folded text with, for every folded code unit, the original range it came from. */
export interface FoldedText {
  text: string;
  /** `start[i]`: offset in the original of the code point folded unit `i` came from. */
  start: number[];
  /** `end[i]`: end offset in the original (combining marks that folded away included). */
  end: number[];
}

// Typographic variants the sources mix freely; each folds to the plain ASCII form.
const CHAR_FOLDS: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
};

const WHITESPACE = /^\s$/u;

function foldCodePoint(cp: string): string {
  const mapped = CHAR_FOLDS[cp];
  if (mapped !== undefined) return mapped;
  if (WHITESPACE.test(cp)) return ' ';
  return stripDiacritics(cp);
}

export function foldText(original: string): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const cp of original) {
    const cpEnd = offset + cp.length;
    const folded = foldCodePoint(cp);
    const previousIsSpace = text.endsWith(' ');
    if (folded === '' || (folded === ' ' && previousIsSpace)) {
      // A lone combining mark or a second space belongs to the unit before it, so a match never
      // ends between a letter and its accent.
      if (end.length > 0) end[end.length - 1] = cpEnd;
    } else {
      for (let i = 0; i < folded.length; i++) {
        start.push(offset);
        end.push(cpEnd);
      }
      text += folded;
    }
    offset = cpEnd;
  }
  return { text, start, end };
}

/** The key a name is compared by: folded, with surrounding space trimmed. */
export function nameKey(name: string): string {
  return foldText(name).text.trim();
}

/** Folded and lowercased, spaces collapsed and trimmed: two spellings of a name compare equal. */
export function foldKey(text: string): string {
  return foldText(text).text.toLowerCase().trim();
}

/** The folded, lowercased words of a text separated by single spaces (punctuation dropped). */
export function foldWords(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Like `foldWords`, keeping only ASCII letters and digits: a letter with no ASCII base (đ, ł, ø)
 * splits the word there. Published statement ids are built from these words, so this must not
 * change.
 */
export function foldAsciiWords(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
