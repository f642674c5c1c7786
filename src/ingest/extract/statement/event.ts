/**
 * Events are not positions (issue 15): a clause whose predicate tells that something happened to
 * or with its subject — it was voted into a body, became a member, played a match, performed in a
 * contest — records an event on the timeline, not what the subject said, decided or holds. The
 * decision is read from the main clause's predicate (the words right after its subject), never
 * from a word anywhere in the sentence: "Russia agreed to allow Kosovo to participate in the
 * championships" is Russia's decision (its predicate is "agreed"), a position.
 */
import type { ActorRef, Event, SourceRef } from '../../../schemas';
import { clauseStart, mainClause } from './mainClause';
import { findDates } from '../dates';
import { SUBJECT, mentionsSubject } from '../../../shared/subject';

export type EventKind = Extract<Event['kind'], 'membership' | 'other'>;

// Adverbs and auxiliaries that may stand between the subject and its verb.
const LEAD = String.raw`(?:(?:also|then|later|finally|officially|formally|eventually|subsequently|again|once\s+again|first|has|have|had|was|were|been)\s+)*`;
// Accession to a body: the subject is admitted, it does not decide ("Peru voted for …" is a vote).
// The body's side of the same act is an accession too: "the bank admitted Ruritania in 2012" (a
// name as the object, then a preposition or the clause's end; "admitted that …" is a concession).
const MEMBERSHIP = new RegExp(
  String.raw`^${LEAD}(?:(?:[Vv]oted|[Aa]dmitted|[Aa]ccepted)\s+(?:into|in\s+as|as\s+(?:a\s+|an\s+)?(?:full\s+)?member)\b|became\s+(?:a|an|the)\s+(?:\w+\s+){0,2}member\b|joined\s+(?:the\s+)?\p{Lu}|acceded\s+to\b|admitted\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*(?=\s+(?:as|to|into|in|on|at)\b|\s*[,;.]|\s*$))`,
  'u',
);
// An accession told by a relative clause whose antecedent is the body: "the IMF, which Ruritania
// joined in 2009" — the body is the object of "joined", so no object follows the verb. Only when the
// relative clause runs to the end (a list item, a noun phrase with no verb of its own): "Peru, which
// Ruritania joined in 2009, opened …" tells Peru's act.
const RELATIVE_ACCESSION = new RegExp(
  String.raw`^[^,;]+,\s+(?:which|whom)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*\s+${LEAD}(?:joined|acceded\s+to)\b[^,]*$`,
  'u',
);
// A bid to join is an event, not an accession: whether it succeeded is for the sentence to say
// ("tried to join Interpol …, falling short of the votes needed").
const ACCESSION_BID = new RegExp(
  String.raw`^${LEAD}(?:tried|applied|sought|attempted|bid)\s+to\s+(?:join|become\s+(?:a\s+)?member)\b`,
  'u',
);
// Taking part in a fixture, a contest or a performance: the verb and its object together ("played
// their first match", "took part in a qualifier", "won a gold medal"); "played an active role" is
// not a fixture.
// "managed to repeat the feat": doing a result again is a result too.
const FIXTURE_VERB = new RegExp(
  String.raw`^${LEAD}(?:(?:managed|went\s+on|was\s+able)\s+to\s+)?(?:(?:did\s+not\s+|failed\s+to\s+|could\s+not\s+)?qualif(?:y|ied)\s+for|played|hosted|staged|performed|competed|took\s+part|participated|won|drew|lost|beat|defeated|(?:repeat(?:ed)?|equall?ed|matched)\s+(?:the|this|that|her|his|their|its)\s+(?:feat|success|result|win|victory|triumph|achievement))\b`,
  'i',
);
const FIXTURE_NOUN =
  /\b(?:match(?:es)?|fixtures?|qualifiers?|qualifying|games?|tournaments?|championships?|cup|contests?|competitions?|concerts?|medals?|draw|finals?|olympics|friendly)\b/i;
