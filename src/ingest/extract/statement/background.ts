/**
 * Sentences that tell no act, though they name an actor (issue 15: coverage is not correctness).
 * The gold set keeps these off every actor's page: background ("Ruritania is a beneficiary of …",
 * "Both countries share membership of …"), a rule or procedure ("To become a member, a country
 * would need …", "If it receives 2/3 of the votes, it will be admitted"), the source's own
 * analysis of a situation ("This complex relationship remains a key issue …") and its own method
 * ("Through analysing …, its stance is explained"). Each shape is read from the grammar of the
 * sentence's main clause, never from its topic, and is named in the reason the ledger shows.
 */
import { findDates } from '../dates';
import { mainClause } from './mainClause';
import { isFrontedConcession } from './frontedConcession';
import { mentionsSubject } from '../../../shared/subject';

export interface NotAStatement {
  /** Why the sentence tells no act, for the build report and the source page's ledger. */
  reason: string;
}

// A stative predicate of status: what the subject is or has, not what it did.
const COPULA = String.raw`(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:not\s+|also\s+|currently\s+|now\s+)*`;
const STATUS_PREDICATE = new RegExp(
  String.raw`^(?:,\s*[^,]{1,80},\s*)?\s*(?:` +
    // "is a beneficiary of", "is not an active member of", "was one of only two … members of"
    String.raw`${COPULA}(?:(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}|one\s+of\s+(?:only\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,6}?)(?:members?|beneficiary|beneficiaries|signatory|signatories|party)\s+(?:of|to)\b` +
    // "is accredited to", "is responsible for", "is to assume … duties"
    String.raw`|${COPULA}(?:(?:accredited|responsible|eligible)\s+(?:to|for|from)\b|to\s+(?:assume|take\s+over|oversee|monitor|supervise)\b)` +
    String.raw`|shares?\s+(?:(?:a|the)\s+)?(?:common\s+)?(?:membership|borders?)\b` +
    // "has no representation in …", "had no resident embassy in …": where a state is not present
    // (the atlas's relations tell it), no act.
    String.raw`|(?:has|have|had)\s+no\s+(?:(?:resident|permanent|diplomatic|formal|official)\s+)*(?:embassy|embassies|representation|presence|mission|consulate)\b` +
    // "has resident embassies in three of the six states": where it is present, counted, is a state
    // of things too (opening the embassy was the act).
    String.raw`|(?:has|have|had)\s+(?:(?:resident|permanent|diplomatic)\s+)*(?:embassies|missions|consulates)\s+in\s+(?:\p{Ll}+|\d+)\s+of\s+(?:the|its|their)\b` +
    String.raw`|(?:holds?|has|have)\s+(?:\p{Ll}+\s+){0,2}(?:importance|significance)\s+(?:to|for)\b` +
    String.raw`|(?:does|do)\s+not\s+(?:possess|have)\s+(?:the\s+)?(?:legal\s+)?(?:capacity|authority|competence|power)\b)`,
  'u',
);

