/**
 * Positions from an article's prose: every sentence that tells what a state, an organisation or
 * Kosovo said, did or holds becomes (part of) a position of that actor, in the voice the source
 * tells it in (stated / described / analysis), with one date per statement. Sentences already
 * made into a figure, a claim or a recognition date are left to those entries.
 */
import { memberOfBefore, ownBodyAfter, ownBodyBefore } from './extract/statement/ownBodies';
import { toSlug } from '../shared/slug';
import type { ActorBasis, ActorRef, Position, SourceDocument, SourceRef } from '../schemas';
import {
  allProseSentences,
  introducesTable,
  partRef,
  sentenceKey,
  type SentenceInBlock,
} from './context';
import {
  actorFinder,
  isDemonymMention,
  KOSOVO,
  type ActorFinder,
  type Mention,
} from './extract/actors';
import { PersonRegistry } from './extract/persons';
import { officePlacedPeople, successions, type Succession } from './extract/personPlaces';
import { findQuotes, splitSentences, statementSpeaker } from './extract/quotes';
import {
  cellSentences,
  datesBefore,
  groupSentences,
  jointAfter,
  namesActOf,
  speechVerbIndex,
} from './extract/statements';
import type { RawPosition } from './rawPosition';
import { proseSentenceBefore, runContext } from './statementContext';
import type { CountryIndex, CountryRecord } from './resolve/countries';
import type { OrganisationIndex } from './resolve/organisations';
import { readSubject, type SubjectReading } from './extract/statement/subject';
import { statementVoice } from './extract/statement/voice';
import { framingReporter, reporterOf } from './extract/statement/reporter';
import { reactionFrom } from './extract/statement/reactions';
import { nameEnding, sharesSubject, splitActs } from './extract/statement/clauses';
import { nominalActAgent } from './extract/statement/nominalActs';
import { eventClause } from './extract/statement/event';
import { notAStatement } from './extract/statement/background';
import { REFERS_BACK_TO_ACTOR } from './extract/statement/refersBack';
import { analysedOwner } from './extract/statement/analysedOwner';
import { organOfOrganisation } from './extract/statement/organOfOrganisation';
import { bodyNamedBefore } from './extract/statement/bodyNamedBefore';
import {
  clauseStart,
  isGivenName,
  isPersonalName,
  mainClause,
  PLACE_COMPOUND,
} from './extract/statement/mainClause';
import { clauseSpeakers, pronounSpeaker } from './extract/statement/speakers';
import { partyOfLeader } from './extract/statement/bodyPeople';
import {
  alternation,
  capitalised,
  OFFICE_OPENERS,
  OFFICES,
  STATE_LEADERS,
} from './extract/statement/offices';
import {
  headingPartnerHolds,
  speakersOfActor,
  withCounterparts,
} from './extract/statement/parties';
import { mentionsSubject } from '../shared/subject';

interface Who {
  actor: ActorRef;
  country: CountryRecord | null;
}

/**
 * Rules that would only guess the actor: the state named first in the opening words though the
 * parse does not make it the subject, the article's own state, a state merely named in the
 * sentence, a state named somewhere before a speech verb whose speaker is not placed. They are
 * kept apart from `ActorBasis` so that they can never be published.
 */
type Guess = 'opening-words' | 'article-subject' | 'mentioned' | 'nearest-named';
export type Basis = ActorBasis | Guess;
const GUESSES: readonly string[] = [
  'opening-words',
  'article-subject',
  'mentioned',
  'nearest-named',
] satisfies Guess[];
export const isGuess = (b: Basis): b is Guess => GUESSES.includes(b);

/** Why a guessed actor is not published, for the build report and the source page's ledger. */
function guessReason(guess: Guess, actor: ActorRef): string {
  switch (guess) {
    case 'opening-words':
      return `its opening words name ${actor.name}, but the clause does not make it the subject of the act, and no rule says who acted`;
    case 'article-subject':
      return `no rule says who acted; only the article's own subject (${actor.name}) would be left, which is a guess`;
    case 'mentioned':
      return `${actor.name} is only named in it, not the subject of the act, and no rule says who acted`;
    case 'nearest-named':
      return `its speaker is not placed: ${actor.name} is named before the speech verb, not as the speaker's side`;
  }
}

// A clause may open with an adverbial before its subject ("However, Greece views…", "In its
// declaration of independence, Kosovo pledged…"): the subject is looked for after it.
const LEADING_ADVERBIAL =
  /^(?:(?:However|Indeed|Moreover|Thus|Nevertheless|Nonetheless|Meanwhile|Instead|Still|Yet|Also|Furthermore|Likewise|Similarly|Notwithstanding|Despite|Though|Although|While|Whereas|After|Before|Following|Since|In|On|At|During|Under|As|With|Within|Among|Through|By|Due to|Shortly after|Other than|Apart from|Unlike|Like)\b(?:[^,(]|\([^)]*\)){0,200},\s*)+/;
// "For Romania, there can be no …": the viewpoint named first is whose view the sentence reports.
const VIEWPOINT = /^For\s+([^,]{2,60}),/;
const SUBJECT_WORDS = 6;
// "For Kosovo, Russia's support for Serbia is a significant obstacle": a judgement (a copula, a
// verb of seeming) told from the viewpoint named first is that party's view, not the act of the
// state it judges.
const VIEWPOINT_JUDGEMENT =
  /^For\s+[^,]{2,60},\s+[^,]{2,120}?\s(?:is|are|was|were|remains|remained|represents|represented|seems|seemed|appears|appeared|is\s+seen|was\s+seen)\b/;

