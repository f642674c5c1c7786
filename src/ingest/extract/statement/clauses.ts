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
import { findDates, findYearlessDates } from '../dates';
import { statedDate, THAT_MONTH } from '../statements';
import nlp from 'compromise';
import { isPersonalName, mainClause } from './mainClause';
import { doubleQuotedSpans } from '../../../shared/quotes';
import { escapeRegExp } from '../../../shared/text';
import { reactionRelatives } from './reactions';
import { passiveAgentAfter } from './passiveAgent';
import { nominalActs } from './nominalActs';
import { colonListActs } from './colonList';
import { notAStatement } from './background';
import { firstOuterComma, frontedConcessionEnd } from './frontedConcession';
import {
  alternation,
  BODIES,
  except,
  OFFICE_OPENERS,
  OFFICES,
  plural,
  ROLE_OFFICES,
  capitalised,
  subset,
} from './offices';

// ", after which Kosovo imposed …", ", after a firm released … on 4 July": a clause of another act,
// cut on the same conditions as one joined by "and" (a subject of its own that names someone).
// ", although the two countries have …": a concession after the main clause is a clause of its
// own whatever its subject (it may point back, "the two countries", "it").
// "… between RTK and the EBU and they were allowed …": "and" before a subject pronoun opens a clause
// of its own, comma or not (a pronoun in a list of names would be "them").
// ", as some member states … were firmly against …", ", since its government had …": a clause of
// reason is cut on the same conditions (a subject of its own at its start that names someone);
// ", as required by …", ", as well as …" have no subject there and stay.
// ", in this competition, Kelmendi won …": a comma splice, a new main clause after a phrase that
// points back to the occasion just told; the phrase stays with the clause it opens.
const JOINT =
  /(?:,\s+(?:and|but|whilst|while|whereas|although|though|as|since|after(?:\s+which)?)\s+|;\s+|\s+and\s+(?=(?:they|he|she|we)\s)|,\s+(?=(?:in|at|during|on)\s+(?:this|that|these|those|the\s+same)\s+[^,]{1,40},\s))/g;
// The phrase before a comma splice's own subject.
const SPLICE_PHRASE =
  /^(?:in|at|during|on)\s+(?:this|that|these|those|the\s+same)\s+[^,]{1,40},\s+/;
// "; the same day, X said …", ", and a year later X …": a relative date opening a clause dates it
// as a written one does; the clause's subject stands after it.
const RELATIVE_OPENING =
  /^(?:(?:the\s+)?(?:following|next)\s+(?:day|week|month|year)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+later|later\s+that\s+(?:day|week|month|year)|(?:that|the)\s+same\s+(?:day|week|month|year)),\s+/i;
// "…, but since 2012 its consulates have issued …": a "since" date opens a clause of its own as "in"
// does (a "since" of reason is followed by a subject in lower case, "since the league …").
const RELATIVE_TIME_OPENING = /^the\s+(?:next|following)\s+(?:day|week|month|year)\s/i;
const DATE_OPENING =
  /^(?:(?:later|then|again)\s+)?(?:in|on|at|during|by|since)\s+(?:early\s+|late\s+|mid-?)?(?=[\p{Lu}\d])/iu;
// The second part's subject names someone who can act.
// "some member states": members of a body acting as a group (compromise reads "some member states,
// including …" as "some member" + verb "states", so "member" counts alone). "states with stronger
// ties to Russia" in a finding compared with another is a class of states, no one acting.
// "General" is no one: "general parameters" is as likely as "the General".
const ACTING_OFFICES = except(OFFICES, ['general']);
const SOMEONE = new RegExp(
  String.raw`\b(?:${alternation([...ACTING_OFFICES, ...ACTING_OFFICES.map(plural), ...OFFICE_OPENERS, ...BODIES])})\b`,
  'i',
);

// A concessive clause before the main clause ("While X recognises it, Y argues …"): a clause with a
// finite verb of its own (a "Despite …ing" phrase is an adverbial, not one).
const CONCESSIVE = /^(?:While|Whilst|Whereas|Though|Although|Even though)\s/;
const REFERRING_CONCESSION =
  /^(?:While|Whilst|Whereas|Though|Although|Even though)\s+(?:this|that|these|those|it)\b/;
