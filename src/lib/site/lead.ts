/**
 * The opening of an actor's page, composed from the structured data and the sources' own words:
 * the reasons the sources give for its position (each with the line it is read from) and its
 * latest dated statement. Only clauses the sources write are used; nothing is paraphrased.
 */
import type { Position, SourceRef } from '../../schemas';
import { byDate } from './statement';

export interface Reason {
  /** The clause as written, from its cue word ("because of objections to …"). */
  text: string;
  /** The statement it is read from, and that statement's first source line. */
  position: Position;
  source: SourceRef;
}

// Words after which a source gives a reason: causal ones only. A speech verb ("stating that",
// "saying that") introduces what was said, which is the position itself or another claim ("Serbia
// claims the number is 84, stating that some countries have withdrawn"), not why the actor holds
// it. Tried in this order within a sentence; the clause runs from the cue to the end of its sentence.
const REASON_CUE =
  /\b(because of|because|due to|owing to|on the grounds that|based on|linked to|citing|out of respect for)\b/i;
// An actor's argument is its reason: what it argues or holds ("Ruritania argues that such a
// declaration sets a dangerous precedent"); the clause after "that" is the reason.
const ARGUES = /\b(?:argues|argued|contends|contended|holds|held|maintains|maintained) that\s+/i;
// A consequence drawn from a view ("X views Kosovo as part of Serbia and, therefore, believes …"):
// the reason is the clause before the connective.
// The connective opens a clause of its own (after a comma or "and"), not an adverb inside one
// ("could thus pose").
const THEREFORE = /(?:,\s*|\s+and,?\s+)(?:and,?\s+)?(?:therefore|thus|hence|consequently)\b/i;
const MAX_REASON = 220;
// A reason for a position on Kosovo's status names what is at stake; a "because" about a football
// match or an embassy's staff is not one.
const ABOUT_STATUS =
  /recogni|independen|sovereign|international law|secession|territorial|precedent|status/i;

const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter((s) => s.trim().length > 0);

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max).replace(/[\s,;:]+\S*$/, '')} …`;

/**
 * The clause of a sentence that gives a reason, in the first shape that holds: after a causal cue
 * ("because of objections to …"); after an argument verb ("argues that …"); before a consequence
 * connective ("… as an integral part of Serbia and, therefore, believes …"). Null when none does.
 */
function reasonClause(sentence: string): string | null {
  const cue = REASON_CUE.exec(sentence);
  if (cue) {
    // The reason ends where the sentence turns to something else ("…, while Greece …"); one that
    // opens the sentence ("Due to Serbian claims that …, its initial reactions …") ends at its comma.
    const rest = sentence.slice(cue.index);
    return cue.index === 0
      ? rest.split(/,\s/)[0]!
      : rest.split(/[,;]\s+(?:while|whereas|but)\s/)[0]!;
  }
  const argues = ARGUES.exec(sentence);
  if (argues) return sentence.slice(argues.index + argues[0].length);
  const therefore = THEREFORE.exec(sentence);
  // Words before it, not a sentence that opens with "Therefore, …" (its reason is elsewhere).
  if (!therefore || therefore.index === 0) return null;
  // What was said to hold, after its speech verb ("stressed that Ruritania does not wish to
  // encourage secession and therefore …"), not who said it.
  const before = sentence.slice(0, therefore.index);
  const that = before.lastIndexOf(' that ');
  return that >= 0 ? before.slice(that + ' that '.length) : before;
}

/**
 * Up to `limit` reasons the sources give for the actor's position on Kosovo, from its own
 * statements and the sources' descriptions of it, each distinct.
 */
export function reasonsFor(positions: readonly Position[], limit = 3): Reason[] {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const position of positions) {
    if (position.topic !== 'kosovo') continue;
    const source = position.sources[0];
    if (!source) continue;
    for (const sentence of sentencesOf(position.text)) {
      if (!ABOUT_STATUS.test(sentence)) continue;
      const clause = reasonClause(sentence);
      if (!clause) continue;
      const text = clip(clause.replace(/[.\s]+$/, ''), MAX_REASON);
      const key = text.toLowerCase().slice(0, 60);
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push({ text, position, source });
      break;
    }
    if (reasons.length >= limit) break;
  }
  return reasons;
}

/** The actor's latest statement that has a date of its own, or undefined. */
export function latestDated(positions: readonly Position[]): Position | undefined {
  return byDate(positions.filter((p) => p.date !== null)).at(-1);
}
