/**
 * When a nationality names people rather than a state: "ethnic Hungarians", "the Hungarian
 * population", "Dutch diplomat Pieter Feith", "Hungarian-speaking". The ingest's actor finder
 * (src/ingest/extract/actors.ts) and the pages' cross-links (src/lib/text/mentions.ts) read these
 * same rules, so a name the ingest does not take for a state is not linked to one either.
 * The common nouns are English; words that only these articles needed are editorial
 * (content/editorial/source-patterns.yaml, peopleWords), each with the line it was written for.
 */
import { sourcePatterns } from './sourcePatterns';

// Nouns (and participles) after a nationality that make it a people, a language, an origin or a
// person of that origin.
const PEOPLE_NOUNS = [
  'minority',
  'minorities',
  'majority',
  'population',
  'populations',
  'people',
  'peoples',
  'community',
  'communities',
  'inhabited',
  'speaking',
  'speakers',
  'language',
  'origin',
  'descent',
  'born',
  'diaspora',
  'nationals?',
  'citizens?',
  'diplomats?',
  'players?',
  'artists?',
  'journalists?',
  'scholars?',
  'respondents',
  'nation',
];

/** Words before a nationality that make it a people ("ethnic Albanians", "fellow Serbs"). */
export const PEOPLE_BEFORE = /\b(?:ethnic|native|local|fellow)\s+$/i;

// Words after a state's name that make it part of a place's name ("Mexico City").
const PLACE_WORDS = ['City', 'Oblast', 'Province', 'Square', 'Street'];

/**
 * Matches at the start of the text after a state's name when the name is part of a longer one: a
 * place ("Mexico City") or the editorial partOfNameWords ("Kosovo Force", "Palestine Liberation
 * Organization"). Case kept: "Kosovo force" is no name.
 */
export function partOfNameAfter(
  editorialWords: readonly string[] = sourcePatterns().partOfNameWords.map((w) => w.word),
): RegExp {
  return new RegExp(String.raw`^\s+(?:${[...PLACE_WORDS, ...editorialWords].join('|')})\b`, 'u');
}

/**
 * Matches at the start of the text after a nationality when that nationality names people: a
 * people noun, after a space or a hyphen ("Hungarian-speaking"). `editorialWords` are the
 * expressions of source-patterns.yaml's peopleWords (by default the site's editorial folder's).
 */
export function peopleAfter(
  editorialWords: readonly string[] = sourcePatterns().peopleWords.map((w) => w.word),
): RegExp {
  return new RegExp(
    String.raw`^[\s-]*(?:${[...PEOPLE_NOUNS, ...editorialWords].join('|')})\b`,
    'iu',
  );
}