// A non-restrictive relative clause whose pronoun is the subject of an act or a stance of its own:
// "which has blocked …", "which advocates …", "who said …"; not a passive ("which was declared"),
// a clause with its own subject ("which it borders") or a verb that describes the antecedent
// ("which included …", whose antecedent may as well be the noun before the name).
const RELATIVE_ACT =
  /^,\s+(?:which|who)\s+(?:(?:has|have|had|also|later|then|since|repeatedly|openly)\s+)*(?:blocked|blocks|advocated|advocates|supported|supports|opposed|opposes|backed|backs|vetoed|vetoes|recogni[sz]ed|recogni[sz]es|refused|refuses|rejected|rejects|called|calls|said|says|stated|states|announced|announces|argued|argues|insisted|insists|condemned|condemns|demanded|demands|urged|urges|voted|votes|signed|denied|denies|promised|pledged|threatened|warned|welcomed|welcomes|critici[sz]ed|critici[sz]es|protested|objected|objects)\b/;

/**
 * "Despite X gaining …, Y has prevented …": the main clause after it, when it has a subject at its
 * start and a verb, is the act; the concession is cut off as a part of its own (background).
 */
function fronted(sentence: string): [string, string] | null {
  const end = frontedConcessionEnd(sentence);
  if (end < 0 || doubleQuotedSpans(sentence).some((q) => q.start < end)) return null;
  const rest = sentence.slice(end + 1).trim();
  const clause = mainClause(rest);
  if (!clause.subject || !clause.verb || clause.subject.start > 0) return null;
  return [sentence.slice(0, end).trim(), rest];
}

/**
 * "While X …, Y argues …": the concessive clause is cut off as a part of its own when the main
 * clause after it opens with a subject that names someone (not "it", which points back into the
 * concessive clause's actor); each is then read for its own actor.
 */
function concessive(sentence: string, named: (text: string) => boolean): [string, string] | null {
  if (!CONCESSIVE.test(sentence) || doubleQuotedSpans(sentence).length > 0) return null;
  // "While this is an important factor, …": a clause about what was said before tells no act.
  if (REFERRING_CONCESSION.test(sentence)) return null;
  const i = firstOuterComma(sentence);
  if (i < 0) return null;
  const rest = sentence.slice(i + 1).trim();
  const clause = mainClause(rest);
  if (!clause.subject || !clause.verb || clause.refersBack || clause.subject.start > 0) return null;
  // "the general parameters of Serbia's policy remained …": a name after "of" qualifies the
  // subject's head, which names no one; the concessive clause stays with it.
  const subject = rest.slice(clause.subject.start, clause.subject.end).split(/\s+of\s+/)[0]!;
  return named(subject) || SOMEONE.test(subject) ? [sentence.slice(0, i).trim(), rest] : null;
}

// "After the court found in July 2010 that …, X said …": a fronted clause of time.
const FRONTED_TEMPORAL = /^(?:After|Before|When|Once)\s+/;

/**
 * "After the court found in July 2010 that …, the minister said …": a fronted clause of time whose
 * own subject names someone other than the main clause's, with a date of its own, tells that
 * other's earlier act; it is cut off as a part of its own. "After Peru protested, it …" (no date),
 * "After it met in 2010, the council …" (a pronoun), "After X became minister in 2019, …" (a change
 * of state) stay whole.
 */
function frontedTemporal(
  sentence: string,
  named: (text: string) => boolean,
  actorOf: ActorOf,
): [string, string] | null {
  const opener = FRONTED_TEMPORAL.exec(sentence);
  if (!opener) return null;
  const i = firstOuterComma(sentence);
  if (i < 0 || doubleQuotedSpans(sentence).some((q) => i >= q.start && i < q.end)) return null;
  const time = sentence.slice(0, i);
  const rest = sentence.slice(i + 1).trim();
  if (findDates(time).length === 0) return null;
  const inner = mainClause(time.slice(opener[0].length));
  const main = mainClause(rest);
  // "the court" points back to a body named before, and names it; "it", "they" do not.
  if (!inner.subject || !inner.verb || inner.subject.start > 0) return null;
  if (/^(?:he|she|it|they|this|these|that|those|his|her|its|their)\b/i.test(inner.subject.text))
    return null;
  // "After X became the High Representative in 2019, …": a change of state, no act.
  if (DESCRIBING_VERB.test(inner.verb)) return null;
  if (!main.subject || !main.verb || main.refersBack || main.subject.start > 0) return null;
  const who = inner.subject.text;
  if (!named(who) && !SOMEONE.test(who)) return null;
  const a = actorOf(who);
  if (a !== null && a === actorOf(main.subject.text)) return null;
  return [time.trim(), rest];
}

