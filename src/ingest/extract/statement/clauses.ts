/**
 * One act per statement. A sentence may tell two acts joined by a conjunction ("In April 2016,
 * Kosovo was voted into UEFA, and on 13 May 2016, at the 66th FIFA congress, …"; "Talat welcomed
 * Kosovo's independence, but a presidential spokesman said …"): it is cut where an independent
 * clause with a subject of its own begins, so each act keeps its own date and actor.
 *
 * A cut is made only where the second part opens a clause of its own — compromise finds its
 * subject at its start and a verb — and that clause brings a date of its own or a new subject
 * that names someone (an actor, a person, an official). "X said that A, and B" stays whole: B has
 * neither.
 */
import { findDates } from '../dates';
import { mainClause } from './mainClause';
import { doubleQuotedSpans } from '../../../shared/quotes';

const JOINT = /(?:,\s+(?:and|but|whilst|while|whereas)\s+|;\s+)/g;
const DATE_OPENING =
  /^(?:(?:later|then|again)\s+)?(?:in|on|at|during|by)\s+(?:early\s+|late\s+|mid-?)?(?=[\p{Lu}\d])/iu;
// The second part's subject names someone who can act.
const SOMEONE =
  /\b(?:president|minister|ministry|government|spokes\w+|official|ambassador|delegation|council|committee|parliament|assembly|secretary|chair\w*|leader\w*|prime|foreign|office|court)\b/i;

/**
 * `named` tells whether a stretch of text names a state, an organisation or a person the article
 * places; it is the caller's actor finder.
 */
export function splitActs(sentence: string, named: (text: string) => boolean): string[] {
  const quoted = doubleQuotedSpans(sentence);
  const cuts: Array<{ at: number; next: number }> = [];
  for (const m of sentence.matchAll(JOINT)) {
    const at = m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    const rest = sentence.slice(at + m[0].length);
    const left = sentence.slice(cuts.at(-1)?.next ?? 0, at);
    if (left.split(/\s+/).length < 4 || rest.split(/\s+/).length < 4) continue;
    // Only a part that opens with a date or names someone in its first words can be an act of its
    // own: checked before the (costly) parse.
    const opening = rest.split(/\s+/).slice(0, 8).join(' ');
    const dateFirst = DATE_OPENING.test(rest);
    if (!dateFirst && !named(opening) && !SOMEONE.test(opening)) continue;
    // "Russia, China, and India released …": the first part is a list, not a clause of its own.
    if (!mainClause(left).verb) continue;
    const clause = mainClause(rest);
    if (!clause.subject || !clause.verb) continue;
    const dateOpens = dateFirst && findDates(rest).some((d) => d.index < 25);
    const subjectAtStart = clause.subject.start - (dateOpens ? clause.subject.start : 0) <= 4;
    if (!subjectAtStart && !dateOpens) continue;
    const subjectText = rest.slice(clause.subject.start, clause.subject.end);
    if (clause.refersBack && !dateOpens) continue;
    if (!dateOpens && !named(subjectText) && !SOMEONE.test(subjectText)) continue;
    cuts.push({ at, next: at + m[0].length });
  }
  if (cuts.length === 0) return [sentence];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(sentence.slice(from, c.at).trim());
    from = c.next;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter((p) => p.length > 0);
}
