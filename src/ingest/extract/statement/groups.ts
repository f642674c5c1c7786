/**
 * Groups of people and media that act in their own right: "Belarusian papers described …", "Some
 * Chilean and Green representatives called for …", "it is contended by some scholars that …", "the
 * Estonian paper Postimees released …". What they say or do is theirs — an actor of its own, never
 * the state whose nationality they carry or the state they write about. A group of states ("many
 * countries") is not one of them: which states it means, the sentence does not say.
 */
import type { ActorRef } from '../../../schemas';
import { toSlug } from '../../../shared/slug';
import { alternation, OFFICE_HOLDERS } from './offices';

// People who speak or act as a group without being any state's organ. Officials, diplomats, leaders
// and ministries are a state's organs (subject.ts reads those).
const PEOPLE =
  /^(?:papers|newspapers|media|press|journalists|reporters|commentators|columnists|editors|bloggers|scholars|academics|historians|researchers|analysts|experts|observers|critics|representatives|deputies|MPs|legislators|lawmakers|parliamentarians|politicians|activists|protesters|demonstrators|students|intellectuals|nationalists|clerics|bishops|priests|veterans|voters|residents|citizens)$/;
// Followers of a cause or a doctrine, named by "-ist" ("separatists", "unionists", "Islamists",
// "economists"): such a plural names people, whatever the cause, so no list of causes is needed.
const FOLLOWERS = /^\p{L}{3,}ists$/u;
const QUANTIFIER = /^(?:some|several|many|most|a\s+few|few|a\s+number\s+of|numerous|other)\s+/i;
// Words that make the group a definite one the text named before ("the journalists", "these
// experts"): who they are is said elsewhere, so they are not introduced here as a new actor.
const DEFINITE = /^(?:the|these|those|such|its|their|his|her)\s/i;
// A verb that tells an act or words: not a state of being ("were concerned"), not a passive
// ("have been arrested", whose subject is who was acted upon).
const NOT_AN_ACT =
  /^(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|remain(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?)\b/i;
// A medium named with what it is: "the Estonian paper Postimees", "the daily Politika".
const NAMED_MEDIUM =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:paper|newspaper|daily|weekly|magazine|tabloid|broadcaster|news\s+agency|agency|television\s+channel|channel|radio\s+station|website|news\s+portal|portal)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;

// A group qualified as a state's own ("Chilean government representatives", "foreign ministry
// experts") is that state's organ, which subject.ts reads.
const ORGAN_MODIFIER =
  /\b(?:government|governmental|ministry|ministerial|state|official|foreign|embassy|consular|presidential|military|army|police|parliamentary)\b/i;

/**
 * Whether a phrase names a medium with what it is ("the Colombian newspaper El Tiempo", "the daily
 * Politika"): a third party, whatever nationality it carries.
 */
export const isNamedMedium = (phrase: string): boolean => NAMED_MEDIUM.test(phrase.trim());

// "Peruvian lawmakers", "European parliamentarians": a polity's political class, qualified by its
// nationality alone and not counted, is the polity speaking (subject.ts reads it as its organ).
const POLITICAL_CLASS = new RegExp(
  String.raw`^\p{Lu}[\p{L}-]+\s+(?:${alternation(OFFICE_HOLDERS)})$`,
  'u',
);

const other = (name: string): ActorRef => ({ type: 'other', id: toSlug(name), name });

/**
 * The group a subject names when it is a group of people (a bare or quantified plural: "Belarusian
 * papers", "some scholars", "many Albanians") or a named medium, acting with `verb` (null: a passive's
 * agent, "by some scholars"); null for anything else.
 */
export function groupActor(subject: string, verb: string | null): ActorRef | null {
  if (verb !== null && NOT_AN_ACT.test(verb.trim())) return null;
  const text = subject.trim().replace(/,$/, '');
  const medium = NAMED_MEDIUM.exec(text);
  if (medium) return other(medium[1]!);
  if (DEFINITE.test(text)) return null;
  if (POLITICAL_CLASS.test(text)) return null;
  const group = text.replace(QUANTIFIER, '').trim();
  const words = group.split(/\s+/);
  // The modifiers are words of description or nationality ("Romanian and Communist"), not a clause.
  if (words.length > 6 || /[,;:()"“”]/.test(group) || ORGAN_MODIFIER.test(group)) return null;
  // "many Albanians", "most Chileans": a people counted by a quantifier is a group of people.
  const people = group !== text && words.length === 1 && /^\p{Lu}\p{Ll}{2,}s$/u.test(group);
  return PEOPLE.test(words.at(-1)!) || FOLLOWERS.test(words.at(-1)!) || people
    ? other(group)
    : null;
}