/** The party whose view a sentence opening "For <party>," with a judgement gives; null otherwise. */
export function viewpointOf(sentence: string, mentions: Mention[]): Who | null {
  const v = VIEWPOINT.exec(sentence);
  if (!v || !VIEWPOINT_JUDGEMENT.test(sentence)) return null;
  const named = mentions.filter((m) => m.index >= 4 && m.end <= v[0].length - 1);
  return named.length === 1 ? whoOf(named[0]!) : null;
}
const FOLLOWED_BY_VERB =
  /^(?:['’]s\s+(?:government|leaders|foreign\s+ministry|president|prime\s+minister))?\s+(?:(?:also|then|later|has|have|had|was|were|is|are|will|would|did|does|could|can|cannot|never|not)\s+)*(?:\p{Ll}+ed|is|was|has|had|will|would|does|did|remains|holds|takes|views|sees|denies|opposes|supports|maintains|aims|wants|continues|pledged|began|took|held|became|made|gave|met|sent)\b/u;
// "Kosovo's lack of recognition by Russia": a noun of an act names its agent after "by" too.
const PASSIVE_BY =
  /\b(?:(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)|recognition|non-recognition|rejection)\s+by\s+(?:the\s+)?$/;

// A personal or possessive pronoun as the clause's subject or its determiner ("It", "Its reaction").
const PRONOUN_LEADS = /^(?:[Hh]e|[Ss]he|[Tt]hey|It|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b/;
// A court named by its organisation's alias acts for itself, not for the organisation.
const whoOf = (m: Mention): Who =>
  m.body ? { actor: m.body, country: null } : { actor: m.actor, country: m.country };
/**
 * The actor a body's name stands for: the organisation or state the finder reads as the whole name,
 * or the body as an actor of its own; null when the name only contains a state or organisation
 * ("Government of Ruritania"): whose organ it is, the other rules read.
 */
const bodyActor = (name: string, finder: ActorFinder): Who | null => {
  const found = finder.mentions(name);
  const whole = found.find((m) => m.index === 0 && m.end >= name.length - 1);
  if (whole) return whoOf(whole);
  if (found.length > 0) return null;
  return { actor: { type: 'other', id: toSlug(name), name }, country: null };
};
/** The subject of the sentence right before, when that sentence told no act (see `referentOnly`). */
const lastReferent = (list: Array<{ who: Who | null; referentOnly?: true }>) => {
  const last = list.at(-1);
  return last?.referentOnly ? last.who : null;
};
const sameActor = (a: ActorRef, b: ActorRef) => a.type === b.type && a.id === b.id;

/**
 * The actor who speaks in a sentence with a speech verb: the person or body just before the verb
 * ("…, Putin said" → the person the article names elsewhere → Russia), else the state or
 * organisation named nearest before it that is not a place ("the Belarusian ambassador to Serbia").
 */
export function speakingActor(
  sentence: string,
  mentions: Mention[],
  persons: PersonRegistry,
): (Who & { direct: boolean; basis: Basis }) | null {
  const verb = speechVerbIndex(sentence);
  if (verb < 0) return null;
  const subject = sentence.slice(0, verb);
  let offset = 0;
  const segments = subject
    .split(/(,\s*)/)
    .reduce<Array<{ text: string; start: number }>>((acc, part) => {
      if (!/^,\s*$/.test(part) && part.trim() !== '') acc.push({ text: part, start: offset });
      offset += part.length;
      return acc;
    }, []);
  // Asides are not the speaker: "Mahmoud Abbas, when discussing … Kosovo said", "the Basque
  // government, unlike the central Spanish government in Madrid, responded".
  const isAside = (t: string) =>
    /^\s*(?:(?:when|while|after|before|in|during)\s+\p{Ll}+ing|unlike|like|except|apart from|as well as|besides|along with|together with)\b/iu.test(
      t,
    );
  // "…, following the ICJ decision, the parties said": an adverbial in any case, never the speaker.
  const isOpening = (t: string) =>
    /^\s*(?:In|On|At|During|After|Following|Before|By|Since|However|When|While)\b/i.test(t);
  // Walk back from the verb over the speaker's name and its appositive role ("the head of Serbia's
  // office for Kosovo, Petar Petković, announced"); the first state named there speaks.
  let names = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (isAside(seg.text)) continue;
    // "…, whose ministry said": a relative clause on "whose" hangs from the noun right before its
    // comma, and what speaks in it (the ministry) is that noun's — "criticised by Ruritania, whose
    // State Department said …", "the Ruritanian army, whose spokesman stated …".
    // "…, announced by Serbian Foreign Minister Ivica Dačić, who called it … and said": a relative
    // clause on "who" hangs from the office-holder that ends the segment before its comma, and the
    // state named as that office's ("Serbian", "Serbia's") speaks in it.
    if (/^\s*who\s/i.test(seg.text) && i > 0) {
      const prev = segments[i - 1]!;
      const prevEnd = prev.start + prev.text.length;
      const holder = mentions.find(
        (m) =>
          m.index >= prev.start &&
          m.end <= prevEnd &&
          OFFICE_HOLDER_AFTER.test(sentence.slice(m.end, prevEnd)),
      );
      if (holder) return { ...whoOf(holder), direct: true, basis: 'speaker' };
    }
    if (/^\s*whose\s/i.test(seg.text) && i > 0) {
      const owner = whoseOwner(sentence, mentions, segments[i - 1]!);
      if (owner) return { ...whoOf(owner), direct: true, basis: 'speaker' };
      break;
    }
    if (isOpening(seg.text) && i < segments.length - 1) break;
    // Only the speaker's own name and role: a clause ("… asked for the recognition of Kosovo by
    // Spain, and stated") or a second person's name ("meeting with Kosovo's Foreign Minister, Enver
    // Hoxhaj, Foreign Affairs Undersecretary, Rafael E. Seguis, pledged") is someone else.
    if (CLAUSE_VERB.test(seg.text)) {
      // The words right before the verb are a clause of their own ("…, took on board … and promised"):
      // its subject is further back. An auxiliary of the speech verb itself ("Greece … has claimed") is not.
      if (i === segments.length - 1 && /\band\s*$/.test(seg.text)) continue;
      if (i < segments.length - 1) break;
    }
    if (PERSON_ONLY.test(seg.text.trim()) && !TITLE_WORD.test(seg.text) && ++names > 1) break;
    const end = seg.start + seg.text.length;
    // "the head of the Ruritanian Red Cross", "the Ruritanian Radical Party leader": a nationality
    // inside a body of its own is where the body is from; its officers do not speak for the state.
    const inSegment = mentions.filter(
      (m) =>
        m.index >= seg.start &&
        m.end <= end &&
        !PLACE_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index)) &&
        !ownBodyAfter(sentence.slice(m.index, m.end), sentence.slice(m.end)) &&
        !ownBodyBefore(sentence.slice(seg.start, m.index)) &&
        !memberOfBefore(sentence.slice(seg.start, m.index)),
    );
    if (inSegment.length) {
      // "Russia, China, and India released": the list split by its commas is one subject, led by its first.
      const chain = enumerationHead(sentence, mentions, inSegment[0]!);
      // The segment is the state itself ("Russia said") or a role that names it ("the Russian
      // ambassador said", "Serbia's minister, Ivica Dačić, said").
      const itself =
        seg.text
          .trim()
          .replace(/^(?:and\s+)?(?:the\s+)?/i, '')
          .replace(/\s+(?:also|then|later|has|have|had|officially|formally)$/i, '') ===
        sentence.slice(inSegment[0]!.index, inSegment.at(-1)!.end);
      return { ...whoOf(chain), direct: true, basis: itself ? 'subject' : 'speaker' };
    }
    const person = persons.findSurname(seg.text, sentence);
    if (person?.actor) return { actor: person.actor, country: null, direct: true, basis: 'person' };
    if (isOpening(seg.text)) break;
  }
  const before = mentions.filter(
    (m) =>
      m.end <= verb &&
      !PLACE_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index)) &&
      !/\b(?:pro|anti)-$/i.test(sentence.slice(Math.max(0, m.index - 5), m.index)),
  );
  return before.length ? { ...whoOf(before.at(-1)!), direct: false, basis: 'nearest-named' } : null;
}

/** The state or organisation a "whose" clause hangs from: the name that ends the segment before it. */
function whoseOwner(
  sentence: string,
  mentions: Mention[],
  before: { text: string; start: number },
): Mention | undefined {
  const end = before.start + before.text.replace(/\s+$/, '').length;
  return mentions.find((m) => m.end === end || (m.end === end - 1 && sentence[end - 1] === ')'));
}

const CLAUSE_VERB =
  /\b(?:\p{Ll}{3,}ed|is|are|was|were|has|have|had|will|would|took|made|gave|met|sent|held|began|became|went|came|saw|told|wrote)\b/u;