// "Greece is among Kosovo's main trading partners", "were both part of the Ottoman Empire", "was
// the seat of the patriarchs": a copula placing the subject in a class or a whole. With a relative
// clause ("is among the states that have not recognised …") or an infinitive ("was among the first
// to recognise it") the class is an act or a stance, and stays; so is one dated on an occasion.
const CLASSIFYING = new RegExp(
  String.raw`^\s*${COPULA}(?:both\s+)?(?:among|part\s+of|the\s+seat\s+of)\b`,
  'u',
);
// A date that bounds a state rather than dating an occasion: "As of 2019", "until 1913", "since 2008".
const BOUNDING_DATE =
  /\b(?:[Aa]s\s+of|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?(?:early\s+|late\s+|mid-?)?$/u;

/**
 * Whether a date bounds a state (as of, since, until) rather than dating an occasion. The second
 * year of a range ("until the Balkan Wars of 1912–1913") takes the bound written before the first.
 */
function bounds(text: string, d: { index: number }): boolean {
  const before = text.slice(0, d.index).replace(/\d{4}\s?[–—-]\s?$/u, '');
  return BOUNDING_DATE.test(before.slice(Math.max(0, before.length - 40)));
}

// An abstract subject (a relationship, an interest, an issue) whose predicate is a copula or a
// verb of being placed: the source characterising a situation, no actor acting. Stance nouns
// ("This position is rooted in …") are an actor's stance told by the source, and stay.
const ABSTRACT_HEAD =
  /(?:^|\s)(?:relationship|relations|interest|interests|issue|situation|context|controversy|dispute|question|conflict|legacy)$/i;
const COPULAR_VERB =
  /^(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|(?:is|are|was|were)\s+(?:based|rooted|grounded|founded|shaped|defined|characteri[sz]ed)|shows?|showed|reflects?|reflected)\b/i;

// "X has historically maintained close relations with Y": a long-standing relation told as history.
const HISTORICAL = /^\s*(?:has|have|had)\s+(?:historically|traditionally)\s+\p{Ll}+/u;
// "This declaration followed years of conflict": the source placing an event in time.
const EVENT_HEAD =
  /(?:^|\s)(?:declaration|decision|independence|war|conflict|crisis|move|secession|intervention)$/i;
const SEQUENCE_VERB = /^\s*(?:followed|preceded|came\s+(?:after|before))\b/;

// The source describing its own method: "…, X's stance is explained", "is examined below".
const SOURCE_METHOD =
  /\b(?:is|are)\s+(?:then\s+|further\s+|briefly\s+)?(?:explained|examined|discussed|analy[sz]ed|outlined|described|presented)\s*(?:below|here|in\s+(?:this|the\s+following)\s+\w+)?\s*\.?$/;

// "If Kosovo receives 2/3 of the votes, it will be admitted": a condition and what would follow.
const CONDITIONAL_OPENING = /^(?:If|Unless|Should|Once)\s[^,]{3,200},\s*(?<main>.+)$/;
// The modal is the main clause's own verb ("it will be admitted"), not inside what someone said
// ("If asked, Peru said it would not …" is Peru's statement).
const MAIN_MODAL =
  /^(?:(?!\b(?:said|says|stated|states|told|announced|declared|replied|answered|added)\b)[^,;]){0,60}?\b(?:will|would|shall|should|could|can|cannot|may|might|must)\b/;
// "To become a member, a country would need …", "To articulate a common policy would require …":
// a purpose or an infinitive subject, then what it takes. "To date," is a time adverbial.
const INFINITIVE_OPENING = /^To\s+(?!date\b|this\b|that\b|the\b)\p{Ll}+\b/u;
const REQUIREMENT =
  /\b(?:would|will|must|should)\s+(?:need|require|have\s+to|be\s+required)\b|\b(?:requires?|needs?|must)\b/;

// "has (already) been recognised by 2/3 of the members", "by 98 countries": a count, told by the figures.
const RECOGNISED_BY_COUNT =
  /\b(?:has|have|had)\s+(?:already\s+|now\s+)?been\s+recogni[sz]ed\s+by\s+(?:(?:over|more\s+than|about|some|at\s+least|the)\s+)?(?:\d[\d/.,%]*|a\s+majority|the\s+majority|most|two-thirds|half)\b/i;

// Where the main clause ends: a date in a clause hung on it ("…, while operating under resolution
// 1244 that placed Kosovo under UN administration in 1999") dates that clause, not this one.
const CLAUSE_END = /[,;(]|\s(?:that|which|who|where|while|when)\s/;

// "Visits by X to Y have included:", "The states that recognised it also included:": a verb of
// including with its list after the colon. The sentence only introduces the items; each item that
// follows tells its own act.
const INTRODUCES_LIST =
  /\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:also\s+)?(?:includes?|included|comprises?|comprised)\s*:\s*$/;

// "Ruritania imported goods worth about €40 million from Freedonia in 2021", "exported goods valued
// at over $3 million": trade measured in money is a figure, whatever year it was counted in; a pledge
// or a grant of money is an act, and its verb is not one of these. Two shapes: an amount anywhere in
// the clause after the verb, or one the object's "worth"/"valued at" gives.
const TRADE_FIGURES = [
  new RegExp(
    String.raw`^\s*(?:(?:also|then)\s+)?(?:imported|exported|traded|imports|exports|trades)\b[^.;]{0,80}?(?:[€$£]\s?\d|\b\d[\d.,]*\s*(?:million|billion)\s+(?:euros?|dollars?|pounds?)\b)`,
    'u',
  ),
  /^\s*(?:imported|exported|imports|exports|traded|trades)\s+(?:[\p{Ll}\s]{0,30}?\b(?:worth|valued\s+at)\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[€$£]\s?\d|\d[\d.,]*\s*(?:million|billion)?\s+(?:euros?|dollars?)\b)/u,
];
// "Ruritania has resident embassies in three of the six states": where a state is present, counted.
const COUNTED_PRESENCE = new RegExp(
  String.raw`^\s*(?:has|have|had)\s+(?:\p{Ll}+\s+){0,2}(?:embassies|missions|consulates|offices)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|most|all|half)\s+of\b`,
  'u',
);

/** Whether `sentence` (one clause, as the statement rules cut it) tells no act; null when it may. */
export function notAStatement(sentence: string): NotAStatement | null {
  const text = sentence.trim();
  if (INTRODUCES_LIST.test(text))
    return { reason: 'it introduces the list that follows (each item tells its own act), no act' };
  const conditional = CONDITIONAL_OPENING.exec(text);
  if (conditional && MAIN_MODAL.test(conditional.groups!.main!))
    return { reason: 'a condition and what would follow from it (a rule or procedure), no act' };
  if (INFINITIVE_OPENING.test(text) && REQUIREMENT.test(text))
    return { reason: 'what a step would take (a rule or procedure), no act' };
  if (isFrontedConcession(text))
    return {
      reason:
        'a fronted "Despite …" phrase with its own subject: the circumstance the act is told against, no act',
    };
  if (RECOGNISED_BY_COUNT.test(text))
    return { reason: 'a count of recognitions (the figures tell it), no act' };
  if (SOURCE_METHOD.test(text) && findDates(text).length === 0)
    return { reason: "the source's own method (what it explains or examines), no act" };
  const clause = mainClause(text);
  if (!clause.subject) return null;
  // An aside closing the subject ("Radio Television of Kosovo (RTK) is …") is part of it.
  const predicate = text.slice(clause.subject.end).replace(/^\)/, '');
  if (TRADE_FIGURES.some((shape) => shape.test(predicate)))
    return { reason: 'a figure: trade measured in money, no act' };
  if (COUNTED_PRESENCE.test(predicate))
    return { reason: 'a figure: a count of the places a state has missions in, no act' };
  // The shapes below are a state of things: a date of the main clause makes it an occasion.
  // ", through its embassy," right after the subject is an aside, not the clause's end.
  const aside = /^\s*,[^,]{1,80},/.exec(predicate)?.[0].length ?? 0;
  const end = CLAUSE_END.exec(predicate.slice(aside));
  const mainSpan = text.slice(
    0,
    text.length - predicate.length + aside + (end ? end.index : predicate.length - aside),
  );
  // "As of 2019, Kosovo had no …", "… part of the Empire until 1913": a date that bounds a state
  // (as of, since, until) is no occasion.
  if (findDates(mainSpan).some((d) => !bounds(mainSpan, d))) return null;
  // Kosovo's own membership ("Kosovo is not a member of …") is what an organisation's page shows
  // as Kosovo's status there, read by the membership rules from the statement: it stays one.
  const kosovoMembership =
    mentionsSubject(clause.subject.text) && /\bmembers?\s+(?:of|to)\b/.test(predicate);
  if (STATUS_PREDICATE.test(predicate) && !kosovoMembership)
    return {
      reason: 'background: a status (membership, accreditation, mandate, capacity), no act',
    };
  if (
    CLASSIFYING.test(predicate) &&
    !/\b(?:that|which|who|whose)\b|\bto\s+(?!the\b)\p{Ll}{3,}/u.test(predicate) &&
    findDates(text).every((d) => bounds(text, d))
  )
    return {
      reason: 'background: what the subject is counted among or part of (a classification), no act',
    };
  if (HISTORICAL.test(predicate))
    return { reason: 'background: a long-standing relation told as history, no act' };
  const head = clause.subject.text.replace(/\s+of\s+.*$/i, '').trim();
  if (EVENT_HEAD.test(head) && SEQUENCE_VERB.test(predicate))
    return { reason: 'the source placing an event in time (what it followed), no act' };
  if (ABSTRACT_HEAD.test(head) && COPULAR_VERB.test(predicate.trim()))
    return {
      reason: `its subject ("${clause.subject.text}") is a situation, not an actor: the source's characterisation, no act`,
    };
  return null;
}
