/**
 * Who the source says reports a statement, when it attributes its account: "According to leaked US
 * cables, Zambia did not want …" (the cables), "A leaked cable states that …" (the cable), "it was
 * reported that …", "X is reported to have responded", "they allegedly wanted" (an unnamed report). A report is not the act of the reporter: the actor stays the
 * subject of the reported clause; the reporter is kept beside it and the voice is `reported`.
 */
import {
  alternation,
  EXECUTIVE_BODIES,
  OFFICE_OPENERS,
  ROLE_OFFICES,
  SPOKESBODIES,
} from './offices';
import { doubleQuotedSpans } from '../../../shared/quotes';
import { isNamedMedium } from './groups';

/**
 * What follows a medium's name when it reports an act ("… reported in March 2023 that", "… revealed
 * that"): a verb of reporting with its that-clause, an adverbial between them.
 */
// Not what it wrote in its own editorial or commentary ("wrote in a 2020 editorial that …"): that
// is the medium's own view, told, not someone else's act it reports.
export const MEDIUM_REPORTS =
  /^\s+(?:reported|reports|revealed|reveals|wrote|writes)\b(?!\s+in\s+(?:an?|its)\s+(?:\d{4}\s+)?(?:editorial|leader|commentary|opinion\s+piece|column)\b)(?:\s+(?:on|in)\s+[^,;"“”]{1,40}?)?\s+that\s+/u;
// A medium named as the sentence's subject, after an opening adverbial: "The daily Politika …".
const NAMED_MEDIUM_SUBJECT =
  /^(?:[^,]{0,40},\s*)?((?:[Tt]he\s+)?[^,;"“”]{3,60}?)(?=\s+(?:reported|reports|revealed|reveals|wrote|writes)\b)/u;

/** The words a statement's page shows for a report the source does not name. */
export const UNNAMED_REPORT = 'an unnamed report';

// "the Secretary-General", "the foreign ministry", "the president": an office or body named by its
// common noun alone, with no state, organisation or person of its own. In an account of one actor
// such an office is that actor's (an article names another's with its owner: "the Serbian
// president"), so it speaks for the actor; it does not report on it. Only when the office's own
// words follow in quotation marks: without them, "According to the president, Serbia …" may as well
// be another state's president telling of Serbia, and a report stays a report (precision first).
const BARE_OFFICE = new RegExp(
  String.raw`^(?:(?:${alternation([...OFFICE_OPENERS, 'deputy', 'vice', 'press'])})\s+)?(?:${alternation([...ROLE_OFFICES, ...EXECUTIVE_BODIES, ...SPOKESBODIES])})$`,
  'i',
);

/**
 * The actor's own office an "According to the <office>, …" gives the account of, written as the
 * sentence writes it ("Secretary-General"), or null when the phrase names anyone or anything else.
 */
export function accordingToOwnOffice(sentence: string): string | null {
  const according = ACCORDING_TO.exec(sentence);
  const phrase = according?.[1]?.trim();
  if (!according || !phrase || !BARE_OFFICE.test(phrase)) return null;
  const after = according.index + according[0].length;
  return doubleQuotedSpans(sentence).some((q) => q.start >= after) ? phrase : null;
}

const ACCORDING_TO = /^(?:[^,]{0,40},\s*)?[Aa]ccording to\s+(?:the\s+)?([^,]{3,80}),/;
// "Peru made no comment, according to the daily Politika." and "Peru, according to diplomats,
// made no comment": the phrase set after the clause, or in commas inside it, attributes that
// clause all the same. Set after a subordinate clause it may attribute only that clause, so only
// a phrase that closes the sentence or stands in commas is read. A rule, a text or a plan the
// clause follows ("according to the constitution", "according to the agreement") says how
// something is done, not who tells it.
const ACCORDING_TO_AFTER = /,\s*according to\s+(?:the\s+)?([^,;:"“”()]{3,80}?)\s*(?:[.!]?\s*$|,)/u;
const RULE_TEXT =
  /\b(?:constitution|law|laws|agreement|agreements|treaty|treaties|plan|plans|resolution|charter|statute|rules?|terms|principles?|procedures?|schedule|timetable|deal|accord|convention|protocol|framework|provisions?|articles?|legislation|decree|mandate|arrangements?)$/i;

/** The phrase of an "according to …" set after its clause, or null when there is none. */
function accordingAfter(sentence: string): string | null {
  const after = ACCORDING_TO_AFTER.exec(sentence);
  const phrase = after?.[1]?.trim();
  // "…, according to its foreign minister": a possessive points back to the clause's subject, whose
  // own organ gives its own account, which is no report about it.
  return phrase && !RULE_TEXT.test(phrase) && !/^(?:its|their|his|her)\s/i.test(phrase)
    ? phrase
    : null;
}
// "it was stated that Peru had no plans": an agentless report of words, which no one is named as
// saying — the source does not tell it as the actor's own statement.
// "They allegedly wanted …", "he supposedly promised": a hedge on the verb says the source has the
// account from someone it does not name. On an adjective ("the allegedly rigged vote") or a
// participle aside (", purportedly signed by X,") it hedges a description, not the act.
const UNNAMED =
  /\b(?:it\s+(?:was|has\s+been|is|had\s+been)\s+(?:reported|stated|said|claimed|alleged)(?:\s+that)?\b|(?:is|are|was|were)\s+(?:reported\s+to|(?:alleged|said)\s+to\s+have)|reportedly|(?<!\b(?:the|a|an)\s+|,\s*)(?:allegedly|purportedly|supposedly|reputedly)(?!\s+\p{L}+ed\s+by\b))\b/iu;
// "A leaked 2009 cable from the US embassy states that …", "A 2020 study found that …": a document
// that is the subject of a verb of saying or finding tells the account; the act is someone else's.
const DOCUMENT_TELLS =
  /^(?:[^,]{0,40},\s*)?(?:[Aa]n?|[Tt]he)\s+((?:(?:leaked|confidential|secret|diplomatic|classified|internal|published|later|\d{4})\s+){0,3}(?:cable|cables|report|study|poll|survey|memo|memorandum|document|documents|article|investigation|book)\b[^,;"“]{0,80}?)\s+(?:states|stated|says|said|shows|showed|reveals|revealed|claims|claimed|reports|reported|found|finds|notes|noted|suggests|suggested)\s+that\b/;

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
  if (according && !RULE_TEXT.test(according[1]!.trim())) {
    const phrase = according[1]!.trim();
    // "According to the Ruritanian daily Politika, …": a newspaper reports, even one that carries
    // the actor's nationality; it is never the actor's own channel.
    if (isNamedMedium(phrase)) return phrase;
    return isActorItself(phrase) || accordingToOwnOffice(sentence) ? null : phrase;
  }
  const afterClause = accordingAfter(sentence);
  if (afterClause && (isNamedMedium(afterClause) || !isActorItself(afterClause)))
    return afterClause;
  const medium = NAMED_MEDIUM_SUBJECT.exec(sentence);
  if (medium && isNamedMedium(medium[1]!) && MEDIUM_REPORTS.test(sentence.slice(medium[0].length)))
    return medium[1]!.trim();
  const document = DOCUMENT_TELLS.exec(sentence);
  if (document) {
    const phrase = document[1]!.trim();
    if (!isActorItself(phrase)) return phrase;
  }
  return UNNAMED.test(sentence) ? UNNAMED_REPORT : null;
}

// A report that opens its sentence and governs all of it: "According to X, …", "It has been
// reported that …".
const FRAMING_REPORT =
  /^(?:[Aa]ccording to\s|It\s+(?:was|has\s+been|is|had\s+been)\s+(?:reported|stated|said|claimed|alleged)\s+that\s)/;

/**
 * The reporter of a clause cut from `whole` ("It has been reported that A, but this was rejected by
 * B": B is reported too), when the report opens the whole sentence and so governs every clause of
 * it; null when the sentence opens with anything else.
 */
export function framingReporter(
  whole: string,
  isActorItself: (phrase: string) => boolean,
): string | null {
  return FRAMING_REPORT.test(whole) ? reporterOf(whole, isActorItself) : null;
}
