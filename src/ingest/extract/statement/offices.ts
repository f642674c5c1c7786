/**
 * The words that name an office a person holds ("president", "spokeswoman") and the words that name
 * a body that acts or speaks ("ministry", "council"). Who speaks for an actor is read by several
 * rules (the quote speakers, the statement speakers, the voice, the clause splitter, the prose
 * positions), and each used to keep a list of its own, so a word added for one stayed unknown to
 * the others. The words live here once; a rule that must read fewer of them takes a named narrower
 * list built from these (`subset`, `except`), whose comment says why it is narrower; the helpers
 * below turn a list into the alternatives of a regular expression, in the plural or in capitals.
 */
import { escapeRegExp } from '../../../shared/text';

/** Offices a person holds, in the singular: one word, or one joined by a hyphen. */
export const OFFICES: readonly string[] = [
  'president',
  'vice-president',
  'premier',
  'chancellor',
  'minister',
  'vice-minister',
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

/**
 * Titles a person is known by without a personal name ("the Pope", "the 14th Dalai Lama", "the Emir
 * of Qatar"). Narrower than OFFICES: "the president" or "the minister" alone is a role, not who.
 */
export const TITLES = subset(OFFICES, [
  'king',
  'queen',
  'prince',
  'emir',
  'sultan',
  'pope',
  'cardinal',
  'lama',
]);

/** Words that open an office's name but name no office alone ("Prime Minister", "Foreign Minister"). */
export const OFFICE_OPENERS: readonly string[] = ['prime', 'foreign'];

/**
 * Bodies that act or speak as one (a word, or two where one alone would say less: "press service"): organs of a state or organisation, its offices abroad, its
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
  'press service',
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
  'movement',
  'group',
  'regime',
  'police',
  'army',
  'military',
  'navy',
  'militia',
  'guard',
  'forces',
  'authorities',
  'leadership',
  'media',
];

function checked(list: readonly string[], words: readonly string[]): readonly string[] {
  const unknown = words.find((word) => !list.includes(word));
  if (unknown) throw new Error(`offices.ts: "${unknown}" is not in the vocabulary`);
  return words;
}

/**
 * The words of `list` named by `words`, in that order. A narrower list is built through this or
 * `except` so that it can hold no word the vocabulary lacks: an unknown word throws when the module
 * loads.
 */
export function subset(list: readonly string[], words: readonly string[]): readonly string[] {
  return checked(list, words);
}

/** The words of `list` but those named by `words`. */
export function except(list: readonly string[], words: readonly string[]): readonly string[] {
  const left = checked(list, words);
  return list.filter((word) => !left.includes(word));
}

/**
 * Offices whose word makes a phrase a role wherever it stands in it ("a ministry official", "the
 * Paraguayan president"). Narrower than OFFICES: "member" and "general" are as often a plain noun
 * or adjective inside a phrase ("EU member states", "the General Assembly") as an office.
 */
export const ROLE_OFFICES = except(OFFICES, ['member', 'general']);

/**
 * Bodies that speak for a state by their common noun alone, as a role with no name ("the
 * ministry", "the presidency", "the authorities"). Narrower than BODIES: a council or a court
 * written without capitals is a body of its own (`ORGANS`), not a role someone holds.
 */
export const EXECUTIVE_BODIES = subset(BODIES, [
  'government',
  'presidency',
  'ministry',
  'authorities',
]);

/**
 * Bodies that belong to a state or an organisation and speak for it ("the riot police", "the
 * European Commission"). Narrower than BODIES: the names of states and organisations themselves
 * end in "Federation", "Union", "League", "Movement" ("the Russian Federation" is Russia, not a
 * body of it), and "the authorities", "the leadership", "the regime" or "the media" name a
 * collective, not one body.
 */
export const ORGANS = except(BODIES, [
  'authorities',
  'leadership',
  'media',
  'regime',
  'union',
  'league',
  'federation',
  'organization',
  'organisation',
  'association',
  'front',
  'party',
  'movement',
  'group',
]);

/**
 * The members of a polity's legislature or political class, named as a plural ("Peruvian
 * lawmakers", "European parliamentarians"): with nothing but the polity's nationality before them
 * they are its political class speaking for it, as its officials do; counted ("some Peruvian
 * deputies") or joined with a party ("Peruvian and Green deputies") they are a part that speaks for
 * itself (groups.ts).
 */
export const OFFICE_HOLDERS: readonly string[] = [
  'politicians',
  'parliamentarians',
  'lawmakers',
  'legislators',
  'deputies',
  'senators',
  'MPs',
];

/** "officials", "spokesmen", "secretaries": the plural of an office or body word. */
export function plural(word: string): string {
  if (/(?:wo)?man$/.test(word)) return word.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(?:s|x|ch|sh)$/.test(word)) return word;
  return `${word}s`;
}

/**
 * The words as the alternatives of a regular expression, longest first so none stops at a prefix;
 * the words of a two-word entry may be parted by any white space (a line break in a source).
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((word) => escapeRegExp(word).replace(/ /g, String.raw`\s+`))
    .join('|');
}

/** "Minister", "Prime Minister": the words as written in a name or in a title before one. */
export function capitalised(words: readonly string[]): readonly string[] {
  return words.map((w) => w.replace(/(?:^|[-\s])\p{Ll}/gu, (c) => c.toUpperCase()));
}

/**
 * The bodies and offices whose work is to speak for a state (a ministry, its embassies and
 * missions, a press service, a spokesperson), so that "the ministry denies" tells words said on an
 * occasion. Narrower than ORGANS and OFFICES: "the government maintains" or "the president insists"
 * may as well tell a standing view, as "Russia argues" does.
 */
export const SPOKESBODIES: readonly string[] = [
  ...subset(ORGANS, [
    'ministry',
    'office',
    'presidency',
    'embassy',
    'secretariat',
    'mission',
    'delegation',
    'press service',
  ]),
  ...subset(OFFICES, ['spokesman', 'spokeswoman', 'spokesperson']),
];

/**
 * The offices that speak for a state as a whole: its head, its head of government, its foreign
 * minister ("President Juan Soto", "Foreign Minister Ana Ruiz"). Narrower than OFFICES: a title
 * before a name that the rules take to speak for the article's state must be one of these; an
 * ambassador or a spokesman may speak for a body or for another state.
 */
export const STATE_LEADERS: readonly string[] = [
  ...subset(OFFICES, ['president', 'chancellor', 'king', 'queen']),
  ...OFFICE_OPENERS.map((opener) => `${opener} minister`),
];