const PERSON_ONLY = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){2,5}$/u;
// What follows a state named as an office's owner up to the end of a segment: the office, then the
// holder's name ("Serbian | Foreign Minister Ivica Dačić", "Sweden | 's ambassador Karin Holm").
const OFFICE_HOLDER_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:\p{L}[\p{L}-]*\s+){0,3}?(?:${alternation(OFFICES)}|${alternation(capitalised(OFFICES))})\s+(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+\s*$`,
  'u',
);
// "Kosovo Foreign Minister" is a role, not a second person's name.
const TITLE_WORD = new RegExp(
  String.raw`\b(?:${alternation(capitalised([...OFFICES, ...OFFICE_OPENERS]))})\b`,
);

// "ambassador to Serbia", "in Kosovo", "about Kosovo": a place or a topic, not who speaks.
const PLACE_BEFORE =
  /\b(?:to|in|at|from|into|with|about|regarding|on|over|against|towards?|for)\s+(?:the\s+)?$/i;
// "According to the Secretary-General, …", "According to the ministry's website, …": the account is
// that party's own (its official, its channel).
const ACCORDING_TO = /^According to\s+(?:the\s+)?/;

/**
 * The party whose own account a sentence opening "According to …," gives. A state named alone
 * ("According to Serbia, Kosovo's minister was denied entry into Ethiopia") reports someone else's
 * act: it is the reporter (see `reporterOf`), not the actor.
 */
export function accountOf(sentence: string, mentions: Mention[]): Who | null {
  const m = ACCORDING_TO.exec(sentence);
  if (!m) return null;
  const named = mentions.find((x) => x.index === m[0].length);
  if (!named) return null;
  const alone = /^\s*,/.test(sentence.slice(named.end));
  if (alone && named.actor.type === 'state') return null;
  // "According to the Ruritanian daily Politika, …": a nationality on a medium or a body of its own
  // says where it is from; the account is that body's, not the state's.
  if (ownBodyAfter(sentence.slice(named.index, named.end), sentence.slice(named.end))) return null;
  // "According to Ruritanian officials, Borduria voted against …": a clause whose subject is another
  // actor tells that actor's act, which the officials report; it is not their own account.
  const comma = sentence.indexOf(',', named.end);
  const doer =
    comma < 0
      ? undefined
      : mentions.find(
          (x) =>
            x.index > comma &&
            /^,\s*(?:the\s+)?$/.test(sentence.slice(comma, x.index)) &&
            !isDemonymMention(sentence, x) &&
            FOLLOWED_BY_VERB.test(sentence.slice(x.end)),
        );
  return doer && !sameActor(doer.actor, named.actor) ? null : whoOf(named);
}

/** The state, organisation or Kosovo a sentence is about, and whether it is the sentence's subject. */
function subjectOf(
  sentence: string,
  mentions: Mention[],
  persons: PersonRegistry,
  running: Who | null,
  fallback: Who | null,
  /** The one actor the section's heading names, when the sentence opens its section. */
  heading: Who | null = null,
): { who: Who; subject: boolean; speaks: boolean; basis: Basis } | null {
  const account = accountOf(sentence, mentions);
  if (account) return { who: account, subject: true, speaks: true, basis: 'account' };
  const lead = LEADING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  // "In August 2012, Belarus expelled …, after a Swedish firm released …": the subject acting at the
  // start of the sentence outranks a speech verb in a later clause.
  const opening = openingSubject(sentence, mentions);
  if (opening) return { who: whoOf(opening), subject: true, speaks: false, basis: 'subject' };
  // "President Alexander Lukashenko sought …", "Lukashenko has closed …": a person the article names.
  // The clause proper starts after a time phrase too ("The following year, Ruiz received …").
  const person = personLed(
    sentence.slice(Math.max(lead, clauseStart(sentence))),
    persons,
    fallback,
    sentence,
  );
  if (person)
    return {
      who: person,
      subject: true,
      speaks: speechVerbIndex(sentence) >= 0,
      basis: person.basis,
    };
  const speaking = speakingActor(sentence, mentions, persons);
  if (speaking)
    return {
      who: speaking,
      subject: true,
      speaks: true,
      basis: speaking.basis,
    };
  const ofArticle = personOfArticle(sentence, persons, fallback);
  if (ofArticle) return { who: ofArticle, subject: true, speaks: true, basis: ofArticle.basis };
  const ownConduct = speakerOfOwnConduct(sentence, mentions);
  if (ownConduct) return { who: ownConduct, subject: true, speaks: true, basis: 'clause-subject' };
  // "A ministry official said this was …": a speaker the sentence does not place speaks in the paragraph's matter.
  if (
    speechVerbIndex(sentence) >= 0 &&
    running &&
    !mentions.slice(0, 1).some((m) => m.index < speechVerbIndex(sentence) && !m.prepositional)
  ) {
    return { who: running, subject: false, speaks: false, basis: 'carried' };
  }
  const viewpoint = VIEWPOINT.exec(sentence);
  if (viewpoint) {
    const named = mentions.find((m) => m.index < viewpoint[0].length && m.actor.id !== KOSOVO.id);
    if (named) return { who: whoOf(named), subject: true, speaks: false, basis: 'viewpoint' };
  }
  // "This prompted a protest from the Serbian Foreign Ministry": the reaction's agent acted.
  const reaction = reactionFrom(sentence.slice(lead));
  const reactor = reaction
    ? mentions.find(
        (m) =>
          m.index >= lead + reaction.index &&
          m.index < lead + reaction.index + reaction.text.length,
      )
    : undefined;
  if (reactor) return { who: whoOf(reactor), subject: true, speaks: false, basis: 'agent' };
  // "Kosovo's independence is rejected by Serbia": the agent of a passive is the subject.
  const agent = mentions.find(
    (m) =>
      PASSIVE_BY.test(sentence.slice(Math.max(0, m.index - 60), m.index)) &&
      m.actor.id !== KOSOVO.id,
  );
  if (agent) return { who: whoOf(agent), subject: true, speaks: false, basis: 'agent' };
  // "It", "This stance", "The ministry": the actor of the sentences before, when there is one.
  if (running && REFERS_BACK_TO_ACTOR.test(sentence.slice(lead)))
    return { who: running, subject: true, speaks: false, basis: 'carried' };
  // "== Peru's reaction == Due to …, its initial reactions included …": a pronoun opening a
  // section points back to the one actor its heading names.
  if (!running && heading && PRONOUN_LEADS.test(sentence.slice(lead)))
    return { who: heading, subject: true, speaks: false, basis: 'carried' };
  // "…, after which Kosovo imposed a tax": a name followed by its verb is the subject of its clause.
  // What follows a speech verb is what was said ("X said that Ruritania could …, once Belgrade and
  // Pristina had agreed"): a name there is the subject of the words, not who spoke them.
  const said = speechVerbIndex(sentence);
  const clauseSubject = mentions.find(
    (m) =>
      !m.prepositional &&
      (said < 0 || m.index < said) &&
      FOLLOWED_BY_VERB.test(sentence.slice(m.end)) &&
      !/\b(?:that|which|whether|if)\s+$/.test(sentence.slice(0, m.index)),
  );
  if (clauseSubject)
    return { who: whoOf(clauseSubject), subject: true, speaks: false, basis: 'clause-subject' };
  // What is left would be a guess: it is returned as one, so the sentence is reported unattributed.
  const zoneEnd = lead + sentence.slice(lead).split(/\s+/).slice(0, SUBJECT_WORDS).join(' ').length;
  const first = mentions.find((m) => !m.prepositional && m.index >= lead);
  if (first && first.index <= zoneEnd)
    return { who: whoOf(first), subject: true, speaks: false, basis: 'opening-words' };
  if (fallback && REFERS_BACK_TO_ACTOR.test(sentence.slice(lead)))
    return { who: fallback, subject: true, speaks: false, basis: 'article-subject' };
  if (running && mentions.some((m) => sameActor(m.actor, running.actor)))
    return { who: running, subject: false, speaks: false, basis: 'mentioned' };
  const named =
    mentions.find((m) => m.actor.id !== KOSOVO.id && !m.prepositional) ??
    mentions.find((m) => m.actor.id !== KOSOVO.id);
  return named ? { who: whoOf(named), subject: false, speaks: false, basis: 'mentioned' } : null;
}

// What a state will or would do, or did: a modal or a finite verb right after the state's name.
const CONDUCT_VERB =
  /^\s+(?:(?:also|still|never|not)\s+)?(?:would|will|could|can|cannot|can't|should|shall|must|had|has|have|did|does|do)\b/;
// A named person, with or without an office before the name ("Foreign Minister Ana Ruiz", "Ruiz"),
// and an adverb or auxiliary between it and the speech verb.
const NAMED_SPEAKER =
  /(?:^|[\s,])\p{Lu}[\p{L}\p{M}'’.-]+\s+(?:(?:also|later|then|again|had|has|have)\s+)*$/u;

/**
 * "Foreign Minister Ana Ruiz announced that Ruritania would not recognise …": a named official whose
 * side the sentence does not give, announcing what a state will do (or did, or holds) as the
 * subject of the reported clause, speaks for that state: a government announces its own conduct.
 * Only when nothing before the speech verb names an actor (the speaker rules would read that), and
 * never Kosovo, the topic every statement here speaks about.
 */
export function speakerOfOwnConduct(sentence: string, mentions: Mention[]): Who | null {
  const verb = reportingVerbIndex(sentence);
  if (verb < 0) return null;
  const lead = LEADING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  if (!NAMED_SPEAKER.test(sentence.slice(lead, verb))) return null;
  if (mentions.some((m) => m.index >= lead && m.index < verb)) return null;
  // The speech verb, at most a few words of object or time ("told the troops", "said in 2019"),
  // then "that".
  const complement = /^\p{L}+\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?that\s+(?:the\s+)?/u.exec(
    sentence.slice(verb),
  );
  if (!complement) return null;
  const at = verb + complement[0].length;
  const isState = (m: Mention) =>
    m.actor.type === 'state' && m.actor.id !== KOSOVO.id && !isDemonymMention(sentence, m);
  // Right after "that" the name opens the reported clause: a preposition a few words back ("said
  // in 2019 that Ruritania …") is the time phrase's, not the name's.
  const subject = mentions.find((m) => m.index === at);
  if (subject && isState(subject) && CONDUCT_VERB.test(sentence.slice(subject.end)))
    return whoOf(subject);
  // "… maintained that any change in Ruritania's position would depend on …": the reported
  // clause's subject is the state's own stance, and what becomes of it.
  const modal = /\s(?:would|will|could|can|cannot|should|shall|must)\b/.exec(sentence.slice(at));
  if (!modal) return null;
  const inSubject = mentions.filter((m) => m.index >= at && m.end <= at + modal.index);
  const owner = inSubject.length === 1 ? inSubject[0]! : null;
  return owner && isState(owner) && OWN_STANCE_AFTER.test(sentence.slice(owner.end))
    ? whoOf(owner)
    : null;
}

const OWN_STANCE_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:position|stance|policy|policies|decision|view|recognition)\b/u;

/**
 * Where a sentence's reporting verb stands: a speech verb, else a present or past perfect with a
 * that-clause ("has maintained that", "had insisted that"), which reports words or a view whatever
 * the verb.
 */
function reportingVerbIndex(sentence: string): number {
  const speech = speechVerbIndex(sentence);
  if (speech >= 0) return speech;
  const perfect = /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+ed)\s+that\s/u.exec(sentence);
  return perfect ? perfect.index + perfect[0].indexOf(perfect[1]!, perfect[0].indexOf(' ')) : -1;
}

/** The state or organisation that opens the sentence as the subject of its verb, after any leading adverbial. */
export function openingSubject(sentence: string, mentions: Mention[]): Mention | undefined {
  const lead = LEADING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  return mentions.find(
    (m) =>
      !m.prepositional &&
      m.index >= lead &&
      m.index <= lead + 2 &&
      FOLLOWED_BY_VERB.test(sentence.slice(m.end)),
  );
}

// A title, then a capitalised name, then the verb: "President Alexander Lukashenko sought".
const LEADER_TITLE = alternation(capitalised(STATE_LEADERS));
// "Ana Ruiz, who succeeded Berg as minister in 2018, has ruled out …": a non-restrictive relative
// clause in commas between the name and its verb tells about the person; the verb is still theirs.
const TITLED_NAME = new RegExp(
  String.raw`^(?:(?:${LEADER_TITLE})\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)(?:,\s+(?:who|whose)\s[^,;()"“]+,)?\s+(?:has\s+|had\s+|also\s+)*\p{Ll}+`,
  'u',
);
const OPENS_WITH_TITLE = new RegExp(String.raw`^(?:${LEADER_TITLE})`);

/**
 * A sentence that opens with a person the article names (or a titled name) and no state: the
 * person's side from the register, else the state the article is about.
 */
function personLed(
  text: string,
  persons: PersonRegistry,
  fallback: Who | null,
  sentence: string,
): (Who & { basis: Basis }) | null {
  const m = TITLED_NAME.exec(text);
  if (!m) return null;
  const person = persons.findSurname(m[1]!, sentence);
  if (person?.actor) return { actor: person.actor, country: null, basis: 'person' };
  const titled = m[0].length > m[1]!.length + 1 && OPENS_WITH_TITLE.test(text);
  return (person || titled) && fallback ? { ...fallback, basis: 'article-subject' } : null;
}

/**
 * "Lukashenko accused Poland …": a person the article names, speaking with no state named before the
 * verb, speaks for the state the article is about when the register does not say otherwise.
 */
function personOfArticle(
  sentence: string,
  persons: PersonRegistry,
  fallback: Who | null,
): (Who & { basis: Basis }) | null {
  const verb = speechVerbIndex(sentence);
  if (verb < 0 || !fallback) return null;
  const segment =
    sentence
      .slice(0, verb)
      .split(/,\s*/)
      .filter((x) => x.trim())
      .at(-1) ?? '';
  const person = persons.findSurname(segment, sentence);
  if (person)
    return person.actor
      ? { actor: person.actor, country: null, basis: 'person' }
      : { ...fallback, basis: 'article-subject' };
  // A bare name the register does not know ("Lukashenko accused …") is a person of the article's state.
  return /^(?:\p{Lu}[\p{L}\p{M}'’-]+\s*){1,3}$/u.test(segment.trim()) &&
    !/^(?:The|A|An|It|This|These|They|He|She)\b/.test(segment.trim())
    ? { ...fallback, basis: 'article-subject' }
    : null;
}

/** Who speaks in a statement, completed from the article's register of people ("Dačić" → full name). */
export function speakerFor(
  text: string,
  persons: PersonRegistry,
  actor?: ActorRef,
): Position['speaker'] {
  const quoted = findQuotes(text).find((q) => q.speaker);
  const found = quoted?.speaker
    ? { speaker: quoted.speaker, role: quoted.role }
    : statementSpeaker(text);
  if (!found) return null;
  // "Russia called …", "the EU officially stated": the actor itself, not a speaker.
  if (
    actor &&
    !found.role &&
    (found.speaker === actor.name ||
      actor.name.includes(found.speaker) ||
      /^[A-Z]{2,6}$/.test(found.speaker))
  )
    return null;
  if (persons.isOnlyPlace(found.speaker)) return null;
  const known = persons.resolve(found.speaker);
  return known
    ? { name: known.name, role: found.role ?? known.role }
    : { name: found.speaker, role: found.role };
}

/** Fills the register with every person the article names with a full name, and whose side they speak for. */
export function registerPersons(
  doc: SourceDocument,
  finder: ActorFinder,
  persons: PersonRegistry,
): void {
  const sentences: string[] = [];
  for (const s of allProseSentences(doc)) if (!s.endMatter) sentences.push(s.sentence);
  const prose = new Set(sentences);
  for (const b of doc.blocks)
    if (b.kind === 'table')
      for (const r of b.rows) for (const c of r.cells) sentences.push(...cellSentences(c));
  const followed: Succession[] = [];
  for (const sentence of sentences) {
    if (prose.has(sentence)) {
      // "the Czech foreign minister, Tomáš Petříček", "Václav Klaus, the president of the Czech
      // Republic": the office's own state places the person, in whichever sentence the article says so.
      for (const p of officePlacedPeople(sentence, finder.mentions(sentence))) persons.add(p);
      followed.push(...successions(sentence));
    }
    const speaker = statementSpeaker(sentence);
    const quotes = findQuotes(sentence).filter((q) => q.speaker);
    const who = speakingActor(sentence, finder.mentions(sentence), persons);
    const actor = who?.direct ? who.actor : null;
    if (speaker) persons.add({ name: speaker.speaker, role: speaker.role, actor });
    for (const q of quotes) persons.add({ name: q.speaker!, role: q.role, actor });
    // "The government of Mariano Rajoy": a given name compromise knows, then capitalised words, is
    // a person wherever it stands, so the surname alone later ("Rajoy stayed away") is read as that
    // person (whose side no rule may give) rather than as a body of its own.
    for (const name of givenNamed(sentence)) persons.add({ name, role: null, actor: null });
    // "Ana Ruiz, Ruritanian foreign minister from 2015 to 2019, became …": an office apposed to a
    // full name, naming its state first, says whose the person is.
    // "Kosovo's Foreign Minister Donika Ruiz", "Ruritanian Deputy Foreign Minister Ana Ruiz": an
    // office named by its state, right before the full name, says whose the person is.
    if (prose.has(sentence))
      for (const m of finder.mentions(sentence)) {
        const titled = OFFICE_THEN_NAME.exec(sentence.slice(m.end));
        if (
          titled &&
          !m.prepositional &&
          !TITLE_WORD.test(titled[2]!) &&
          !ownBodyAfter(sentence.slice(m.index, m.end), sentence.slice(m.end))
        )
          persons.add({
            name: titled[2]!,
            role: sentence.slice(m.index, m.end) + titled[1]!.replace(/\s+$/, ''),
            actor: m.actor,
          });
      }
    for (const a of prose.has(sentence) ? sentence.matchAll(APPOSED_OFFICE) : []) {
      const role = a[2]!.trim();
      const first = finder.mentions(role)[0];
      if (
        first &&
        first.index <= 4 &&
        !first.prepositional &&
        OFFICE_WORD.test(role) &&
        !ownBodyAfter(role.slice(first.index, first.end), role.slice(first.end))
      )
        persons.add({ name: a[1]!, role, actor: first.actor });
    }
    // "President Alexander Lukashenko" anywhere names a person, whose side a later sentence may give.
    for (const t of sentence.matchAll(
      new RegExp(
        String.raw`\b(${LEADER_TITLE})\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s){1,2}\p{Lu}[\p{L}\p{M}'’-]+)`,
        'gu',
      ),
    )) {
      persons.add({ name: t[2]!, role: t[1]!, actor: null });
    }
  }
  placeSuccessors(followed, persons);
}

/**
 * "Klaus's successor, Miloš Zeman": the successor held the office of the one they followed, so
 * speaks for the state the article places that person in; a chain ("Zeman's successor, Petr
 * Pavel") follows once the first link is placed. A predecessor or successor the article does not
 * place stays unplaced.
 */
function placeSuccessors(followed: Succession[], persons: PersonRegistry): void {
  const pending = [...followed];
  for (let placed = true; placed && pending.length > 0;) {
    placed = false;
    for (const s of [...pending]) {
      const known = persons.resolve(s.of);
      if (!known?.actor) continue;
      persons.add({ name: s.name, role: known.role, actor: known.actor });
      pending.splice(pending.indexOf(s), 1);
      placed = true;
    }
  }
}

// After a state's name or nationality: its capitalised office, then a full name.
const OFFICE_THEN_NAME = new RegExp(
  String.raw`^((?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:${alternation(capitalised(OFFICES))})\s+)((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+)`,
  'u',
);
const OFFICE_WORD = new RegExp(String.raw`\b(?:${alternation(OFFICES)})\b`, 'i');
// A full name, then an apposition in commas ("Ana Ruiz, Ruritanian foreign minister from 2015 to 2019,").
const APPOSED_OFFICE =
  /(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+),\s+((?:the\s+)?\p{Lu}[^,;()"“”]{2,80}?),\s/gu;

/** The full personal names in `sentence` that open with a given name ("Mariano Rajoy"). */
function givenNamed(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(
    /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)((?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})/gu,
  ))
    if (isGivenName(m[1]!)) out.push(`${m[1]}${m[2]}`);
  return out;
}

interface Reading {
  s: SentenceInBlock;
  who: Who | null;
  subject: boolean;
  /** The actor speaks in the sentence (a speech verb with the actor, or its official, as subject). */
  speaks: boolean;
  mentions: Mention[];
  /** The whole sentence this act was cut from (the same as `s.sentence` when it tells one act). */
  whole: string;
  /** Tells no act: its subject is only what "It", "Both republics" in the next sentence refer to. */
  referentOnly?: true;
  /** Tells an act whose actor no rule establishes (reported as unattributed). */
  unplaced?: true;
  /** The rule that decided `who` (never a guess: a guessed actor is not kept). */
  basis?: ActorBasis;
}

/** The state or organisation a section heading is about, besides the article's own subject ("Belarus–Russia relations"). */
function sectionPartner(
  section: string[],
  finder: ActorFinder,
  own: ActorRef | null,
): ActorRef | null {
  for (const heading of [...section.slice(1)].reverse()) {
    const named = finder.mentions(heading).find((m) => !own || !sameActor(m.actor, own));
    if (named && named.actor.id !== KOSOVO.id) return named.actor;
  }
  return null;
}

/** The first member of the enumeration `m` ends ("India" in "Russia, China, and India"). */
function enumerationHead(sentence: string, mentions: Mention[], m: Mention): Mention {
  let head = m;
  for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
    const gap = sentence.slice(mentions[i]!.end, head.index);
    if (
      mentions[i]!.prepositional ||
      !/^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$/.test(gap)
    )
      break;
    head = mentions[i]!;
  }
  return head;
}

// Lists of actors that take part ("Russia, China, and India released", "some member states, including
// Azerbaijan, Egypt, Indonesia and Sudan") name every member as a party: a list that is the
// sentence's subject or is introduced as such. Two clauses joined by ", and" ("supporting Serbia,
// and Greece has not recognised") and a list of objects ("personnel to EULEX, the OSCE Mission,
// NATO") are not.
const LIST_INTRODUCED =
  /(?:\bincluding|\bsuch as|\bexcept(?: for)?|\bnamely|\blike|\btogether with|\balong with|\balongside|:)\s+(?:the\s+)?$/i;
export function enumerated(sentence: string, mentions: Mention[]): ActorRef[] {
  const out: ActorRef[] = [];
  const lead = LEADING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  const listStarts = (m: Mention) =>
    (m.index <= lead + 4 && !m.prepositional) ||
    LIST_INTRODUCED.test(sentence.slice(Math.max(0, m.index - 20), m.index));
  // An abbreviation after its name ("the Central European Free Trade Agreement (CEFTA)") is one item.
  const items = mentions.filter(
    (m, i) =>
      i === 0 ||
      !(
        sameActor(m.actor, mentions[i - 1]!.actor) &&
        /^\s*\($/.test(sentence.slice(mentions[i - 1]!.end, m.index))
      ),
  );
  // null: no list open; otherwise whether the open list takes part (decided by its first item).
  let takesPart: boolean | null = null;
  for (let i = 0; i + 1 < items.length; i++) {
    const gap = sentence.slice(items[i]!.end, items[i + 1]!.index).replace(/^\s*\([^()]*\)/, '');
    const joined = /^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$/.test(gap);
    if (!joined) {
      takesPart = null;
      continue;
    }
    takesPart ??= listStarts(items[i]!);
    if (takesPart) out.push(items[i]!.actor, items[i + 1]!.actor);
  }
  return out;
}

/**
 * Every speaker of a statement: the quotes' and speech verb's speaker, completed by the main
 * clause's subject (a body, a role without a name, two people joined by "and").
 */
export function allSpeakers(
  speaker: Position['speaker'],
  first: string,
  actor: ActorRef,
  isSubject: boolean,
  persons: PersonRegistry,
  finder: ActorFinder,
): Position['speakers'] {
  // The actor itself as subject, by any of its names ("Moscow views …"), is no speaker.
  const namesActor = (text: string) => {
    // A capital stands for its government only before a verb ("Moscow views"): give it one.
    const found = finder.mentions(`${text} said`);
    const words = text.replace(/^(?:the|a|an)\s+/i, '').trim();
    // "The Belgrade-based Humanitarian Law Centre": a body of its own, named with what describes
    // it, is the actor itself, whatever place the description names.
    if (
      actor.type === 'other' &&
      words !== actor.name &&
      words.replace(new RegExp(`^${PLACE_COMPOUND.source}\\s+`, 'u'), '') === actor.name
    )
      return true;
    // "The Green Unity party of Ana Ruiz": the party named with its leader is the actor itself.
    if (actor.type === 'other' && partyOfLeader(text)?.name === actor.name) return true;
    return (
      found.length > 0 &&
      found.every((m) => sameActor(m.actor, actor)) &&
      found.some((m) => m.end - m.index >= words.length - 2)
    );
  };
  const fromClause = isSubject ? clauseSpeakers(first, actor, persons, namesActor) : [];
  // The same tests for the speech verb's speaker: not the actor by another name ("Moscow"), not a
  // clause opener ("Though Russia"), written with capitals.
  const plausible =
    speaker &&
    !namesActor(speaker.name) &&
    !/^(?:though|although|while|whilst|when|if|because|as|since|whereas)\b/i.test(speaker.name) &&
    /^\p{Lu}/u.test(speaker.name)
      ? speaker
      : null;
  const surname = plausible?.name.split(/\s+/).at(-1);
  const same = surname && fromClause.find((s) => s.name?.includes(surname));
  const all = !plausible || (same && fromClause.length > 1) ? fromClause : [plausible];
  // A co-signer named with another actor's role speaks for that actor (parties.ts).
  return speakersOfActor(actor, all, (t) => finder.mentions(t)).speakers;
}

/**
 * A sentence that tells an act but whose actor no rule can establish (reported, not guessed), or,
 * with `notAStatement`, one that names an actor but tells no act (background, a rule, the source's
 * own analysis of a situation).
 */
export interface Unattributed {
  line: number;
  sentence: string;
  reason: string;
  notAStatement?: true;
}

export interface ProseResult {
  positions: RawPosition[];
  unattributed: Unattributed[];
}

/**
 * Positions from the prose of one article. `taken` holds the keys of sentences other extractors
 * made into entries (figures, claims, recognition dates); they are not told twice.
 */
/**
 * The list items that finish the sentence before them: each item block that opens in lower case
 * right after a paragraph ending in a colon (or after such an item), mapped to that paragraph.
 * An item with a subject of its own ("Saint Lucia, which recognised …") opens a sentence of its own.
 */
function itemsFinishingSentence(
  doc: SourceDocument,
): Map<SentenceInBlock['block'], SentenceInBlock['block']> {
  const out = new Map<SentenceInBlock['block'], SentenceInBlock['block']>();
  let intro: SentenceInBlock['block'] | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'list-item' && intro && /^\p{Ll}/u.test(block.text.trim())) {
      out.set(block, intro);
      continue;
    }
    intro = block.kind === 'paragraph' && /:\s*$/.test(block.text) ? block : null;
  }
  return out;
}

// "He", "She" opening a sentence: a person named before, never a state or a body.
const PERSON_PRONOUN = /^(?:He|She)\s/;
// A person's pronoun or possessive opening the clause ("He presented …", "Her report …").
const PERSON_LEADS = /^(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s/;

/**
 * Whether a sentence's main clause has "he" or "she" as its subject, opening the sentence or after
 * an opening adverbial ("The same month, she met …"): the pronoun is the subject either way.
 */
function personPronounSubject(sentence: string): boolean {
  return (
    PERSON_PRONOUN.test(sentence) || /^(?:he|she)$/i.test(mainClause(sentence).subject?.text ?? '')
  );
}

export function extractProsePositions(
  doc: SourceDocument,
  countries: CountryIndex,
  orgs: OrganisationIndex,
  persons: PersonRegistry,
  taken: Set<string>,
): ProseResult {
  const finder = actorFinder(countries, orgs);
  const titleSubject = finder.mentions(doc.title)[0]?.actor ?? null;
  const articleState: Who | null =
    titleSubject && titleSubject.type === 'state'
      ? {
          actor: titleSubject,
          country: countries.all.find((r) => r.id === titleSubject.id) ?? null,
        }
      : null;
  const aboutKosovo = mentionsSubject(doc.title);
  const out: RawPosition[] = [];
  const unattributed: Unattributed[] = [];
  const sentenceBefore = proseSentenceBefore(doc);

  // Read every sentence of a block, carrying the actor from one sentence to the next.
  const blocks = new Map<SentenceInBlock['block'], Reading[]>();
  // "Officials have named two conditions: * a binding agreement; * a common EU position": items
  // that open in lower case finish the sentence before the colon, so they are read in its block.
  const itemOf = itemsFinishingSentence(doc);
  const keyOf = (block: SentenceInBlock['block']) => itemOf.get(block) ?? block;
  // The first block of each section, so a sentence can tell it opens its section.
  const firstBlock = new Map<string, SentenceInBlock['block']>();
  for (const s of allProseSentences(doc))
    if (!firstBlock.has(s.block.section.join('\u0000')))
      firstBlock.set(s.block.section.join('\u0000'), s.block);
  const opensSection = (s: SentenceInBlock) =>
    s.index === 0 && firstBlock.get(s.block.section.join('\u0000')) === s.block;
  // The one state or organisation the innermost heading names ("Serbia's reaction").
  const headingActor = (section: string[]): Who | null => {
    if (section.length < 2) return null;
    const named = finder.mentions(section.at(-1)!);
    const actors = new Set(named.map((m) => `${m.actor.type}:${m.actor.id}`));
    return actors.size === 1 && named[0]!.actor.id !== KOSOVO.id ? whoOf(named[0]!) : null;
  };
  const actsOf = (whole: SentenceInBlock): SentenceInBlock[] =>
    splitActs(
      whole.sentence,
      (t) => finder.mentions(t).length > 0 || persons.findSurname(t) !== null,
      nameEnding(finder),
      (t) => {
        const actor = finder.mentions(t)[0]?.actor ?? persons.findSurname(t)?.actor ?? null;
        return actor ? `${actor.type}:${actor.id}` : null;
      },
    ).map((part) => ({ ...whole, sentence: part, ref: partRef(doc, whole, part) }));
  // The clause a cut clause follows in its sentence, which "after which" points back to.
  const clauseBefore = new Map<SentenceInBlock, string>();
  for (const whole of allProseSentences(doc)) {
    if (whole.endMatter || introducesTable(doc, whole)) continue;
    // A sentence that another extractor made into an entry (a figure, a claim) is not split.
    const wholeTaken = taken.has(sentenceKey(doc.sourceId, whole.ref.line, whole.sentence));
    const parts = wholeTaken ? [whole] : actsOf(whole);
    // The clause before is kept with the words that join it to the cut one (", while"), which tell
    // how the two acts stand in time.
    let from = 0;
    const starts = parts.map((part) => {
      const at = whole.sentence.indexOf(part.sentence, from);
      if (at >= 0) from = at + part.sentence.length;
      return at;
    });
    parts.forEach((part, k) => {
      if (k === 0) return;
      const prev = parts[k - 1]!.sentence;
      const [a, b] = [starts[k - 1]!, starts[k]!];
      clauseBefore.set(part, a >= 0 && b > a ? whole.sentence.slice(a, b).trimEnd() : prev);
    });
    for (const s of parts) {
      const list = blocks.get(keyOf(s.block)) ?? [];
      const mentions = finder.mentions(s.sentence);
      const lastWho = [...list].reverse().find((r) => r.who)?.who ?? null;
      const background = notAStatement(s.sentence);
      if (background) {
        unattributed.push({
          line: s.ref.line,
          sentence: s.sentence,
          reason: background.reason,
          notAStatement: true,
        });
        // "The Ruritanian SSR was one of …. Both republics joined …": the background sentence's
        // subject is who the next sentence's pronoun means.
        const said = mainClause(s.sentence).subject;
        const opening = said
          ? mentions.find((m) => !m.prepositional && m.index >= said.start && m.end <= said.end + 1)
          : undefined;
        list.push({
          s,
          who: opening ? whoOf(opening) : null,
          subject: false,
          speaks: false,
          mentions,
          whole: whole.sentence,
          referentOnly: true,
        });
        blocks.set(keyOf(s.block), list);
        continue;
      }
      // "Fiji held talks …, concluding an accord in 2001": a verb phrase cut from the clause before
      // it has that clause's subject, whatever it names.
      const before = list.at(-1);
      const shared =
        (s.sentence !== whole.sentence &&
          before?.whole === whole.sentence &&
          before.subject &&
          before.who &&
          sharesSubject(s.sentence)) ||
        // "The opinion was closely tailored …" after "The ICJ released the advisory opinion …":
        // the thing the act made, named again, tells more of that act, whoever is its subject.
        (before?.subject && before.who && namesActOf(s.sentence, before.s.sentence)) ||
        // An item finishing the sentence before the colon is that sentence's act, whatever it names;
        // an item that names its own agent ("a visit by …") is that agent's act, never carried.
        (itemOf.has(s.block) &&
          before?.subject &&
          before.who &&
          /[:;]\s*$/.test(before.s.sentence) &&
          !nominalActAgent(s.sentence))
          ? before!.who
          : null;
      // A third party as the subject (an NGO, a paper, a poll) is never a state named elsewhere.
      const reading = shared
        ? ({ kind: 'actor' } as SubjectReading)
        : accountOf(s.sentence, mentions)
          ? ({ kind: 'actor' } as SubjectReading)
          : readSubject(s.sentence, mentions, persons, (m) => isDemonymMention(s.sentence, m));
      // "… reported that the government was studying …" after an institute's paper: a state's organ
      // by its common noun takes up the last state or organisation that acted, never a third party.
      const running =
        reading.kind === 'refers-back' && reading.organ && lastWho?.actor.type === 'other'
          ? ([...list].reverse().find((r) => r.who && r.who.actor.type !== 'other')?.who ?? null)
          : lastWho;
      // "Many countries fear …. These sentiments are seldom expressed …": a sentence that points
      // back to one whose actor no rule establishes carries that on; it is no one else's either.
      const previous = list.at(-1);
      // Only a demonstrative with its noun ("These sentiments", "Such views") naming no one else:
      // "It" or "This" may point further back, to an actor named before.
      const carried =
        reading.kind === 'refers-back' &&
        previous?.unplaced &&
        /^(?:These|Those|Such|This|That)\s+\p{Ll}{3,}/u.test(
          s.sentence.slice(clauseStart(s.sentence)),
        ) &&
        mentions.every((m) => m.actor.id === KOSOVO.id)
          ? 'it carries on the sentence before, whose actor no rule establishes'
          : // "Ana Ruiz … was appointed rapporteur. Her report recommended …": "he", "she", "his" or
            // "her" points back to a person, the one the sentence before is about; when no rule
            // gave that sentence an actor, whose side the person is on is not established either, and
            // the actor of a sentence further back is someone else's.
            // The sentence before may name the person without any rule giving it an actor
            // ("Ana Ruiz, by then a member of the Hellenic Parliament, was appointed …").
            previous !== undefined &&
              !previous.who &&
              PERSON_LEADS.test(s.sentence.slice(clauseStart(s.sentence)))
            ? 'its subject points back to a person the sentence before names, whose side no rule establishes'
            : null;
      // A sentence no rule attributes: reported with its reason (once per whole sentence), and kept
      // in the block as unplaced, so a sentence pointing back to it carries the unattribution on.
      const leaveUnplaced = (reason: string | null): void => {
        if (reason) unattributed.push({ line: s.ref.line, sentence: s.sentence, reason });
        list.push({
          s,
          who: null,
          subject: false,
          speaks: false,
          mentions,
          whole: whole.sentence,
          unplaced: true,
        });
        blocks.set(keyOf(s.block), list);
      };
      if (reading.kind === 'unattributed' || carried) {
        leaveUnplaced(reading.kind === 'unattributed' ? reading.reason : carried!);
        continue;
      }
      const speaks = speechVerbIndex(s.sentence) >= 0;
      const viewer = viewpointOf(s.sentence, mentions);
      // "The Parliamentary Assembly endorsed …" after the Council of Europe: that organisation's organ.
      const organ =
        reading.kind === 'third-party' && reading.basis === 'subject'
          ? organOfOrganisation(
              reading.actor.name,
              finder.mentions(
                s.block.text.slice(0, Math.max(0, s.block.text.indexOf(whole.sentence))),
              ),
              (m) => m.actor.id === KOSOVO.id,
            )
          : null;
      // "the court found …" after "… the International Court of Justice": the body named before.
      const paragraphBefore = s.block.text.slice(
        0,
        Math.max(0, s.block.text.indexOf(whole.sentence)),
      );
      const antecedent =
        reading.kind === 'refers-back'
          ? bodyNamedBefore(mainClause(s.sentence).subject?.text ?? '', paragraphBefore)
          : null;
      const antecedentWho = antecedent ? bodyActor(antecedent, finder) : null;
      // "These moves reflect Ruritania's wish …": the analysis names whose stance the acts show.
      const owner =
        reading.kind === 'refers-back'
          ? analysedOwner(s.sentence, clauseStart(s.sentence), mentions, (m) =>
              isDemonymMention(s.sentence, m),
            )
          : null;
      // "He said that Kosovo had …" after "In 2018 Foreign Minister X travelled …": a personal
      // pronoun as the subject takes up the person who was the subject of the sentence before, so
      // it speaks for that sentence's actor, whatever state its own words name.
      const taken =
        reading.kind === 'refers-back' &&
        personPronounSubject(s.sentence) &&
        previous?.who &&
        !previous.referentOnly &&
        isPersonalName(mainClause(previous.s.sentence).subject?.text ?? '')
          ? previous.who
          : null;
      const found: { who: Who; subject: boolean; speaks: boolean; basis: Basis } | null = shared
        ? { who: shared, subject: true, speaks, basis: 'carried' }
        : taken
          ? { who: taken, subject: true, speaks, basis: 'carried' }
          : viewer
            ? { who: viewer, subject: true, speaks: false, basis: 'viewpoint' }
            : reading.kind === 'third-party' && organ
              ? { who: whoOf(organ), subject: true, speaks, basis: 'possessor' }
              : reading.kind === 'third-party'
                ? {
                    who: { actor: reading.actor, country: null },
                    subject: true,
                    speaks: speaks || reading.says === true,
                    basis: reading.basis,
                  }
                : reading.kind === 'actor' && reading.mention
                  ? {
                      who: whoOf(reading.mention),
                      subject: true,
                      speaks,
                      basis: reading.basis ?? 'subject',
                    }
                  : reading.kind === 'actor' && reading.person
                    ? {
                        who: { actor: reading.person, country: null },
                        subject: true,
                        speaks,
                        basis: 'person',
                      }
                    : reading.kind === 'refers-back' && owner
                      ? {
                          who: whoOf(owner),
                          subject: true,
                          speaks: false,
                          basis: isDemonymMention(s.sentence, owner) ? 'demonym' : 'possessor',
                        }
                      : antecedentWho
                        ? { who: antecedentWho, subject: true, speaks, basis: 'carried' }
                        : // "Both republics … joined the UN" after a background sentence on the Ruritanian SSR:
                          // the subject refers back to that sentence's subject, not to a body named later.
                          reading.kind === 'refers-back' && lastReferent(list)
                          ? { who: lastReferent(list)!, subject: true, speaks, basis: 'carried' }
                          : (subjectOf(
                              s.sentence,
                              mentions,
                              persons,
                              running,
                              articleState,
                              opensSection(whole) ? headingActor(whole.block.section) : null,
                            ) ??
                            // "In 2013, the two sides began …", naming no one: the parse says the subject
                            // points back, so it is the actor of the sentences before.
                            (reading.kind === 'refers-back' && running
                              ? { who: running, subject: true, speaks, basis: 'carried' }
                              : null));
      let who = found?.who ?? null;
      const subject = found?.subject ?? false;
      let basis: Basis | null = found?.basis ?? null;
      // Kosovo acts only as the subject of its sentence; elsewhere a sentence on Kosovo alone is context.
      if (who && who.actor.id === KOSOVO.id && !subject) who = null;
      // "The two countries have …" in the section on a partner, in an article about another state:
      // which of the two acted is the article's own state only by guess.
      if (
        !who &&
        titleSubject &&
        titleSubject.id !== KOSOVO.id &&
        sectionPartner(s.block.section, finder, titleSubject)
      ) {
        who = { actor: titleSubject, country: null };
        basis = 'article-subject';
      }
      // A sentence naming a state or organisation whose actor no rule finds is reported with the
      // reason, never dropped in silence: a role and a name with no side ("President X took the
      // same line"), an organ by a nationality the finder does not know.
      // A clause cut from its sentence counts the names of the whole sentence ("President X took
      // the same line, stating that …": the names stand in the other clause).
      const namesAnyone = (text: string) =>
        finder.mentions(text).some((m) => m.actor.id !== KOSOVO.id);
      if (!who && !wholeTaken && (namesAnyone(s.sentence) || namesAnyone(whole.sentence))) {
        const said = mainClause(s.sentence).subject?.text;
        leaveUnplaced(
          `its subject${said ? ` ("${said}")` : ''} is not a state, an organisation or a person the sources place, and no rule says who acted`,
        );
        continue;
      }
      // A guess publishes no actor (issue 15: precision before recall): the sentence is reported
      // with the reason, and a sentence pointing back to it carries the unattribution on.
      if (who && basis && isGuess(basis)) {
        leaveUnplaced(wholeTaken ? null : guessReason(basis, who.actor));
        continue;
      }
      list.push({
        s,
        who,
        subject,
        speaks: found?.speaks ?? false,
        mentions,
        whole: whole.sentence,
        ...(who && basis && !isGuess(basis) ? { basis } : {}),
      });
      blocks.set(keyOf(s.block), list);
    }
  }

  for (const readings of blocks.values()) {
    // Runs of consecutive sentences about the same actor, not taken by another entry. A relative
    // date opening a run counts from the paragraph's sentence right before it, whoever acted there.
    const dated = datesBefore(readings.map((r) => r.s.sentence));
    let run: Reading[] = [];
    const flush = () => {
      if (run.length) emit(run);
      run = [];
    };
    const emit = (items: Reading[]) => {
      const who = items[0]!.who!;
      const sentences = items.map((r) => r.s.sentence);
      for (const piece of groupSentences(
        sentences,
        (sentence) => speakerFor(sentence, persons)?.name ?? null,
        true,
        (i) => clauseBefore.get(items[i]!.s) ?? null,
        dated[readings.indexOf(items[0]!)],
      )) {
        const members = piece.sentences.map((i) => items[i]!);
        const text = piece.text;
        const before = members[0]!.s.block.text.slice(
          0,
          Math.max(0, members[0]!.s.block.text.indexOf(members[0]!.s.sentence)),
        );
        // "On 15 July 2008, he stated: …": "he" is the one person the sentence before names.
        const previous = splitSentences(before).at(-1) ?? '';
        // Who speaks is read where the actor is the subject, and where the sentence speaks for an
        // actor carried from before ("Foreign Minister X told …" in a paragraph on that state).
        const speaking = members[0]!.subject || speechVerbIndex(members[0]!.s.sentence) >= 0;
        // The speaker is read from the first sentence: a sentence that carries the act on and names
        // its own speaker ("X recognised Y. Its foreign minister said …") does not point back to the
        // act's first sentence, which names nobody; the run keeps its first sentence's speakers.
        const spoken = speaking ? speakerFor(members[0]!.s.sentence, persons, who.actor) : null;
        const pronoun = pronounSpeaker(members[0]!.s.sentence, previous, persons);
        const speaker =
          spoken ??
          // The pronoun is the subject even where the actor was carried from that sentence.
          (pronoun?.name ? { name: pronoun.name, role: pronoun.role } : null);
        const subject = members.some((m) => m.subject);
        const mentions = members.flatMap((m) => m.mentions);
        const partner = sectionPartner(members[0]!.s.block.section, finder, titleSubject);
        const mentionsKosovo = mentionsSubject(text);
        const topic: Position['topic'] = aboutKosovo || mentionsKosovo ? 'kosovo' : 'relations';
        // The section's partner ("Relations with the European Union") only when the sentence names no
        // other and its paragraph has not turned to another party before it (headingPartnerHolds).
        // The article's own state counts: "… human rights defenders in Belarus" names its party.
        const named = mentions
          .map((m) => m.actor)
          .filter((a) => a.id !== KOSOVO.id && !sameActor(a, who.actor));
        const first = members[0]!.s;
        const paragraphBefore = first.block.text.slice(
          0,
          Math.max(0, first.block.text.indexOf(first.sentence)),
        );
        const headingHolds =
          partner !== null &&
          headingPartnerHolds(
            partner,
            [who.actor, titleSubject],
            finder.mentions(paragraphBefore).map((m) => m.actor),
          );
        const parties =
          topic === 'relations'
            ? [
                ...(partner && named.length === 0 && headingHolds ? [partner] : []),
                ...mentions.map((m) => m.actor).filter((a) => a.id !== KOSOVO.id),
              ]
            : members
                .flatMap((m) => enumerated(m.s.sentence, m.mentions))
                .filter((a) => a.id !== KOSOVO.id || who.actor.id !== KOSOVO.id);
        const isActorItself = (phrase: string) =>
          phrase.toLowerCase().includes(who.actor.name.toLowerCase()) ||
          finder.mentions(phrase).some((m) => sameActor(m.actor, who.actor));
        // A clause cut from a sentence that a report opens is part of that report.
        const reporter =
          reporterOf(members[0]!.s.sentence, isActorItself) ??
          (members[0]!.s.sentence !== members[0]!.whole
            ? framingReporter(members[0]!.whole, isActorItself)
            : null);
        const refs: SourceRef[] = [];
        for (const m of members)
          if (!refs.some((r) => r.line === m.s.ref.line))
            refs.push({
              ...m.s.ref,
              excerpt: members
                .filter((x) => x.s.ref.line === m.s.ref.line)
                .map(
                  (x, k, same) =>
                    (k === 0 ? '' : ' ') +
                    x.s.sentence +
                    (same[k + 1]
                      ? jointAfter(x.s.sentence, clauseBefore.get(same[k + 1]!.s) ?? null)
                      : ''),
                )
                .join(''),
            });
        out.push({
          actor: who.actor,
          // A statement's actor is decided by its first sentence; the others carry it on.
          actorBasis: basisOf(members[0]!),
          event: eventClause(members[0]!.s.sentence),
          country: who.country,
          date: piece.date,
          qualifiedDate: piece.qualified,
          dateRelative: piece.relative,
          voice: statementVoice({
            text,
            first: members[0]!.s.sentence,
            dated:
              piece.date !== null ||
              (piece.qualified !== null && !['as of', 'since'].includes(piece.qualified.qualifier)),
            speaks: members[0]!.speaks || speaker !== null,
            isSubject: subject,
            reporter,
          }),
          topic,
          parties: withCounterparts(
            dedupe(parties),
            members.map((m) => ({ sentence: m.s.sentence, mentions: m.mentions })),
          ).filter((a) => !sameActor(a, who.actor)),
          mentions: dedupe(mentions.map((m) => m.actor)),
          text,
          context: runContext(
            doc.sourceId,
            members.map((m) => ({ sentence: m.s.sentence, whole: m.whole, block: m.s.block })),
            sentenceBefore(first),
            text,
          ),
          refs,
          speaker,
          speakers: allSpeakers(
            speaker,
            members[0]!.s.sentence,
            who.actor,
            subject || speaking,
            persons,
            finder,
          ),
          reporter,
        });
      }
    };
    for (const r of readings) {
      const key = sentenceKey(doc.sourceId, r.s.ref.line, r.whole);
      if (!r.who || taken.has(key) || r.referentOnly) {
        flush();
        continue;
      }
      if (run.length && !sameActor(run[0]!.who!.actor, r.who.actor)) flush();
      run.push(r);
    }
    flush();
  }
  return { positions: out, unattributed };
}

/** The rule that decided a reading's actor; every reading with an actor has one. */
function basisOf(r: Reading): ActorBasis {
  if (!r.basis)
    throw new Error(
      `${r.s.ref.source}:${r.s.ref.line}: the actor of "${r.s.sentence.slice(0, 60)}" has no rule recorded`,
    );
  return r.basis;
}

function dedupe(actors: ActorRef[]): ActorRef[] {
  const out: ActorRef[] = [];
  for (const a of actors) if (!out.some((b) => sameActor(a, b))) out.push(a);
  return out;
}

export { PersonRegistry };
