/**
 * Folding for name matching. Names and prose are compared after folding, so "Sao Tome" finds
 * "São Tomé", "Côte d’Ivoire" finds "Côte d'Ivoire" and a name broken over a line still matches.
 * Case is kept: country names are proper nouns, and lowercase "chad", "turkey" or "china" are not
 * mentions.
 */

import { stripDiacritics } from '../../shared/text';

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
