/**
 * Whose stance an analysis sentence that points back is about: "These moves reflect Ruritania's
 * wish to …", "Such steps show Ruritanian caution …". A demonstrative with its noun carries the
 * acts just told, but a verb of reflecting says what they stand for, and the one actor the clause
 * names as the owner of that (its possessor, or its nationality on a noun) is whose stance the
 * article analyses — not the actor of the sentence before (a poll, or another state that praised
 * them). Two actors named so, or none, and nothing is read here.
 *
 * A verb of inference with a that-clause ("These contacts suggest that Ruritania now looks to …",
 * "Such votes indicate that Ruritania's stance has hardened") says what the acts show of the actor
 * who is that clause's subject, or owns it: the inference is about that actor, not the actor of the
 * sentence before (whose contacts they were may be anyone's).
 */
import type { Mention } from '../actors';

// A demonstrative and its noun open the clause ("These moves", "This policy").
const DEMONSTRATIVE_SUBJECT = /^(?:These|Those|Such|This|That)\s+\p{Ll}{3,}\s+/u;
// The verb of an analysis: what the acts stand for, not another act.
const REFLECTING =
  /^(?:(?:may|might|can|could|also|largely|partly)\s+)*(?:reflect|reflects|reflected|show|shows|showed|illustrate|illustrates|illustrated|mirror|mirrors|mirrored|demonstrate|demonstrates|demonstrated|underline|underlines|underlined)\b/;

// A verb of inference and its that-clause: the clause's subject is what the acts are read to show.
const INFERRING =
  /^(?:(?:may|might|can|could|also|strongly)\s+)*(?:suggest|suggests|suggested|indicate|indicates|indicated|imply|implies|implied)\s+that\s+/;

/**
 * The mention whose stance the clause starting at `start` of `sentence` analyses, when that clause
 * is "<demonstrative> <noun> <verb of reflecting> …" and names one actor as an owner before its
 * first comma.
 */
export function analysedOwner(
  sentence: string,
  start: number,
  mentions: Mention[],
  isDemonym: (m: Mention) => boolean,
): Mention | null {
  const clause = sentence.slice(start);
  const subject = DEMONSTRATIVE_SUBJECT.exec(clause);
  if (!subject) return null;
  const inferred = INFERRING.exec(clause.slice(subject[0].length));
  if (inferred) {
    // The that-clause's subject: a name (or a nationality on a noun, or a possessor) right after
    // "that", followed by its verb or its noun, so "that the talks with Ruritania …" names no one.
    const at = start + subject[0].length + inferred[0].length;
    const head = mentions.find(
      (m) =>
        m.index === at + (/^the\s+/i.exec(sentence.slice(at))?.[0].length ?? 0) &&
        (isDemonym(m)
          ? /^\s+\p{Ll}/u.test(sentence.slice(m.end))
          : /^(?:['’]s\s+\p{Ll}|\s+\p{Ll})/u.test(sentence.slice(m.end))),
    );
    return head ?? null;
  }
  if (!REFLECTING.test(clause.slice(subject[0].length))) return null;
  const comma = clause.indexOf(',');
  const end = start + (comma < 0 ? clause.length : comma);
  const owners = mentions.filter(
    (m) =>
      m.index >= start + subject[0].length &&
      m.end <= end &&
      (isDemonym(m)
        ? /^\s+\p{Ll}/u.test(sentence.slice(m.end))
        : /^['’]s\s+\p{Ll}/u.test(sentence.slice(m.end))),
  );
  const ids = new Set(owners.map((m) => `${m.actor.type}:${m.actor.id}`));
  return ids.size === 1 ? owners[0]! : null;
}
