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
const CONNECTIVE = String.raw`(?:(?:However|Indeed|Moreover|Also|Still|Yet|Instead|Further(?:more)?|In addition),?\s+)?`;
const POINTER = String.raw`[Hh]e|[Ss]he|[Tt]hey|It|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|This|These|That|Such`;
const ACT_NOUN = String.raw`delegation|statement|resolution|letter|message|release|document|declaration|communiqu[ée]|spokes(?:man|woman|person)|ministry|minister|president|commission|report`;
const ACTOR_NOUN = String.raw`government|authorities|country|state|latter|former|two\s+countries`;

/** Points back to the act just told (its speaker, its document, or a pronoun). */
export const REFERS_BACK_TO_ACT = new RegExp(
  String.raw`^${CONNECTIVE}(?:${POINTER}|[Tt]he\s+(?:same\s+|said\s+)?(?:${ACT_NOUN}))\b`,
);

/** Points back to the actor just named (the act's words as above, or the actor by a common noun). */
export const REFERS_BACK_TO_ACTOR = new RegExp(
  String.raw`^${CONNECTIVE}(?:${POINTER}|[Tt]he\s+(?:same\s+|said\s+)?(?:${ACT_NOUN}|${ACTOR_NOUN})|Both\s+countries)\b`,
);
