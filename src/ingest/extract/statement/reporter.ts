/**
 * Who the source says reports a statement, when it attributes its account: "According to leaked US
 * cables, Zambia did not want …" (the cables), "it was reported that …", "X is reported to have
 * responded" (an unnamed report). A report is not the act of the reporter: the actor stays the
 * subject of the reported clause; the reporter is kept beside it and the voice is `reported`.
 */
/** The words a statement's page shows for a report the source does not name. */
export const UNNAMED_REPORT = 'an unnamed report';

const ACCORDING_TO = /^(?:[^,]{0,40},\s*)?[Aa]ccording to\s+(?:the\s+)?([^,]{3,80}),/;
// "it was stated that Peru had no plans": an agentless report of words, which no one is named as
// saying — the source does not tell it as the actor's own statement.
const UNNAMED =
  /\b(?:it\s+(?:was|has\s+been|is|had\s+been)\s+(?:reported|stated|said|claimed|alleged)(?:\s+that)?\b|(?:is|are|was|were)\s+reported\s+to|reportedly)\b/i;

/**
 * The reporter of `sentence`, or null when the source tells it itself. `isActorItself` tells a
 * party's own channel ("According to the European Commission's website" for the EU) from a third
 * party: an actor's own publication is its statement, not a report about it.
 */
export function reporterOf(
  sentence: string,
  isActorItself: (phrase: string) => boolean,
): string | null {
  const according = ACCORDING_TO.exec(sentence);
  if (according) {
    const phrase = according[1]!.trim();
    return isActorItself(phrase) ? null : phrase;
  }
  return UNNAMED.test(sentence) ? UNNAMED_REPORT : null;
}