/**
 * "…, with support from Russia, which has blocked …": a relative clause telling an act of the actor
 * named right before it is that actor's act. The cut keeps the name in both parts ("… with support
 * from Russia" and "Russia, which has blocked …"), so the second reads with its own subject.
 * `nameBefore` gives the start of the actor's name that ends `text`, or -1.
 */
const POINTING_SUBJECT = /^(?:This|That|It)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s/u;

function relativeActs(sentence: string, nameBefore: (text: string) => number): string[] {
  const parts: string[] = [];
  let from = 0;
  const quoted = doubleQuotedSpans(sentence);
  for (const m of sentence.matchAll(/,\s+(?:which|who)\s/g)) {
    if (quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const clause = sentence.slice(m.index);
    if (!RELATIVE_ACT.test(clause) && !actingRelative(clause)) continue;
    const before = sentence.slice(0, m.index);
    const named = nameBefore(before);
    const body = named >= 0 ? named : agentPhraseStart(before, from);
    const start = body >= 0 ? body : officeHolderStart(before, from);
    // The name stands after a preposition or a verb: the antecedent is inside the first clause,
    // not its subject (a subject's own relative clause is an aside of one act).
    if (start <= from || !/\S\s+(?:the\s+)?$/.test(sentence.slice(from, start))) continue;
    // "X claimed that the army, which had seized power, …": the antecedent opens what was said,
    // and its relative clause is part of those words, not an act the source tells.
    if (/\bthat\s[^,;]*$/i.test(sentence.slice(from, start))) continue;
    // "This prompted a protest from the ministry, which summoned the ambassador": a first clause
    // whose subject only points back names no actor of its own; the antecedent is the one who
    // acts in both, one act.
    if (POINTING_SUBJECT.test(sentence.slice(from, start))) continue;
    parts.push(sentence.slice(from, m.index).trim());
    from = start;
  }
  parts.push(sentence.slice(from).trim());
  return parts;
}

// "… with the president of the General Assembly, Ana Ruiz": a personal name in apposition to an
// office that ends the text. The office is the last noun phrase before the comma: its determiner
// and up to two modifiers ("the foreign minister"), the office, and only names after "of", "for",
// "at" … ("of the United Nations General Assembly"), so "the envoy travelled to meet the writer,
// Ana Ruiz" holds no office of hers.
const HOLDER_NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+`;
const OFFICE_HOLDER = new RegExp(
  String.raw`(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?)?\b(?:${alternation([...ROLE_OFFICES, ...capitalised(ROLE_OFFICES)])})(?:\s+(?:of|for|at|to|in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*,\s+(${HOLDER_NAME})$`,
  'u',
);

/**
 * Where an office with its holder's name in apposition that ends `text` starts ("the president of
 * the Assembly, Ana Ruiz" in "… met the president of the Assembly, Ana Ruiz"), from `from` on; -1
 * when the text ends in no such name. The office says whose side the holder speaks for, so the
 * relative clause's part keeps it: "the president of the Assembly, Ana Ruiz, who stated …".
 */
function officeHolderStart(text: string, from: number): number {
  const m = OFFICE_HOLDER.exec(text.slice(from));
  if (!m || !isPersonalName(m[1]!)) return -1;
  return from + m.index;
}

// Verbs that describe their subject rather than tell what it did ("which included …", "which
// borders …"). compromise tags a verb's tense, not whether it tells an act, so these stay listed.
// A causative in the present ("…, which makes the region one of the few …", "which leaves it
// without …") tells the standing consequence of the clause before, not an act of the name before.
const DESCRIBING_VERB =
  /^(?:includ|contain|compris|consist|cover|border|lie|lay|remain|seem|appear|mean|meant|represent|belong|had|has|have|became|become|becom|is|are|was|were|makes$|leaves$|renders$)/i;

/**
 * ", which ordered the destruction of …": the relative pronoun is the subject of a verb in the past
 * or present that tells an act (compromise's tags; auxiliaries and adverbs before it skipped), not
 * a passive ("which was declared"), not a clause with its own subject ("which it borders").
 */
function actingRelative(clause: string): boolean {
  type Term = { text: string; tags: string[] };
  const words = clause.replace(/^,\s+(?:which|who)\s+/, '');
  const terms = (
    nlp(words.split(/\s+/).slice(0, 5).join(' ')).terms().json() as Array<{
      terms: Term[];
    }>
  ).flatMap((t) => t.terms);
  let i = 0;
  while (
    i < terms.length &&
    (terms[i]!.tags.includes('Adverb') || /^(?:has|have|had)$/i.test(terms[i]!.text))
  )
    i++;
  const verb = terms[i];
  if (!verb || !verb.tags.includes('Verb') || verb.tags.includes('Auxiliary')) return false;
  if (!verb.tags.includes('PastTense') && !verb.tags.includes('PresentTense')) return false;
  return !DESCRIBING_VERB.test(verb.text);
}

// The head of a noun phrase that names a body of people able to act: a body, or its leaders.
const AGENT_HEAD = new RegExp(
  String.raw`\b(?:${alternation([...BODIES, ...subset(OFFICES, ['leader']).map(plural)])})$`,
  'i',
);

/**
 * Where a noun phrase naming a body that can act ends `text` ("… by the thuggish and criminalized
 * Serb leadership in Kosovo's north"): its determiner, found from the end back to `from`; -1 when
 * the last noun phrase's head (its words before a prepositional phrase) names no such body.
 */
function agentPhraseStart(text: string, from: number): number {
  const starts = [...text.slice(from).matchAll(/\b(?:the|a|an)\s/gi)].map((d) => from + d.index);
  for (const start of starts.reverse()) {
    const phrase = text.slice(start);
    if (/[,;]/.test(phrase)) return -1;
    const head = phrase.replace(/\s+(?:in|of|at|from|on)\s.*$/i, '').trim();
    if (AGENT_HEAD.test(head)) return start;
  }
  return -1;
}

// "… agreed to A and, through further talks, accepted B the following month": one subject, two
// verbs in the past, the second with a date of its own (written, or relative to the first).
// "… in 2008 and has since pressed for …": a perfect whose "since" points back to the first verb's
// date is a second verb phrase of the same subject, dated from that date on.
const VERB_CONJUNCT =
  /\s+and(?:,\s+[^,"“]{1,60},|\s+(?:through|after|following|with|by|at|during|in)\s+[^,"“]{1,50}?)?\s+(?=(?:(?:has|have)\s+since\s+)?\p{Ll}+(?:ed|ied)\b)/gu;
const SINCE_PERFECT = /^(?:has|have)\s+since\s+\p{Ll}+(?:ed|ied)\b/u;
const RELATIVE_PHRASE =
  /\b(?:(?:the\s+)?(?:following|next)\s+(?:day|week|month|year)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+later|later\s+that\s+(?:day|month|year))\b/i;

/**
 * Two acts of one subject joined by "and", each with its own date: cut before the second verb
 * phrase, which keeps any words between "and" and its verb. Only when the first part is dated by
 * an adverbial of its own and the second has a date or a relative date of its own.
 */
function datedConjuncts(part: string): string[] {
  const quoted = doubleQuotedSpans(part);
  for (const m of part.matchAll(VERB_CONJUNCT)) {
    if (quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const left = part.slice(0, m.index);
    const rest = part.slice(m.index).replace(/^\s+and,?\s+/, '');
    // "Cyprus supported the request, and filed a statement by the April 17 deadline": after a comma,
    // a second verb phrase with a day of its own (no year) that the first lacks is a second act.
    const ownDay =
      /,\s*$/.test(left) &&
      findDates(left).length === 0 &&
      findYearlessDates(left).length === 0 &&
      findYearlessDates(rest).some(
        (d) => !doubleQuotedSpans(rest).some((q) => d.index >= q.start && d.index < q.end),
      );
    if (ownDay) return [left.trim().replace(/,$/, ''), ...datedConjuncts(rest.trim())];
    if (statedDate(left) === null) continue;
    // "… in April 2009 and argued before the court that December that …": "that <month>" dates the
    // second verb as a relative phrase does.
    if (
      statedDate(rest) === null &&
      !RELATIVE_PHRASE.test(rest) &&
      !THAT_MONTH.test(rest) &&
      !SINCE_PERFECT.test(rest)
    )
      continue;
    return [left.trim(), ...datedConjuncts(rest.trim())];
  }
  return [part];
}

// ", and Grenada the following February.": a second subject with only a date of its own, the verb
// and its object left out (gapping): the names before the date, then a date phrase that ends the
// sentence — written ("in March 2013", "on 2 May"), yearless ("the following February") or relative
// ("a year later").
const GAPPED =
  /,\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+((?:(?:in|on|during|by)\s+|(?:the\s+)?(?:following|next)\s+)?(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|year|month)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:in|during)\s+\d{4}|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?|years?)\s+later)\s*\.?$/u;

/**
 * "Dominica recognised Kosovo in December 2012, and Grenada the following February": the second
 * subject does what the first did, on a date of its own; it is cut off as its own act ("Grenada
 * the following February."), which the date rules read as they read any clause's date. Only after
 * a clause with a verb and a date of its own, and when the second subject names someone.
 */
function gappedActs(part: string, named: (text: string) => boolean): string[] {
  const m = GAPPED.exec(part);
  if (!m || doubleQuotedSpans(part).some((q) => m.index >= q.start && m.index < q.end))
    return [part];
  const left = part.slice(0, m.index);
  if (!named(m[1]!) || statedDate(left) === null || !mainClause(left).verb) return [part];
  return [
    left.trim(),
    part
      .slice(m.index)
      .replace(/^,\s+and\s+/, '')
      .trim(),
  ];
}

// ", concluding an arrangement … in 2001": a participle clause after the main clause.
const PARTICIPLE = /,\s+(?=\p{Ll}{3,}ing\s)/gu;
// A main verb that only says what the subject is ("was the first of …").
const COPULAR_MAIN =
  /^(?:is|are|was|were|has\s+been|had\s+been|have\s+been|remains?|remained|became)$/i;
// The participle clause's own date stands in an adverbial ("in 2001", "on 3 May 2010").
const ADVERBIAL_DATE =
  /\b(?:in|on|during|by)\s+(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}\b/u;

/**
 * "Fiji held talks on a loan, concluding an accord in 2001": a participle clause with a date of its
 * own, after a main clause with none, tells a later act of the same subject, cut off as one. Without
 * a date ("…, affirming that …") it says how the main act was done, and stays with it.
 */
function datedParticiples(part: string): string[] {
  const quoted = doubleQuotedSpans(part);
  for (const m of part.matchAll(PARTICIPLE)) {
    if (quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const left = part.slice(0, m.index);
    const rest = part.slice(m.index + m[0].length);
    const verb = mainClause(left).verb;
    if (left.split(/\s+/).length < 4 || !verb) continue;
    // "Peru was the last of the six, recognising Chile on 3 May 2011": a copula tells no act of its
    // own; it ranks the act the participle tells, which is the sentence's one act.
    if (COPULAR_MAIN.test(verb)) continue;
    if (statedDate(left) !== null || !ADVERBIAL_DATE.test(rest)) continue;
    return [left.trim(), rest.trim()];
  }
  return [part];
}

// A verb phrase cut from the clause before it, with no subject of its own: "concluding an accord
// in 2001", "through further talks ratified it", "in 2011 ratified it". Lower-case words only stand
// before the verb, so "in 2011 Fiji ratified it" (a subject of its own) is not one. "filed a
// statement by the April 17 deadline": a past verb cut after ", and" (see `datedConjuncts`).
const SUBJECTLESS =
  /^(?:\p{Ll}{3,}ing\s|\p{Ll}{2,}(?:ed|ied)\s|(?:has|have)\s+since\s+\p{Ll}+(?:ed|ied)\s|(?:through|following|with|by|at|during|in)(?:\s+[\p{Ll}\d-]+){1,6},?\s+\p{Ll}+(?:ed|ied)\s)/u;

/** Whether a part `splitActs` cut off is a verb phrase whose subject is the clause before it's. */
export function sharesSubject(part: string): boolean {
  return SUBJECTLESS.test(part);
}

// ", which Belarus uses to justify its stance", ", a process which the United States supports": a
// relative clause whose subject is someone of its own, named right after the pronoun, with a verb
// of its own; the noun in apposition it hangs from ("a process") goes with it.
// ", a claim that Pristina rejects": "that" relates as "which" does when the verb's object is the
// noun itself (the clause ends at the verb); "a sign that Bolivia rejected the offer" is the sign's
// content, not another actor's act.
const OBJECT_RELATIVE =
  /,\s+(?=(?:(?:a|an|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(which|that)|which)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})((?:(?:has|have|had)\s+)?(?:also\s+|still\s+|strongly\s+|firmly\s+)?\p{Ll}+(?:s|ed)\b)(\s*(?:[.;]|$))?)/gu;

/**
 * "Resolution 1244 reaffirmed Serbia's sovereignty, which Belarus uses to justify its stance": the
 * relative clause tells an act of another actor (Belarus), cut off with its pronoun (and the noun
 * in apposition it hangs from: "…, a process which the United States supports").
 */
function objectRelatives(
  part: string,
  named: (text: string) => boolean,
  actorOf: ActorOf = () => null,
): string[] {
  const quoted = doubleQuotedSpans(part);
  for (const m of part.matchAll(OBJECT_RELATIVE)) {
    if (quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    if (m[1] === 'that' && m[4] === undefined) continue;
    // With its verb: a capital standing for its government is one only before a verb ("Pristina
    // rejects").
    const name = `${m[2]!}${m[3]!}`;
    if (!named(name)) continue;
    const left = part.slice(0, m.index).trim();
    if (left.split(/\s+/).length < 4) continue;
    // "the Monetary Fund and the Development Bank, which Ruritania joined in 2009;" (a list item): a
    // noun phrase with no verb of its own tells no act; its relative clause tells the one act.
    if (!mainClause(left).verb) continue;
    // "Prime Minister X received Y at the summit, which Ruritania hosted": when the relative
    // clause's subject is the actor of the main clause (X speaks for Ruritania), it tells a
    // circumstance of that one act, not another actor's.
    const mainSubject = mainClause(left).subject?.text;
    const actor = actorOf(name);
    if (actor !== null && mainSubject !== undefined && actorOf(mainSubject) === actor) continue;
    return [left, ...objectRelatives(part.slice(m.index + m[0].length).trim(), named, actorOf)];
  }
  return [part];
}

/** The actor a stretch of text names ("Spain", a person the article places), as a key; null if none. */
export type ActorOf = (text: string) => string | null;

/**
 * `named` tells whether a stretch of text names a state, an organisation or a person the article
 * places; it is the caller's actor finder. `nameBefore`, when given, finds where the name of a
 * state or organisation that ends a stretch of text starts (-1 when it does not end in one).
 */
export function splitActs(
  sentence: string,
  named: (text: string) => boolean,
  nameBefore: (text: string) => number = () => -1,
  actorOf: ActorOf = () => null,
): string[] {
  const circumstance = fronted(sentence);
  if (circumstance)
    return [circumstance[0], ...splitActs(circumstance[1], named, nameBefore, actorOf)];
  const lead = concessive(sentence, named);
  if (lead) return [lead[0], ...splitActs(lead[1], named, nameBefore, actorOf)];
  const earlier = frontedTemporal(sentence, named, actorOf);
  if (earlier) return [earlier[0], ...splitActs(earlier[1], named, nameBefore, actorOf)];
  return joinedActs(sentence, named)
    .flatMap((part) => colonListActs(part, named))
    .flatMap((part) => gappedActs(part, named))
    .flatMap((part) => relativeActs(part, nameBefore))
    .flatMap(datedConjuncts)
    .flatMap(datedParticiples)
    .flatMap((part) => objectRelatives(part, named, actorOf))
    .flatMap(reactionRelatives)
    .flatMap((part) => {
      // The part's own actor asking itself is no second act.
      const own = mainClause(part).subject?.text;
      const ownKey = own ? actorOf(own) : null;
      return nominalActs(part, named, (agent) => ownKey !== null && actorOf(agent) === ownKey);
    });
}

// The subordinators of a clause of reason or concession after its main clause.
const SUBORDINATE_JOINT = /^,\s+(?:as|since|although|though|whilst|while|whereas)\s+$/;
const SUBJECT_PRONOUN = /^(?:it|they|he|she)$/i;

/**
 * "Greece has no relations with Kosovo, as Greece does not recognise it", "Peru did not block the
 * plan, although it refused to take part": a reason or concession whose subject is the main
 * clause's own subject again (named again, or a pronoun) and that has no date of its own tells the
 * same actor's one stance, not a second act.
 */
function ownSubjectAgain(left: string, subject: string, rest: string): boolean {
  if (findDates(rest).length > 0 || findYearlessDates(rest).length > 0) return false;
  const main = mainClause(left).subject?.text;
  if (!main || main.split(/\s+/).length > 8) return false;
  if (SUBJECT_PRONOUN.test(subject.trim()))
    return /^(?:\p{Lu}|the\s)/u.test(main) && !/\band\b/.test(main);
  const words = subject.trim().split(/\s+/);
  return (
    /^\p{Lu}/u.test(subject) &&
    words.length <= 4 &&
    new RegExp(`(?:^|\\s)${escapeRegExp(subject.trim())}(?:\\s|$)`).test(main)
  );
}

/**
 * ", but this was rejected by some member states, including …": a passive whose subject points back
 * is an act of its own when its agent (its first words, a list after it included) names someone;
 * "this was followed by protests" names no one and stays.
 */
function passiveAgent(
  rest: string,
  subject: { end: number },
  named: (text: string) => boolean,
): boolean {
  const agent = passiveAgentAfter(rest.slice(subject.end));
  if (!agent) return false;
  const words = rest
    .slice(subject.end + agent.index)
    .split(/\s+/)
    .slice(0, 10)
    .join(' ');
  return named(words) || SOMEONE.test(words);
}

// A pronoun subject and its verb: "it kept", "they have also signed". Only "it" and "they", which
// stand for a state or a body: a cut "he …" clause would leave its person to be found again from
// the sentences before, which names no side when the speaker rules placed none.
const PRONOUN_CLAUSE =
  /^(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|then|again)\s+)?(?:\p{Ll}{2,}(?:ed|ied)|kept|held|made|took|gave|sent|met|said|told|paid|left|won|became|began)\b/u;

/**
 * Whether a clause opens with a pronoun subject and a verb of its own and carries a date of its
 * own before any reported words ("it kept the contribution after 2008", "they signed the accord
 * the following month"): a date inside a "that" clause dates what is reported, not this act.
 */
function datedOutsideQuotes(text: string): boolean {
  const quoted = doubleQuotedSpans(text);
  return findDates(text).some((d) => !quoted.some((q) => d.index >= q.start && d.index < q.end));
}

function pronounWithOwnDate(rest: string): boolean {
  if (!PRONOUN_CLAUSE.test(rest)) return false;
  const quoted = doubleQuotedSpans(rest);
  const reported = /\bthat\b/.exec(rest)?.index ?? rest.length;
  const own = (index: number) =>
    index < reported && !quoted.some((q) => index >= q.start && index < q.end);
  if (findDates(rest).some((d) => own(d.index))) return true;
  const relative = RELATIVE_PHRASE.exec(rest);
  return relative !== null && own(relative.index);
}

function joinedActs(sentence: string, named: (text: string) => boolean): string[] {
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
    // "…, although this has had little effect": a comment on the act just told, not an act.
    const concession =
      /^,\s+(?:although|though)\s/.test(m[0]) && !/^(?:this|that|these|those)\b/i.test(rest);
    if (/^,\s+(?:although|though)\s/.test(m[0]) && !concession) continue;
    // Only where no comma stands before "and": ", and he stressed …" after "He said …" is one
    // speaker going on, which the speaker rules carry.
    const pronoun = /^\s+and\s+$/.test(m[0]);
    // ", and it kept the contribution after 2008": after a comma, a pronoun subject going on with
    // a date of its own tells a second act of the same actor on another occasion.
    // Only when the clause before is dated too: two dates, two occasions ("His mandate was extended,
    // and he held the post until 2025" tells one tenure).
    const ownDatedPronoun =
      /^,\s+and\s+$/.test(m[0]) && datedOutsideQuotes(left) && pronounWithOwnDate(rest);
    const splice = /^,\s+$/.test(m[0]) ? (SPLICE_PHRASE.exec(rest)?.[0].length ?? 0) : 0;
    const relative = /^,\s+$/.test(m[0]) ? 0 : (RELATIVE_OPENING.exec(rest)?.[0].length ?? 0);
    if (
      !dateFirst &&
      !relative &&
      !concession &&
      !pronoun &&
      !ownDatedPronoun &&
      !splice &&
      !named(opening) &&
      !SOMEONE.test(opening)
    )
      continue;
    // "such as Lithuania, Latvia, and Estonia, which were …": the last item of a serial list of
    // names, not a clause of its own.
    if (
      /^,\s+and\s/.test(m[0]) &&
      /,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u.test(left.trimEnd())
    )
      continue;
    // "Russia, China, and India released …": the first part is a list, not a clause of its own.
    if (!mainClause(left).verb) continue;
    const clause = mainClause(rest);
    if (!clause.subject || !clause.verb) continue;
    // "…, and the following year its minister received …": a relative date opens the clause as a
    // written one does.
    const dateOpens =
      (dateFirst && findDates(rest).some((d) => d.index < 25)) ||
      relative > 0 ||
      RELATIVE_TIME_OPENING.test(rest);
    const subjectAtStart =
      clause.subject.start - (dateOpens ? clause.subject.start : 0) - splice <= 4;
    if (!subjectAtStart && !dateOpens) continue;
    const subjectText = rest.slice(clause.subject.start, clause.subject.end);
    const agent = clause.refersBack && passiveAgent(rest, clause.subject, named);
    if (clause.refersBack && !dateOpens && !concession && !pronoun && !ownDatedPronoun && !agent)
      continue;
    if (SUBORDINATE_JOINT.test(m[0]) && ownSubjectAgain(left, subjectText, rest)) continue;
    // "Peru keeps an embassy in Lima, while Chile has no representation in Quito": a contrast that
    // tells no act (a status, background) is the other side of the statement it is set against,
    // not a clause to cut off and drop.
    if (/^,\s+(?:while|whilst|whereas)\s+$/.test(m[0]) && notAStatement(rest)) continue;
    // A comma splice's subject may be a person the article names nowhere else ("Kosovo-born
    // Majlinda Kelmendi"): compromise tells a personal name.
    const person = splice > 0 && isPersonalName(subjectText.replace(/^\S+-born\s+/, ''));
    if (
      !dateOpens &&
      !concession &&
      !pronoun &&
      !ownDatedPronoun &&
      !person &&
      !agent &&
      !named(subjectText) &&
      !SOMEONE.test(subjectText)
    )
      continue;
    // "after which Kosovo imposed …": the subordinator stays with the clause it opens.
    const after = /after/.exec(m[0]);
    cuts.push({ at, next: after ? at + after.index : at + m[0].length });
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

/** `splitActs`' `nameBefore` from an actor finder: where the state or organisation ending `text` starts. */
export function nameEnding(finder: {
  mentions: (text: string) => Array<{ index: number; end: number }>;
}): (text: string) => number {
  return (text) => {
    const last = finder.mentions(text).at(-1);
    return last && last.end === text.trimEnd().length ? last.index : -1;
  };
}
