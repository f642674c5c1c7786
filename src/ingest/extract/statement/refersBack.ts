/**
 * A sentence whose subject points back to what was just told, after an optional connective
 * ("However,", "In addition,"): a personal or possessive pronoun (in lower case when it opens a
 * clause cut from its sentence), a demonstrative ("This", "Such"), or a definite noun.
 *
 * One place for both readers of it. A noun for the act's speaker or document ("The ministry", "The
 * same statement") points back to the act: with a verb that reports words it carries that act on
 * (statements.ts). A noun for the actor itself ("The authorities", "The two countries") points back
 * only to the actor: it carries the actor on (prosePositions.ts), but what it did is a new act
 * ("However, the authorities did not follow through …" after an arrangement concluded in 2001).
 */
import { alternation, BODIES, OFFICES, ORGANS, subset } from './offices';

const CONNECTIVE = String.raw`(?:(?:However|Indeed|Moreover|Also|Still|Yet|Instead|Further(?:more)?|In addition),?\s+)?`;
const POINTER = String.raw`[Hh]e|[Ss]he|[Tt]hey|It|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|This|These|That|Such`;
// The government and the authorities stand for the actor itself, so they point back to it, not to
// one act of it.
const FOR_THE_ACTOR = subset(BODIES, ['government', 'authorities']);
// The speakers an act is carried on by. Narrower than the vocabulary: "The council members …
// failed" after "an emergency session of the Security Council" is a new act by others; a body
// word may open a longer subject, so only the offices and bodies that speak for one act are here.
const SPEAKER_NOUN = alternation([
  ...subset(OFFICES, ['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president']),
  ...subset(ORGANS, ['ministry', 'delegation', 'commission']),
]);
const ACT_NOUN = String.raw`statement|resolution|letter|message|release|document|declaration|communiqu[ée]|report|${SPEAKER_NOUN}`;
const ACTOR_NOUN = String.raw`${alternation(FOR_THE_ACTOR)}|country|state|latter|former|two\s+countries`;

/** Points back to the act just told (its speaker, its document, or a pronoun). */
export const REFERS_BACK_TO_ACT = new RegExp(
  String.raw`^${CONNECTIVE}(?:${POINTER}|[Tt]he\s+(?:same\s+|said\s+)?(?:${ACT_NOUN}))\b`,
);

/** Points back to the actor just named (the act's words as above, or the actor by a common noun). */
// "The government of Prime Minister Ana Ruiz": a noun with its owner named after "of" says whose it
// is, so it points back to nobody; whose it is, the rules that read names decide, or none does.
const OWNER_NAMED = String.raw`(?!\s+of\s+(?:the\s+)?\p{Lu})`;
export const REFERS_BACK_TO_ACTOR = new RegExp(
  String.raw`^${CONNECTIVE}(?:${POINTER}|[Tt]he\s+(?:same\s+|said\s+)?(?:${ACT_NOUN}|${ACTOR_NOUN})\b${OWNER_NAMED}|Both\s+countries)\b`,
  'u',
);
