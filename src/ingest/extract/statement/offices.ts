/**
 * The words that name an office a person holds ("president", "spokeswoman") and the words that name
 * a body that acts or speaks ("ministry", "council"). Who speaks for an actor is read by several
 * rules (the quote speakers, the statement speakers, the voice, the clause splitter, the prose
 * positions), and each used to keep a list of its own, so a word added for one stayed unknown to
 * the others. The words live here once; a rule that must read fewer of them takes a named narrower
 * list built from these (`subset`), whose comment says why it is narrower.
 */
import { escapeRegExp } from '../../../shared/text';

/** Offices a person holds, in the singular: one word, or one joined by a hyphen. */
export const OFFICES: readonly string[] = [
  'president',
  'vice-president',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'secretary-general',
  'undersecretary',
  'under-secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'consul',
  'diplomat',
  'delegate',
  'representative',
  'commissioner',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'director',
  'speaker',
  'head',
  'chief',
  'governor',
  'mayor',
  'leader',
  'official',
  'officer',
  'deputy',
  'counsellor',
  'adviser',
  'advisor',
  'senator',
  'congressman',
  'congresswoman',
  'parliamentarian',
  'lawmaker',
  'member',
  'counterpart',
  'general',
  'king',
  'queen',
  'prince',
  'emir',
  'sultan',
  'pope',
  'cardinal',
  'lama',
];

/** Words that open an office's name but name no office alone ("Prime Minister", "Foreign Minister"). */
export const OFFICE_OPENERS: readonly string[] = ['prime', 'foreign'];

/**
 * Bodies that act or speak as one: organs of a state or organisation, its offices abroad, its
 * forces, and the collectives a source lets speak ("the authorities", "the media").
 */
export const BODIES: readonly string[] = [
  'government',
  'administration',
  'cabinet',
  'presidency',
  'ministry',
  'department',
  'office',
  'agency',
  'service',
  'secretariat',
  'embassy',
  'mission',
  'delegation',
  'council',
  'committee',
  'commission',
  'conference',
  'assembly',
  'parliament',
  'congress',
  'senate',
  'court',
  'bank',
  'fund',
  'league',
  'union',
  'federation',
  'association',
  'organization',
  'organisation',
  'front',
  'party',
  'police',
  'army',
  'military',
  'navy',
  'militia',
  'guard',
  'forces',
  'authorities',
  'media',
];

/**
 * The words of `list` named by `words` (space-separated), in that order. A narrower list is built
 * through this so that it can hold no word the vocabulary lacks: an unknown word throws at load.
 */
export function subset(list: readonly string[], words: string): readonly string[] {
  return words.split(/\s+/).map((word) => {
    if (!list.includes(word)) throw new Error(`offices.ts: "${word}" is not in the vocabulary`);
    return word;
  });
}

/** "officials", "spokesmen", "secretaries": the plural of an office or body word. */
export function plural(word: string): string {
  if (/(?:wo)?man$/.test(word)) return word.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(?:s|x|ch|sh)$/.test(word)) return word;
  return `${word}s`;
}

/** The words as the alternatives of a regular expression, longest first so none stops at a prefix. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

/** "Minister": the words as written in a name or a title before one. */
export function capitalised(words: readonly string[]): readonly string[] {
  return words.map((w) => w.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase()));
}
