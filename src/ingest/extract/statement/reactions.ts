/**
 * "She won the title in Kazan, which has been greeted with joy by many Albanians as a victory":
 * a relative clause of reception in the passive, with its agent, tells the agent's reaction to the
 * act before it — a stance of another actor, told as a statement of its own. The agent decides
 * who reacted; what was reacted to is the act before it, whoever did it.
 */

// A verb of reception: how an act was greeted, praised or condemned by someone.
const RECEPTION =
  '(?:greeted|welcomed|hailed|celebrated|praised|applauded|condemned|criticised|criticized|denounced|decried)';
const AT_REACTION = new RegExp(
  String.raw`,\s+(?=which\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?${RECEPTION}\b[^.;]*?\bby\s)`,
  'g',
);
const REACTION = new RegExp(
  String.raw`^which\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+)?${RECEPTION}\b[^.;]*?\bby\s+((?:the\s+)?[^,;]*?)(?=\s+(?:as|for|because|since|after|in|on)\s|[,;.]|$)`,
);

/** Cuts a part before each relative clause of reception, which keeps its pronoun. */
export function reactionRelatives(part: string): string[] {
  for (const m of part.matchAll(AT_REACTION)) {
    const left = part.slice(0, m.index).trim();
    // A clause of its own before it: a name alone ("Kazan, which …") is no act to react to.
    if (left.split(/\s+/).length < 4) continue;
    return [left, part.slice(m.index + m[0].length).trim()];
  }
  return [part];
}

/** Who reacts in a part `reactionRelatives` cut off ("many Albanians"), as written; null otherwise. */
export function reactingAgent(part: string): { text: string; index: number } | null {
  const m = REACTION.exec(part);
  if (!m) return null;
  return { text: m[1]!, index: m.index + m[0].length - m[1]!.length };
}

// "This prompted a protest from the Serbian Foreign Ministry, which summoned …": a subject that
// caused something (pointing back or naming the act) and a reaction noun whose agent follows
// "from". What the sentence tells is that agent's reaction, not the subject's act.
const REACTION_FROM =
  /^(?:This|That|It|These|Those|The\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:prompted|drew|provoked|triggered|sparked|caused|brought)\s+(?:an?\s+|sharp\s+|strong\s+|formal\s+|official\s+)*(?:protests?|criticism|condemnation|reactions?|responses?|complaints?|rebukes?|objections?)\s+from\s+((?:the\s+)?[^,;.]+?)(?=\s*[,;.]|\s+(?:which|who|and|as|in|on|after)\s|$)/u;

/** The agent of the reaction a sentence's subject caused ("a protest from X"), as written; null otherwise. */
export function reactionFrom(clause: string): { text: string; index: number } | null {
  const m = REACTION_FROM.exec(clause);
  if (!m) return null;
  return { text: m[1]!, index: m.index + m[0].length - m[1]!.length };
}