// A score is a fixture's result whatever the noun ("won the first of the two meetings 3–0"): two
// small numbers joined by a dash, neither part of a longer number (a season "2024–25" is not one).
const SCORE = /(?<![\d–—-])\d{1,2}\s?[–—-]\s?\d{1,2}(?![\d–—-])/u;
// Beating a side is a result only with its score ("beat Freedonia 2–0"); "defeated the motion" is not.
const RESULT_VERB = new RegExp(String.raw`^${LEAD}(?:beat|defeated|won|drew|lost)\b`, 'i');
// A tally is a vote's, not a match's: "won the vote 12–3", "lost the motion 40–52".
const TALLY_NOUN = /\b(?:votes?|ballots?|motions?|resolutions?|elections?|referendums?)\b/i;
// A scoreline standing for the clause: "Ruritania 1–1 Freedonia, played in …" — two sides (capitalised
// names) either side of the score, the verb left out as results are written.
const SCORELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+${SCORE.source}\s+\p{Lu}`,
  'u',
);
// Holding an election or a referendum is something that happens in a state, not a stance it takes:
// "Ruritania held parliamentary elections in 2019", "Freedonia staged a referendum on …"; holding
// that something is so ("held that the election was void") is a stance.
const ELECTION = new RegExp(
  String.raw`^${LEAD}(?:held|organi[sz]ed|staged|conducted)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:that|on|about|over|for|with|of)\b)[\p{L}-]+\s+){0,3}?(?:elections?|referendums?|referenda)\b`,
  'u',
);

/**
 * Where the main clause's predicate may start: right after its subject (an aside in parentheses set
 * aside), and at its verb as the parse gives it (the subject found may be a name in an opening
 * adverbial, "at which time Belarus gained its independence, Belarus became …").
 */
function predicates(sentence: string): string[] {
  const clause = mainClause(sentence);
  const out: string[] = [];
  if (clause.subject)
    out.push(
      sentence
        .slice(clause.subject.end)
        .replace(/^\s*\([^()]*\)/, '')
        .replace(/^[\s,]+/, ''),
    );
  const verb = clause.verb?.split(' ')[0];
  if (clause.subject && verb) {
    const at = sentence.toLowerCase().indexOf(` ${verb} `, clause.subject.start);
    if (at >= 0) out.push(sentence.slice(at + 1));
  }
  // The parse may run a name into the verb after it ("Ruritania drew 1–1 with …", "Ruritania's
  // youth team played …": the verb also reads as a noun or a name): after a subject that is a name,
  // or a name's possessive and a few words, the next word may start the predicate.
  const start = clauseStart(sentence);
  const lead = NAME_SUBJECT.exec(sentence.slice(start));
  if (lead) out.push(sentence.slice(start + lead[0].length));
  return out;
}

// A name ("Ruritania", "the Republic of Ruritania") or its possessive with up to three words it
// owns ("Ruritania's under-21 team"), then a space; nothing else may stand before the predicate.
const NAME_SUBJECT =
  /^(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}.-]*){0,4}(?:['’]s(?:\s+[\p{Ll}\p{N}-]+){1,3})?\s+/u;

/**
 * An election the subject holds in a place it names ("held its own municipal elections in
 * Freedonia") is an act toward that place, a position; "in May 2015" is a date, not a place.
 */
function heldElsewhere(predicate: string): boolean {
  const clause = predicate.split(/[;,]\s|\.\s/)[0] ?? predicate;
  const dates = findDates(clause);
  return [...clause.matchAll(/\bin\s+(?:the\s+)?\p{Lu}/gu)].some(
    (m) => !dates.some((d) => d.index <= m.index + m[0].length && m.index <= d.index + 3),
  );
}

/**
 * The kind of event the sentence's main clause tells, or null when it tells a position (or the
 * parse finds no subject: then it is not called an event).
 */
export function eventClause(sentence: string): EventKind | null {
  if (RELATIVE_ACCESSION.test(sentence)) return 'membership';
  const subject = mainClause(sentence).subject;
  if (subject && SCORELINE.test(sentence.slice(subject.start))) return 'other';
  for (const rest of predicates(sentence)) {
    if (MEMBERSHIP.test(rest)) return 'membership';
    if (ACCESSION_BID.test(rest) || (ELECTION.test(rest) && !heldElsewhere(rest))) return 'other';
    // The fixture noun or score belongs to the same clause: up to the next clause break.
    const clause = rest.split(/[;,]\s+(?:and|but|while|whereas|which|who)\b|\.\s/)[0] ?? rest;
    if (RESULT_VERB.test(rest) && SCORE.test(clause) && !TALLY_NOUN.test(clause)) return 'other';
    if (!FIXTURE_VERB.test(rest)) continue;
    if (FIXTURE_NOUN.test(clause)) return 'other';
  }
  return null;
}

// The body joined, written by its own name: "voted into UEFA", "joined the IOC", "member of FIBA".
const JOINED_BY_NAME =
  /\b(?:into|joined|member\s+of|admitted\s+to|acceded\s+to)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*/u;

/** An event told by a statement's clause, for the timeline; `subject` is whose page it is on. */
export interface StatementEvent {
  kind: EventKind;
  date: string;
  sentence: string;
  ref: SourceRef;
  subject: string | null;
  /** The states and organisations the act concerns besides its actor (the body Kosovo joined). */
  parties: string[];
}

/** An organisation or state an event statement concerns besides its actor (the table row's body). */
export type Concerned = string;

/**
 * Sets the statements that tell an event apart from the positions. A dated one becomes a timeline
 * event of its actor (Kosovo's own events have no subject: Kosovo's page shows those); an undated
 * one cannot stand on the timeline and is returned with its reason, to be reported.
 */
export function statementEvents<
  T extends {
    event?: EventKind | null;
    actor: ActorRef;
    date: string | null;
    parties: ActorRef[];
    /** Every actor the statement's words name. */
    mentions?: ActorRef[];
  },
>(
  raw: Array<T & { text: string; refs: SourceRef[] }>,
): {
  positions: T[];
  events: StatementEvent[];
  undated: Array<{ source: string; line: number; sentence: string; reason: string }>;
  /** Ids of the actors and parties of every event statement: their pages stay. */
  concerned: Set<Concerned>;
  /** The event statements themselves, dated or not (Kosovo's memberships are read from them too). */
  statements: T[];
} {
  const positions: T[] = [];
  const events: StatementEvent[] = [];
  const undated: Array<{ source: string; line: number; sentence: string; reason: string }> = [];
  const concerned = new Set<Concerned>();
  const statements: T[] = [];
  for (const p of raw) {
    if (!p.event) {
      positions.push(p);
      continue;
    }
    statements.push(p);
    for (const a of [p.actor, ...p.parties]) concerned.add(a.id);
    const ref = p.refs[0]!;
    // An accession is the joiner's: "On 13 May 2016, at the FIFA congress, Kosovo was voted into the
    // organisation", told in the organisation's row, is Kosovo's event with the body as its party.
    const joiner = mainClause(p.text).subject?.text ?? '';
    const subjectJoins =
      p.event === 'membership' && p.actor.id !== SUBJECT.id && mentionsSubject(joiner);
    const subject = subjectJoins || p.actor.id === SUBJECT.id ? null : p.actor.id;
    // The body joined is the row's only when the clause names it or points to it ("into the
    // organisation"): "In April 2016, Kosovo was voted into UEFA" in FIFA's row joins UEFA, so the
    // row's body is no party of it.
    const joinsNamed =
      p.event === 'membership' && p.mentions !== undefined && JOINED_BY_NAME.test(p.text);
    const parties = [...(subjectJoins ? [p.actor.id] : []), ...p.parties.map((x) => x.id)].filter(
      (id) => !joinsNamed || p.mentions!.some((m) => m.id === id),
    );
    if (p.date)
      events.push({
        kind: p.event,
        date: p.date,
        sentence: p.text,
        ref,
        subject,
        parties: [...new Set(parties)].filter((id) => id !== (subject ?? SUBJECT.id)),
      });
    else
      undated.push({
        source: ref.source,
        line: ref.line,
        sentence: p.text,
        reason: `an event (${p.event === 'membership' ? 'an accession' : 'a fixture or performance'}), not a position; the source does not date it, so it is on no timeline`,
      });
  }
  return { positions, events, undated, concerned, statements };
}
