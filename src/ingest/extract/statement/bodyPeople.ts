/**
 * A named body that is no state, read as the subject through the people who act for it: "Green
 * Front leader X said", "Freedom deputies walked out", "a group of Green Alliance members of
 * parliament submitted", "X, mayor of the Municipality of Y, visited". A party's leader or deputies
 * act for the party, and a person with a role in a body for the body; the body acts for itself, not
 * for the state it sits in. Only a name read whole counts; a name with a state or an organisation the
 * atlas knows inside is left to the rules that read mentions. These are words of English, not of one
 * article.
 */
import { OWN_BODY_HEAD } from './ownBodies';

/** Where a name is written, in the text the function was given. */
export interface NamedBody {
  name: string;
  start: number;
  end: number;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*`;
// The head of a political body's name: the name says it is a party, a front, a list.
const PARTY_HEAD =
  /^(?:Front|Party|Movement|List|Coalition|Alliance|Bloc|League|Initiative|Union)$/;
// People who act for a party: its leaders, its deputies, its members in a chamber.
const FOR_PARTY = String.raw`(?:leader|chairman|chairwoman|chair|president|spokes(?:man|woman|person)|deputies|MPs|lawmakers|legislators|parliamentarians|councillors|members)`;
// Only the plural people of a chamber make a bare one-word name a party ("Syriza deputies").
const CHAMBER_PEOPLE = /^(?:deputies|MPs|lawmakers|legislators|parliamentarians)$/;
const PEOPLE_OF_BODY = new RegExp(
  String.raw`^(?:(?:a\s+group|a\s+number|some|several|many|two|three|four|five)\s+of\s+|some\s+|several\s+|many\s+)?(?:the\s+)?(${WORD}(?:\s+${WORD}){0,3})\s+(${FOR_PARTY})\b`,
  'u',
);

/**
 * The party named by the people who act for it at the text's start ("Green Front leader X",
 * "Freedom deputies"): the name whole and where it stands, or null when the words name no party. A
 * name of several words must end in a party's head; a single word needs chamber people after it and
 * may not open the sentence (where any word is capitalised).
 */
export function partyOfPeople(text: string, atSentenceStart: boolean): NamedBody | null {
  const m = PEOPLE_OF_BODY.exec(text);
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(/\s+/);
  const single = words.length === 1;
  if (single ? !CHAMBER_PEOPLE.test(m[2]!) || atSentenceStart : !PARTY_HEAD.test(words.at(-1)!))
    return null;
  const start = m.index + m[0].length - m[2]!.length - 1 - name.length;
  return { name, start, end: start + name.length };
}

const PERSON_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+`;
// "The Freedom and Direct Democracy party of Tomio Okamura supported …": a name, the word party
// (or movement), then "of" or "led by" a person's full name, then the verb or an aside.
const PARTY_OF_LEADER = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(${WORD}(?:\s+(?:(?:and|&)\s+)?${WORD}){0,5}?)\s+(party|Party|movement|Movement)\s+(?:of|led\s+by)\s+${PERSON_NAME}(?=,|\s+\p{Ll}|$)`,
  'u',
);

/**
 * The party named with the person who leads it at the text's start ("the Green Unity party of Ana
 * Ruiz"): the party acts, not its leader nor the state it sits in. A lower-case "party" is not part
 * of the name; a capitalised one is. `end` is where the leader's name ends, so the caller sees
 * every name the phrase holds (a state after "of" is no leader).
 */
export function partyOfLeader(text: string): NamedBody | null {
  const m = PARTY_OF_LEADER.exec(text);
  if (!m) return null;
  const head = m[2]!;
  const name = /^\p{Lu}/u.test(head) ? `${m[1]!} ${head}` : m[1]!;
  const start = m[0].length - m[0].replace(/^the\s+/i, '').length;
  return { name, start, end: m[0].length };
}

// The head of a body a person's role is in: a body of its own, or a municipality (a town's own
// council, no organ of the state).
const ROLE_BODY_HEAD = /^(?:Municipality|Commune)$/;
const ROLE_IN = String.raw`(?:mayor|president|chairman|chairwoman|chair|head|leader|director|secretary[-\s]general|spokes(?:man|woman|person)|founder)`;
const PERSON_ROLE_IN_BODY = new RegExp(
  String.raw`^(${WORD}(?:\s+${WORD}){1,3}),\s+(?:the\s+)?(?:(?:deputy|vice|acting|former|then)[\s-])?${ROLE_IN}\s+of\s+(?:the\s+)?((${WORD}(?:\s+${WORD}){0,3})(?:\s+(?:of|for)\s+(?:the\s+)?${WORD}(?:\s+(?:and\s+)?${WORD}){0,3})?),\s+`,
  'u',
);

/**
 * "Ana Ruiz, mayor of the Municipality of Tuzla, visited …", "X, president of the Football
 * Association of Y, said …": a person with a role in a body named whole acts for that body. The
 * body's name and where it stands, or null when the role is in no such body (a ministry, a state).
 */
export function bodyOfPersonsRole(text: string): NamedBody | null {
  const m = PERSON_ROLE_IN_BODY.exec(text);
  if (!m) return null;
  const head = m[3]!.split(/\s+/).at(-1)!;
  if (!OWN_BODY_HEAD.test(head) && !ROLE_BODY_HEAD.test(head)) return null;
  // A committee may be a parliament's: the own-body rules say so by its other words.
  if (head === 'Committee') return null;
  const start = m[0].length - 2 - m[2]!.length;
  return { name: m[2]!, start, end: start + m[2]!.length };
}
