/**
 * ", but this was rejected by some member states, including …", "; it was later vetoed by Peru": a
 * passive whose subject points back to the act just told names who acted on it in its agent — a
 * stance of another actor, told as a clause of its own. Read from the words after the subject:
 * compromise may give the auxiliary alone as the verb ("was" in "was later vetoed").
 */

// An auxiliary of "be", at most one adverb ("later", "firmly"), a participle, "by".
const PASSIVE_BY =
  /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en|wn)\s+by\s+/u;

/**
 * The agent of the passive that follows a subject (`afterSubject`: the words after it), up to the
 * first comma or semicolon, with where it starts in `afterSubject`; null when no such passive.
 */
export function passiveAgentAfter(afterSubject: string): { text: string; index: number } | null {
  const m = PASSIVE_BY.exec(afterSubject);
  if (!m) return null;
  const text = afterSubject
    .slice(m[0].length)
    .split(/[,;]/)[0]!
    .replace(/[.!?\s]+$/, '');
  return text ? { text, index: m[0].length } : null;
}
