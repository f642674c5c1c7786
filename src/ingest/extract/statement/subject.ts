/**
 * Whether the subject of a sentence's main clause is an actor the atlas can name (a state, an
 * organisation, Kosovo, a person the article places, a government body named by its nationality),
 * or a third party: an NGO, a newspaper, a poll, a study, "some scholars", "journalists". A third
 * party's act is its own — never the act of a state it reports on or that is named elsewhere in
 * the sentence. A third party with a proper name is an actor of its own; one without (a poll,
 * "many countries") leaves the statement unattributed, with the reason.
 */
import nlp from 'compromise';
import type { ActorBasis, ActorRef } from '../../../schemas';
import { toSlug } from '../../../shared/slug';
import type { Mention } from '../actors';
import type { PersonRegistry } from '../persons';
import {
  clauseStart,
  isExtraposedIt,
  isPersonalName,
  mainClause,
  PLACE_COMPOUND,
} from './mainClause';
import { SUBJECT } from '../../../shared/subject';
import { eventClause } from './event';
import { groupActor, isNamedMedium } from './groups';
import { MEDIUM_REPORTS } from './reporter';
import { reactingAgent } from './reactions';
import { passiveAgentAfter } from './passiveAgent';
import { nominalActAgent } from './nominalActs';
import { listedSubject } from './colonList';
import { alternation, BODIES, capitalised } from './offices';
import { SPEECH_VERB_WORDS } from './speechVerbs';
import { memberOfBefore, OWN_BODY_HEAD, OWN_ROLE_HEAD, ownBodyAfter } from './ownBodies';
import { bodyOfPersonsRole, partyOfLeader, partyOfPeople } from './bodyPeople';

export type SubjectReading =
  /** The subject names an actor (`mention`, when one actor is named in it), or the parse cannot
   * tell and the other actor rules decide (`mention` null). */
  | {
      kind: 'actor';
      mention?: Mention;
      basis?: ActorBasis;
      /** The side of a person the article places, who acts in the clause (no mention names it). */
      person?: ActorRef;
    }
  /** `organ`: the subject is a state's organ by its common noun ("the government"), which no third
   * party (a paper, an institute) has, so it takes up the last state or organisation that acted. */
  | { kind: 'refers-back'; organ?: true }
  /** `says`: the reading found it saying something in a passive ("it is contended by X that"). */
  | { kind: 'third-party'; actor: ActorRef; basis: ActorBasis; says?: true }
  | { kind: 'unattributed'; reason: string };

// A nationality acts as its state only when it qualifies the state's own organs or officials
// ("the Russian Foreign Ministry", "Serbian President Tadić", "Greek governments", "Greek troops");
// "Belarusian papers", "Albanian respondents" are people of that nationality, not the state.
const STATE_ORGAN =
  /^\s*(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:governments?|troops|soldiers|authorities|officials?|minist(?:er|ry|ries)|president|presidency|prime|premier|foreign|deputy|parliament|assembly|senate|congress|delegation|ambassador|embassy|envoy|representatives?|spokes(?:man|woman|person)|leaders?|leadership|king|queen|emir|chancellor|army|military|forces|side|position|stance|state|court|head|chair(?:man|woman)?|secretary|diplomats?|council|national|permanent|mission|(?:riot\s+|secret\s+|border\s+)?police|politicians|parliamentarians|lawmakers|legislators|deputies|senators|MPs)\b/iu;
const PERSONAL_PRONOUN = /^(?:he|she)\b/i;
// "the government", "the authorities": a state's organs named by their common noun alone.
const STATE_ORGAN_NOUN = /^(?:the\s+)?(?:government|authorities)$/i;
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?\w+(?:ed|en|wn|t)$/i;
const COORDINATED = /\s(?:and|&)\s/;
const MENTIONED_PHRASE = /^["“][^"”]+["”],?\s+(?:is|was|has\s+been|had\s+been|remains|became)\b/;
const AGENTLESS_PASSIVE =
  /^(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:not\s+)?\p{Ll}+(?:ed|en|wn|t)\b/u;
// Participles that say how the subject is, not what was done to it ("were concerned", "is based").
const ADJECTIVAL =
  /\s(?:concerned|divided|interested|involved|based|rooted|located|situated|known|seen|considered|regarded|tailored|committed|opposed|determined|expected|supposed|required|entitled|obliged|prepared|pleased|disappointed|worried|united|split|mixed|limited|muted|reserved|unchanged)\b/;
// An organ or official of a state, or what a state holds or wields ("the veto power of Russia",
// "the stance of Belarus"): the state named after "of" is the subject's. A state's court ("the
// Supreme Court of Ruritania") is its judiciary, an organ like its parliament.
const ORGAN_OF =
  /\b(?:governments?|president|presidency|ministry|minister|assembly|parliament|congress|senate|king|prime\s+minister|people|republic|secretary[-\s]general|director|head|chair(?:man|woman)?|spokes(?:man|woman|person)|commissioner|ambassador|representative|envoy|council|board|court|tribunal|veto(?:\s+power)?|stance|position|policy|lobbying)\s+of\s+(?:the\s+)?$/i;
// The speaker may be an organ named by its nationality ("the Moldovan government said"), and the
// comma may close a quotation ('… in Moldova," the Moldovan government said').
const POSTPOSED_SPEAKER =
  /^[^,]{12,}(?:,[^,]{0,200})?,["”’']?\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,6}(?:(?:government|foreign\s+ministry|ministry|presidency|authorities|embassy|spokes(?:man|woman|person)|officials?|delegation|office)\s+)?(?:said|stated|told|added|declared|announced|noted|wrote|argued|insisted|stressed)\b/u;
// The head nouns of a state's organs and officials, as single words.
const ORGAN_NOUN =
  /^(?:government|authorities|officials?|minist(?:er|ry|ries)|president|presidency|parliament|senate|congress|delegation|ambassador|embassy|envoy|spokes(?:man|woman|person)|king|queen|emir|chancellor|premier)$/i;
const RANK_PREFIX = /^(?:vice|deputy|under|acting)-/i;
const ROLE =
  /^(?:director|head|chief|commissioner|secretary|chair(?:man|woman)?|governor|mayor|envoy|delegate|officials?|representatives?)$/i;
const DOCUMENT =
  /\b(?:statement|letter|resolution|message|article|report|communiqu[ée]|declaration|cable|note|release|decree|decision)$/i;
const ARTICLE = /^(?:the|a|an|some|several|many|most|few)\s+/i;
// A quantified group of people ("Some Romanian and Communist representatives", "many Albanians").
// A group whose members are states or bodies ("Several former Soviet Republics").
const STATE_GROUP =
  /\b(?:republics|states|countries|nations|governments|members|organi[sz]ations)$/i;
// The named member that leads a group of states: "…, including neighbouring Peru".
const MEMBER_NAMED =
  /^,\s*(?:including|such\s+as|notably|among\s+them)\s+(?:the\s+)?(?:\p{Ll}+\s+)?/u;
const UNPLACED_GROUP = /^(?:some|several|many|most|a\s+few|few|a\s+number\s+of)\s+\S/i;
// An official named by an indefinite role alone, all in small letters ("A ministry official", "an
// aide"); "A White House spokesman" names whose.
const UNNAMED_OFFICIAL =
  /^(?:[Aa]|[Aa]n|[Oo]ne)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:official|spokes(?:man|woman|person)|aide|diplomat|source|representative)$/u;
// "It is contended by some scholars that …", "it was argued by critics that …".
const SAID_BY =
  /^(?:it\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:contended|argued|claimed|said|suggested|believed|held|maintained|asserted|noted)\s+by\s+((?:some|several|many|most|a\s+few|few|other)?\s*[\p{Ll}\s-]{3,40}?)\s+that\b/iu;
// A judgement that what was said came true, and the act that bore it out: "This proved to be
// correct when", "It was borne out when".
const BORNE_OUT =
  /^[^,;]{0,40}?\b(?:proved|proven|turned\s+out|borne\s+out|confirmed)\b(?:\s+(?:to\s+be\s+)?(?:correct|right|true|accurate|justified|prescient|well-founded))?,?\s+when\s+(?:the\s+)?/i;
// A relation or quarrel that changed, and the clause that tells the act that changed it. When it
// changed may stand between ("Relations cooled in 2021, when Peru agreed …").
const RELATION_CHANGED =
  /^(?:the\s+)?(?:dispute|row|tensions?|crisis|conflict|stand-?off|quarrel|relations|relationship)\b[^,;]{0,60}?\b(?:escalated|worsened|deepened|intensified|eased|improved|soured|deteriorated|thawed|cooled|warmed)\b(?:\s+(?:further|again|sharply|markedly|significantly))?(?:\s+(?:in|during|by)\s+(?:early\s+|late\s+|mid-)?(?:\p{Lu}\p{Ll}+\s+)?\d{4})?,?\s+(?:as|when|after)\s+(?:the\s+)?/iu;
// A document put out on a body's own channel: "an article was published on the website of X".
const PUBLISHED_ON_CHANNEL_OF =
  /^\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:published|posted|issued|released)\s+on\s+(?:the\s+)?(?:official\s+)?(?:website|web\s+site|site|web\s+page|page|account|channel)\s+of\s+(?:the\s+)?$/i;
// A definite act or organ that, in a table row, can only be the row's own; "the 57 member states"
// adopting a resolution in an organisation's row are that organisation in session.
const ROW_OWN =
  /^the\s+(?:recognition|decision|move|announcement|request|visit|(?:council|assembly|board|committee|commission)\s+members|(?:\d+\s+)?member(?:\s+states)?)$/i;
// A surname alone saying something ("Quispe stated that …"): in a table row, the row's speaker.
const SURNAME_SAYS = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;
const SAYING_VERB =
  /^(?:also\s+)?(?:said|stated|added|declared|announced|noted|wrote|argued|insisted|stressed|told|claimed|explained|expressed)$/;
// The members of an organisation as the subject: "several UNPO members", "members of the OIC".
const MEMBERS_HEAD = /(?:^|\s)members(?:\s+states)?(?:\s+of\s+.+)?$/i;
// What an owner holds that makes its owner the actor: a stance, or an organ that acts for it.
const OWNED_STANCE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:policy|policies|position|stance|approach|strategy|diplomacy|government|authorities|ministry|leadership|officials|reaction|response)\b/u;
const WHOSE_SPEAKER = new RegExp(
  String.raw`,\s+whose\s+(?:[\p{L}'’-]+\s+){1,4}?(?:also\s+)?${SPEECH_VERB_WORDS.source}`,
  'u',
);
/** The relative clause opening at `at` closes with a comma and the main clause goes on. */
function asideEndsBeforeVerb(sentence: string, at: number): boolean {
  return /^,\s+whose\s[^,;()"“]+,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u.test(sentence.slice(at));
}
// A finding's vehicle: a poll, a survey, a study.
const FINDING = /\b(?:poll|polls|survey|surveys|study|studies|report|analysis|paper)$/i;
// "conducted by the Athens-based firm Kapa Research": a few words saying what the author is, then
// its capitalised name, ending before the clause goes on. The participle may be left out ("a 2016
// poll by the institute X found"): "by" right after the finding's noun names its author as well,
// and so does the name before its word of kind ("a poll by the Ruritan agency").
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
// A name goes on through "of", "on", "for" and "and" before a capitalised word ("the European Council
// on Foreign Relations"), but not into a date ("… Research on March 3").
const CONDUCTED_BY = new RegExp(
  String.raw`^\s+(?:(?:\w+\s+)?(?:conducted|commissioned|carried\s+out|published|released|written|compiled)\s+)?by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?(?!(?:${MONTHS})\b))?\p{Lu}[\p{L}\p{M}'’.&-]*){0,6})(\s+(?:agency|institute|firm|company|pollster|group|foundation|centre|center))?(?=\s+(?:in|on|during|found|finds|showed|shows|concluded|said|stated|described|called|urged|warned|argued|noted|recommended)\b|\s*[,.(]|$)`,
  'u',
);
// A subject the parse ended at a year ("A 2019"), and the finding's noun after it.
const YEAR_ONLY = /^(?:an?|the)\s+\d{4}$/i;
const FINDING_AFTER_YEAR =
  /^\s+(?:\p{Ll}+\s+)?(?:poll|polls|survey|surveys|study|studies|report|analysis|paper)\b/u;
// A nationality or none, one or two small-letter words of kind, then a capitalised name.
const KIND_THEN_NAME =
  /^(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,2}(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4})$/u;
const PROPER_NAME =
  /^(?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:of|for|and|the|de|du|la|\p{Lu}[\p{L}\p{M}'’.&-]*))*$/u;

/**
 * Reads the subject of `sentence`'s main clause against the actors it names. `isDemonym` tells a
 * mention written as a nationality ("Russian") from one written as a name ("Russia"). In prose an
 * official with no state named ("A ministry official said") is unattributed; in a table row the
 * row names whose official speaks.
 */
/**
 * "this was rejected by some member states, including Peru, …", "it was welcomed by the Government
 * of Chile", "this was criticised by many scholars": a passive whose subject points back to the act
 * before it is its agent's act. The agent is a state or organisation it names, a group of states by
 * the member it names, or a group of people; null when it is none of these (the other rules read on).
 */
function pointedPassiveAgent(
  sentence: string,
  subjectEnd: number,
  mentions: Mention[],
  isDemonym: (m: Mention) => boolean,
): SubjectReading | null {
  const agent = passiveAgentAfter(sentence.slice(subjectEnd));
  if (!agent) return null;
  const start = subjectEnd + agent.index;
  const end = start + agent.text.length;
  // The name heads the agent ("Peru", "the Government of Chile"); one further in ("all the
  // successor states with the exception of Serbia") is not who acted.
  const named = mentions.find(
    (m) =>
      m.index >= start &&
      m.end <= end &&
      !isDemonym(m) &&
      /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of)\s+)*$/u.test(sentence.slice(start, m.index)),
  );
  if (named) return { kind: 'actor', mention: named, basis: 'agent' };
  if (UNPLACED_GROUP.test(agent.text) && STATE_GROUP.test(agent.text)) {
    const member = MEMBER_NAMED.exec(sentence.slice(end));
    const first = member
      ? mentions.find((m) => m.index === end + member[0].length && !isDemonym(m))
      : undefined;
    return first ? { kind: 'actor', mention: first, basis: 'agent' } : null;
  }
  const group = groupActor(agent.text, null);
  return group ? { kind: 'third-party', actor: group, basis: 'agent' } : null;
}

export function readSubject(
  sentence: string,
  mentions: Mention[],
  persons: PersonRegistry,
  isDemonym: (m: Mention) => boolean,
  /** The sentence stands in a table row that names whose position it tells ("a spokesman" is the row's). */
  inRow = false,
  /** The row's actor: an agentless passive done to another state is the row's act upon it. */
  rowActor: ActorRef | null = null,
): SubjectReading {
  // "'Peru can never be independent,' is the refrain …": the subject is a phrase the source talks
  // about; nobody is quoted saying it here, and the state it names does not act.
  if (MENTIONED_PHRASE.test(sentence))
    return {
      kind: 'unattributed',
      reason: 'its subject is a phrase in quotation marks the source talks about, not who says it',
    };
  // "which has been greeted with joy by many Albanians as …": who reacted is the passive's agent.
  const reacting = reactingAgent(sentence);
  if (reacting) {
    const named = mentions.find((m) => m.index === reacting.index && !isDemonym(m));
    if (named) return { kind: 'actor', mention: named, basis: 'agent' };
    const group = groupActor(reacting.text, null);
    return group
      ? { kind: 'third-party', actor: group, basis: 'agent' }
      : {
          kind: 'unattributed',
          reason: `who reacted ("${reacting.text}") is not a state, an organisation, a person or a group the sources place`,
        };
  }
  // "a request from the United States to recognise Kosovo", cut from the sentence that tells it:
  // who asked, named after "from" or "by", acted.
  const asking = nominalActAgent(sentence);
  if (asking) {
    const named = mentions.find(
      (m) =>
        m.index >= asking.index &&
        m.end <= asking.index + asking.text.length &&
        (!isDemonym(m) || asking.organ),
    );
    if (named) return { kind: 'actor', mention: named, basis: 'agent' };
    // "a visit by Foreign Minister Ana Ruiz to Lima": a person the sources place, as the agent.
    const person = persons.findSurname(asking.text);
    if (person?.actor) return { kind: 'actor', person: person.actor };
    // A visitor no rule places is no one's: a list of visits must not carry the last visitor's side.
    if (asking.visit)
      return {
        kind: 'unattributed',
        reason: `who visited ("${asking.text}") is not a state, an organisation or a person the sources place`,
      };
  }
  // "Two more states followed early in 2011: Qatar on 7 January": the listed name is the subject.
  const listed = listedSubject(sentence, () => true);
  const listedName = listed && mentions.find((m) => m.index === listed.index && !isDemonym(m));
  if (listedName) return { kind: 'actor', mention: listedName, basis: 'subject' };
  const clause = mainClause(sentence);
  if (!clause.subject) return { kind: 'actor' };
  if (clause.refersBack) {
    const agent = pointedPassiveAgent(sentence, clause.subject.end, mentions, isDemonym);
    if (agent) return agent;
  }
  // "The plan was welcomed by Norway, whose foreign ministry said …": the words are spoken in the
  // relative clause, by the organ of the name it hangs from; the speaker rules read whose it is,
  // whatever the main clause's subject is ("The measure drew criticism from …").
  // "The Green Unity Party, whose ministers had recognised Kosovo, described …": a relative
  // clause in commas right after the subject is an aside about it; the main verb after it is the
  // subject's own act, which the rules below read.
  const whose = WHOSE_SPEAKER.exec(sentence);
  if (
    whose &&
    !(
      clause.verb &&
      whose.index === clause.subject.end &&
      asideEndsBeforeVerb(sentence, whose.index)
    )
  )
    return { kind: 'actor' };
  // "She later managed to repeat the feat, once again in Russia during the … Championships": a
  // person's pronoun as the subject of a result or a performance is the athlete or the artist, who
  // is no organ of the state the sentences before are about, and a state named after "in" is where
  // it happened. Whose the athlete is, no rule here says.
  if (PERSONAL_PRONOUN.test(clause.subject.text) && eventClause(sentence) === 'other')
    return {
      kind: 'unattributed',
      reason: `its subject ("${clause.subject.text.split(/\s+/)[0]}") is a person who competed or performed, whom the sentence does not place; a state named where it happened did not act`,
    };
  let from = clauseStart(sentence);
  // "It was reported that Ruritania's ministry had sent a note": the "it" stands for the
  // that-clause, whose subject is who acted; in a row, the row says whose the report is.
  if (isExtraposedIt(sentence.slice(from))) {
    if (inRow) return { kind: 'actor' };
    const that = sentence.indexOf(' that ', from) + ' that '.length;
    const doer = mentions.find(
      (m) =>
        !isDemonym(m) &&
        m.actor.id !== SUBJECT.id &&
        /^(?:the\s+)?$/i.test(sentence.slice(that, m.index)) &&
        /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,3}?)?(?:had|has|have|was|were|is|are|would|will|did|\p{Ll}+ed)\b/u.test(
          sentence.slice(m.end).trimStart(),
        ),
    );
    // "It was reported that Ruiz had assured …": a person the article places, as that subject.
    const person = doer
      ? null
      : persons.findSurname(
          sentence.slice(that).split(/\s(?:had|has|have|was|were|would|will|did)\s/)[0]!,
        );
    if (doer) return { kind: 'actor', mention: doer, basis: 'clause-subject' };
    if (person?.actor) return { kind: 'actor', person: person.actor };
    // "It was reported that the Ruritanian king had delayed …": the clause's subject read as any
    // subject is, so an organ named by its nationality, or a named body, is who acted. Only a
    // reading that names the actor counts: a parse that cannot tell would let a state named
    // elsewhere in the clause stand in for its subject.
    const inner = readSubject(
      sentence.slice(that),
      mentions
        .filter((m) => m.index >= that)
        .map((m) => ({ ...m, index: m.index - that, end: m.end - that })),
      persons,
      (m) => isDemonym({ ...m, index: m.index + that, end: m.end + that }),
    );
    if (inner.kind === 'third-party') return inner;
    if (inner.kind === 'actor' && inner.mention && inner.mention.actor.id !== SUBJECT.id)
      return {
        kind: 'actor',
        mention: {
          ...inner.mention,
          index: inner.mention.index + that,
          end: inner.mention.end + that,
        },
        basis: 'clause-subject',
      };
    return {
      kind: 'unattributed',
      reason:
        'an "it" that stands for the clause after "that" ("It was reported that …"): the clause names no state or organisation as who acted',
    };
  }
  // "…, Russian President Vladimir Putin said after …": the words before are what was said; the
  // speaker after them is who acted, and the speaker rules find it.
  if (POSTPOSED_SPEAKER.test(sentence)) return { kind: 'actor' };
  // A party, a coalition or a municipality named whole, through the people who act for it ("Green
  // Front leader X", "Freedom deputies") or a person's role in it ("X, mayor of the Municipality of
  // Y,"): the body acts for itself. Read before the parse's doubts about an adverbial, which a
  // person's apposition or a group's "a group of" would raise.
  const body = bodyNamedWhole(sentence, [clause.subject.start, from], mentions, isDemonym, persons);
  if (body) return body;
  // A subject found away from the start of the clause proper means the parse went astray (an
  // opening adverbial without its comma): the other actor rules decide.
  // Modifiers before the head the parse kept ("Several foreign, mainly Polish, journalists") are
  // still the subject; a preposition or a date there is not.
  const before = sentence.slice(from, clause.subject.start);
  // An opening adverbial closed by its comma ("Due to the structure of its industry, Peru relies
  // …") leaves the subject after it sound.
  // The clause may start after a first adverbial ("In 2004, | after the riots, the synod …"): the
  // second, lower-case after that comma, is closed by its comma as well. In a table row the row's
  // rules keep deciding: there it would re-attribute published rows this change did not review.
  const opening =
    from > 0 && !inRow ? /^\p{L}[^,]*(?:,[^,]*)*,\s*$/u : /^\p{Lu}[^,]*(?:,[^,]*)*,\s*$/u;
  const closedAdverbial = opening.test(before) && !/\bthat\s*$/.test(before);
  if (
    !closedAdverbial &&
    clause.subject.start - from > 4 &&
    (/\b(?:in|on|at|during|after|before|with|by|for|from|of|under|following|to|as|when|while)\b/i.test(
      before,
    ) ||
      /\d/.test(before))
  )
    return { kind: 'actor' };
  // "At a meeting …": a noun after a preposition is inside an adverbial, not the subject.
  if (
    /\b(?:at|in|on|during|after|before|with|by|for|from|of|under|following)\s*$/i.test(
      sentence.slice(from, clause.subject.start),
    )
  )
    return { kind: 'actor' };
  // The subject after a closed opening adverbial starts the zone where its actor is looked for.
  if (closedAdverbial) from = clause.subject.start;
  // "It is contended by some scholars that …": the agent of a passive of saying is who says it; a
  // group no state, organisation or person stands for leaves the statement unattributed.
  const sayer = SAID_BY.exec(sentence.slice(from));
  if (
    sayer &&
    !mentions.some(
      (m) =>
        m.index >= from + sayer.index + sayer[0].length - sayer[1]!.length &&
        m.index < from + sayer.index + sayer[0].length,
    ) &&
    !persons.findSurname(sayer[1]!)
  ) {
    // "by some scholars": a group of people who say it is the actor of its own view.
    const group = groupActor(sayer[1]!, null);
    return group
      ? { kind: 'third-party', actor: group, basis: 'agent', says: true }
      : {
          kind: 'unattributed',
          reason: `who says it ("${sayer[1]}") is not a state, an organisation or a person the sources place`,
        };
  }
  // "This proved to be correct when Peru withdrew …": a judgement on what was said before, borne
  // out by an act the "when" clause tells; that clause's subject acted. So too "The dispute
  // escalated as Peru responded by …": a relation that changed, and the act that changed it.
  const borne =
    (clause.refersBack ? BORNE_OUT.exec(sentence.slice(from)) : null) ??
    RELATION_CHANGED.exec(sentence.slice(from));
  const bearer = borne
    ? mentions.find(
        (m) =>
          m.index === from + borne[0].length &&
          !isDemonym(m) &&
          /^\s+\p{Ll}{3,}/u.test(sentence.slice(m.end)),
      )
    : undefined;
  if (bearer) return { kind: 'actor', mention: bearer, basis: 'clause-subject' };
  // "In June 2008, an article was published on the website of the Tibetan Council saying …": the
  // body whose own channel put the document out is its author.
  const channel = DOCUMENT.test(clause.subject.text)
    ? mentions.find(
        (m) =>
          m.index > clause.subject!.end &&
          !isDemonym(m) &&
          PUBLISHED_ON_CHANNEL_OF.test(sentence.slice(clause.subject!.end, m.index)),
      )
    : undefined;
  if (channel) return { kind: 'actor', mention: channel, basis: 'agent' };
  // "A poll conducted by the Athens-based firm Kapa Research found …": who conducted the poll or
  // wrote the study is its author; a name the atlas does not know is an actor of its own.
  // The parse may end the subject at a year before the finding's noun ("A 2019 | report by …").
  const yearThenFinding = YEAR_ONLY.test(clause.subject.text.trim())
    ? FINDING_AFTER_YEAR.exec(sentence.slice(clause.subject.end))
    : null;
  const findingEnd = FINDING.test(clause.subject.text)
    ? clause.subject.end
    : yearThenFinding
      ? clause.subject.end + yearThenFinding[0].length
      : -1;
  const author = findingEnd >= 0 ? CONDUCTED_BY.exec(sentence.slice(findingEnd)) : null;
  if (author) {
    // "by the STEM agency": a word of kind after the name says what the author is.
    const at =
      findingEnd + author.index + author[0].length - (author[2]?.length ?? 0) - author[1]!.length;
    const name = author[1]!.trim();
    // A known body's name that the author's name goes on after ("European Council | on Foreign
    // Relations") is part of another body's name; a nationality in it is the author's state, unless
    // the name is a body of its own ("the Ruritanian Institute for …", ownBodies.ts).
    const within = (m: Mention) => m.index >= at && m.index < at + name.length;
    const ownBody = OWN_BODY_HEAD.test(
      name
        .split(/\s+(?:of|for|on)\s+/)[0]!
        .split(/\s+/)
        .at(-1)!,
    );
    const partOfName = (m: Mention) => (!isDemonym(m) || ownBody) && m.end < at + name.length;
    if (!mentions.some((m) => within(m) && !partOfName(m)))
      return {
        kind: 'third-party',
        actor: { type: 'other', id: toSlug(name), name },
        basis: 'agent',
      };
  }
  // A passive with its agent ("was approved by its Board of Governors"), or a document and its
  // author ("a statement issued by Kyrgyz Foreign Ministry stated"): the agent acted.
  const afterSubject = sentence.slice(clause.subject.end);
  // "a resolution was presented in the Rada by the European Solidarity party": a body with a name
  // of its own, no state or organisation the atlas knows, is the agent — a party inside a state
  // acts for itself, not for the state.
  const agent = PASSIVE.test(clause.verb ?? '')
    ? /^([^.;,]*?\bby\s+)(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:party|movement|faction|front|bloc|coalition|group|caucus))\b/u.exec(
        afterSubject,
      )
    : null;
  if (agent) {
    const at = clause.subject.end + agent[0].length - agent[2]!.length;
    const name = agent[2]!.trim();
    // A nationality in the name ("the Peruvian Unity party") is the party's, not its state acting.
    if (!mentions.some((m) => m.index >= at && m.index < at + name.length && !isDemonym(m)))
      return {
        kind: 'third-party',
        actor: { type: 'other', id: toSlug(name), name },
        basis: 'agent',
      };
  }
  if (
    (PASSIVE.test(clause.verb ?? '') && /^[^.;]*?\bby\b/.test(afterSubject)) ||
    (DOCUMENT.test(clause.subject.text) &&
      /^\s*(?:\w+\s+){0,2}(?:issued|published|sent|released|signed|adopted|written)\s+by\b/.test(
        afterSubject,
      ))
  )
    return { kind: 'actor' };
  const to = clause.subject.end;
  const zone = sentence.slice(from, to);
  // "Some Romanian representatives", "several Polish journalists", "a ministry official": a group
  // or an official no name places is no state's organ; the sentence does not say whose they are.
  // "Several former Soviet Republics, including neighbouring Ukraine, also expressed …": a group of
  // states with its named member; the member the sentence names leads, as in an enumeration.
  // "Some member states, including Peru, …": compromise reads the group's plural head as the verb
  // of "Some member"; a plural group noun standing right before the comma is the subject's head.
  const headRead =
    clause.verb && STATE_GROUP.test(clause.verb) && /^\s+\p{Ll}+,/u.test(sentence.slice(to))
      ? sentence.slice(to).indexOf(',')
      : 0;
  const groupText = headRead
    ? `${clause.subject.text} ${sentence.slice(to, to + headRead).trim()}`
    : clause.subject.text;
  const member = UNPLACED_GROUP.test(groupText)
    ? MEMBER_NAMED.exec(sentence.slice(to + headRead))
    : null;
  const named0 = member
    ? mentions.find((m) => m.index === to + headRead + member[0].length && !isDemonym(m))
    : undefined;
  if (named0 && STATE_GROUP.test(groupText))
    return { kind: 'actor', mention: named0, basis: 'subject' };
  // "Belarusian papers described …", "Some Chilean and Green representatives called for …": a
  // group of people or a medium that says or does something is its own actor; a nationality among
  // its words is theirs, not a state acting.
  // "The newspaper Kathimerini reported that the government was studying …": a named medium that
  // reports tells someone else's act; whose it is, the reported clause's subject says (the medium is
  // its reporter, reporter.ts).
  const reported = isNamedMedium(clause.subject.text)
    ? MEDIUM_REPORTS.exec(sentence.slice(to))
    : null;
  if (reported) {
    const at = to + reported[0].length;
    return readSubject(
      sentence.slice(at),
      mentions
        .filter((m) => m.index >= at)
        .map((m) => ({ ...m, index: m.index - at, end: m.end - at })),
      persons,
      (m) => isDemonym({ ...m, index: m.index + at, end: m.end + at }),
      inRow,
      rowActor,
    );
  }
  const people = groupActor(clause.subject.text, clause.verb);
  if (
    people &&
    mentions.filter((m) => m.index >= from && m.end <= to + 1).every((m) => isDemonym(m)) &&
    !persons.findSurname(zone)
  )
    return { kind: 'third-party', actor: people, basis: 'subject' };
  // "A spokesman for the Ruritanian government", "an official of the Ruritanian ministry": the
  // parse ends the subject at the official; the organ it serves, named right after, is whose.
  const served = UNNAMED_OFFICIAL.test(clause.subject.text)
    ? mentions.find(
        (m) =>
          m.index > to &&
          /^\s+(?:for|of|at|from)\s+(?:the\s+)?$/.test(sentence.slice(to, m.index)) &&
          (!isDemonym(m) || STATE_ORGAN.test(sentence.slice(m.end))),
      )
    : undefined;
  if (served) return { kind: 'actor', mention: served, basis: 'speaker' };
  const unplaced = UNPLACED_GROUP.test(clause.subject.text)
    ? 'a group of people, not the organ of a state'
    : !inRow && UNNAMED_OFFICIAL.test(clause.subject.text)
      ? 'an official of no state or body the sentence names'
      : null;
  if (
    unplaced &&
    mentions.filter((m) => m.index >= from && m.end <= to + 1).every((m) => isDemonym(m)) &&
    !persons.findSurname(zone)
  )
    return {
      kind: 'unattributed',
      reason: `its subject ("${clause.subject.text}") is ${unplaced}, and no rule says whose`,
    };
  // "An India–Peru office was opened in Lima", "After the war, Peru was placed under a mandate": an
  // agentless passive says what was done to its subject, not who did it; the state named in the
  // subject did not act. (An accession, "was voted into", is an event and is read before this.)
  // In a row, Kosovo done to ("Kosovo was recognised on …") is the row's act.
  // A nationality ("mainly Polish journalists") names people, not a state the sentence would credit.
  const named = mentions.filter((m) => m.index >= from && m.end <= to + 1 && !isDemonym(m));
  const agentless =
    AGENTLESS_PASSIVE.test(clause.verb ?? '') &&
    !ADJECTIVAL.test(clause.verb ?? '') &&
    !clause.refersBack &&
    !/^[^.;]*?\bby\b/.test(afterSubject.split(/[,;]|\b(?:which|who|that|while|when)\b/)[0]!);
  // "Ruritanian membership in the council was not supported": a nationality on the subject of an
  // agentless passive says whose thing was done to, the patient; who did it the clause does not say
  // (the subject's own noun, whatever it is, does not make the state the agent).
  const nationalities = mentions.filter((m) => m.index >= from && m.end <= to + 1);
  if (
    agentless &&
    !inRow &&
    nationalities.length > 0 &&
    nationalities.every((m) => isDemonym(m)) &&
    !persons.findSurname(sentence.slice(from, to)) &&
    !eventClause(sentence)
  )
    return {
      kind: 'unattributed',
      reason: `an agentless passive ("${clause.subject.text} ${clause.verb}"): the nationality in its subject names what was done to, not who acted`,
    };
  if (
    agentless &&
    named.length > 0 &&
    // In a row, what was done to another state ("Peru's minister was refused a visa" in Chile's
    // row) is the row's act; done to the row's own state or body, who acted is not said.
    (!inRow || named.some((m) => rowActor !== null && m.actor.id === rowActor.id)) &&
    !eventClause(sentence)
  )
    return {
      kind: 'unattributed',
      reason: `an agentless passive ("${clause.subject.text} ${clause.verb}"): the sentence does not say who acted`,
    };
  const inZone = mentions.filter((m) => m.index >= from && m.end <= to + 1);
  // "The Olympic Committee of Kosovo has been in existence since 1992." in the IOC's row: a body of
  // another actor, and a verb that only says what it is, tell no act or stance of the row's actor.
  // Whose the body is (an institution of Kosovo, or a body of its own) no rule here says.
  const owner =
    inRow && rowActor ? otherActorsBody(sentence, clause, inZone, mentions, rowActor) : null;
  if (owner)
    return {
      kind: 'unattributed',
      reason: `its subject ("${clause.subject.text}") is a body of ${owner.name}, not of the row's ${rowActor!.name}, and the sentence only says what that body is ("${clause.verb}"): no act of the row's actor`,
    };
  // "The Ruritanian Orthodox Church", "the Ruritanian Relief Committee for …", "Ruritanian Patriarch
  // X": a nationality or a state's name inside a body's name or a role in one is where the body is
  // from; the body acts for itself (its whole name), and a role in it for no state this rule knows.
  // A name after a preposition is in an adverbial, not the subject: the rules below read it.
  const ownOf = new Map(
    inZone.flatMap((m) => {
      if (m.prepositional || /\b(?:through|via)\s+(?:the\s+)?$/i.test(sentence.slice(0, m.index)))
        return [];
      const own = ownBodyAfter(sentence.slice(m.index, m.end), sentence.slice(m.end));
      return own ? [[m, own] as const] : [];
    }),
  );
  const subjectStart = clause.subject.start;
  const leading = inZone.find(
    (m) => ownOf.has(m) && /^(?:the\s+)?$/i.test(sentence.slice(subjectStart, m.index)),
  );
  if (leading) {
    const own = ownOf.get(leading)!;
    const name = own.name;
    // The subject is the body itself, its name read whole; a role in it, or a name that goes on
    // past what this rule reads, says no more than where it is from.
    // The parse may end the subject inside the name ("the Ruritanian Relief Committee | for …").
    const said = clause.subject.text.replace(ARTICLE, '').trim();
    const whole =
      name !== null &&
      own.kind === 'body' &&
      (said.includes(name) || (said.length > leading.end - leading.index && name.startsWith(said)));
    return whole
      ? third(name, 'subject')
      : {
          kind: 'unattributed',
          reason: `its subject ("${clause.subject.text}") is ${own.kind === 'member' ? `a member of a body, who speaks for themselves, not for ${leading.actor.name}` : `${own.kind === 'role' ? 'a person with a role in a body of their own' : 'a body of its own'}, not an organ of ${leading.actor.name}, and the sentence does not name that body whole`}`,
        };
  }
  // "The Government of Serbia" acts for Serbia; "The issue of Kosovo's independence" is a topic.
  const acting = inZone
    .filter((m) => !ownOf.has(m) && !memberOfBefore(sentence.slice(from, m.index)))
    .filter(
      (m) =>
        !m.prepositional ||
        // Its preposition belongs to the opening adverbial ("In August 2005 the EU's commission").
        m.index - from <= 4 ||
        ORGAN_OF.test(sentence.slice(Math.max(from, m.index - 40), m.index)),
    );
  // "Several African UNPO members", "the OIC's Gulf members", "members of the OIC": the members act,
  // each for itself, not the organisation; a group the atlas does not model is an actor of its own.
  // The parse may stop at a possessive ("UNPO's | African members"): its noun follows.
  const possessed = /['’]s$/.test(clause.subject.text)
    ? (/^\s+(?:\p{L}[\p{L}-]*\s+){0,2}?members(?:\s+states)?\b/u.exec(sentence.slice(to))?.[0] ??
      '')
    : '';
  const group = clause.subject.text + possessed;
  if (
    MEMBERS_HEAD.test(group) &&
    inZone.some((m) => m.actor.type === 'organisation') &&
    inZone.every((m) => m.actor.type === 'organisation' || isDemonym(m))
  ) {
    const name = group.replace(ARTICLE, '').trim();
    return {
      kind: 'third-party',
      actor: { type: 'other', id: toSlug(name.replace(/['’]s\b/g, '')), name },
      basis: 'subject',
    };
  }
  // "The recognition of Kosovo by Peru was …": the agent of a noun of action in the subject acted.
  // The parse may end the subject before its "by" phrase ("the recognition of Kosovo | by Peru").
  const trailing = /^\s+by\s+(?:the\s+)?/.exec(sentence.slice(to));
  const nominalAgent = mentions.find(
    (m) =>
      !isDemonym(m) &&
      ((m.index >= from &&
        m.end <= to + 1 &&
        /\bby\s+(?:the\s+)?$/.test(sentence.slice(from, m.index))) ||
        (trailing !== null && m.index === to + trailing[0].length)),
  );
  if (nominalAgent) return { kind: 'actor', mention: nominalAgent, basis: 'agent' };
  // "Peru's Kosovo policy", "the parameters of Peru's policy": the owner named with 's is whose the
  // subject is; a name right after it ("Kosovo" in "Peru's Kosovo policy") only modifies the noun.
  // Inside an "of" phrase ("the issue of Peru's status") the owner acts only when what it owns is
  // its stance or its organ ("the parameters of Peru's Kosovo policy").
  const owners = inZone.filter(
    (m) =>
      /^['’]s\s/.test(sentence.slice(m.end)) &&
      !isDemonym(m) &&
      (!m.prepositional || OWNED_STANCE.test(sentence.slice(m.end))),
  );
  const modifiers = inZone.filter((m) =>
    owners.some((o) => /^['’]s\s+$/.test(sentence.slice(o.end, m.index))),
  );
  if (
    owners.length === 1 &&
    inZone.every((m) => m === owners[0] || modifiers.includes(m) || isDemonym(m))
  )
    return { kind: 'actor', mention: owners[0]!, basis: 'possessor' };
  const namedWhole = namedBody(sentence, clause.subject, inZone, persons, isDemonym);
  if (namedWhole) return { kind: 'third-party', actor: namedWhole, basis: 'subject' };
  const actors = acting.filter((m) => !isDemonym(m) || STATE_ORGAN.test(sentence.slice(m.end)));
  if (actors.length) {
    const distinct = new Set(actors.map((m) => `${m.actor.type}:${m.actor.id}`));
    // "Belarus and the EU agree …", "Russia, China, and India released …": the first named leads;
    // the others are parties (read by the party rules).
    return distinct.size === 1 || COORDINATED.test(zone)
      ? { kind: 'actor', mention: actors[0]!, basis: basisOf(sentence, actors[0]!, isDemonym) }
      : { kind: 'actor' };
  }
  // "It", "The delegation": the actor of the sentences before (checked after the names, so "The
  // Government of Chile" is Chile's).
  if (clause.refersBack)
    return STATE_ORGAN_NOUN.test(clause.subject.text.trim())
      ? { kind: 'refers-back', organ: true }
      : { kind: 'refers-back' };
  // An affiliation inside the subject ("the Director … at Rwanda's Foreign Ministry").
  if (inZone.some((m) => STATE_ORGAN.test(sentence.slice(m.end)))) return { kind: 'actor' };
  if (persons.findSurname(zone)) return { kind: 'actor' };
  // An official or organ of a state the finder does not name ("A White House spokesman", "the
  // Uzbek government"): the actor rules that read roles decide whose it is.
  // "the Colombian vice-minister": a rank prefixed to an office is that office.
  const words = zone.split(/[\s,]+/).map((w) => w.replace(RANK_PREFIX, ''));
  if (words.some((w) => ORGAN_NOUN.test(w) || ROLE.test(w))) return { kind: 'actor' };
  // An unknown personal name may still be an official the rules place by the sentence's other
  // words ("Jumma Khan Marri"): not a third party.
  // "the Lima-based Andean Centre": where the body is based describes it; it is no part of its name.
  const name = clause.subject.text
    .replace(ARTICLE, '')
    .replace(new RegExp(`^${PLACE_COMPOUND.source}\\s+`, 'u'), '')
    .split(',')[0]!
    .trim();
  // "However, the recognition did not take place.", "the council members failed to agree": in a
  // row, a definite act or organ with no owner named is the row's own, told before in the row.
  if (inRow && ROW_OWN.test(clause.subject.text.trim())) return { kind: 'actor' };
  // "the Catalan nationalist parties" in the row of Catalonia: a group named by the adjective of the
  // row's own name (not a state, so no demonym the finder knows) is of the row's actor.
  if (inRow && rowActor && namedByOwnAdjective(clause.subject.text, rowActor.name))
    return { kind: 'actor' };
  // "Quispe stated that …" in a row: a person named by surname alone, saying something, speaks in
  // the row whose position it tells (as "a spokesman" does there); in prose no rule says whose.
  if (inRow && SURNAME_SAYS.test(name) && SAYING_VERB.test(clause.verb ?? ''))
    return { kind: 'actor' };
  if (isPersonalName(name)) return { kind: 'actor' };
  if (inZone.some((m) => m.actor.id === SUBJECT.id)) return { kind: 'actor' };
  // "the Dutch brewer Heineken", "the daily Blikk": a common noun saying what kind of body the
  // subject is, then its name (a close apposition): the name is the actor, its kind is not part of
  // it. A person's name there ("the tennis player Ana Ivić") is left to the rules that place people.
  // The small-letter words are a noun of kind only when they are nouns or adjectives ("The weather
  // in Chile" is a noun and its place), and a state or body the name is ("the capital Lima") is
  // read by the rules that read mentions.
  const kindThenName = KIND_THEN_NAME.exec(name);
  const kind = kindThenName ? name.slice(0, name.length - kindThenName[1]!.length) : '';
  if (
    kindThenName &&
    !nlp(kind).has('(#Preposition|#Conjunction|#Verb|#Determiner|#Adverb|#Pronoun)') &&
    !inZone.some((m) => !isDemonym(m) && kindThenName[1]!.includes(sentence.slice(m.index, m.end)))
  ) {
    const named = kindThenName[1]!;
    // Only a name compromise knows as a person's: after a noun of kind, two capitalised words are a
    // body's name as often as a person's ("the developer Eagle Hills").
    const person = nlp(named);
    if ((person.has('#Person') && !person.has('#Organization')) || persons.resolve(named))
      return { kind: 'actor' };
    return {
      kind: 'third-party',
      actor: { type: 'other', id: toSlug(named), name: named },
      basis: 'subject',
    };
  }
  // A single capitalised word opening the sentence may be capitalised only for that ("Opposition").
  const sentenceInitial = clause.subject.start === 0 && !/\s/.test(name);
  if (PROPER_NAME.test(name) && /\p{Ll}/u.test(name) && name.length > 3 && !sentenceInitial) {
    // "Kosovo Albanians and Kosovo Serbs continued …": the first named leads, as with states.
    // An "and" inside an "of" or "for" phrase is part of one name ("the Foundation for European and
    // Foreign Policy", "the Ministry of Culture and Sports").
    const first = name.split(/\s+and\s+/)[0]!;
    const lead =
      first !== name && PROPER_NAME.test(first) && /\s/.test(first) && !/\s(?:of|for)\s/.test(first)
        ? first
        : name;
    const own = bodyOfTitledPerson(lead) ?? lead;
    return {
      kind: 'third-party',
      actor: { type: 'other', id: toSlug(own), name: own },
      basis: 'subject',
    };
  }
  // "According to a 2020 study, states which … are more likely to …": no actor acts in the clause;
  // the finding is the study's own.
  const according = /^According to\s+((?:the\s+|an?\s+)?([^,]{3,80})),/.exec(sentence);
  if (according && !mentions.some((m) => m.index < according[0].length))
    return {
      kind: 'third-party',
      basis: 'account',
      // The id is the kind of source ("study" for "a 2020 study"): its year and article are not
      // part of its name, and an id (also an HTML id) opens with a letter.
      actor: {
        type: 'other',
        id: toSlug(according[2]!.replace(/\b\d{4}\b/g, ' ').trim()) || toSlug(according[1]!),
        name: according[1]!,
      },
    };
  return {
    kind: 'unattributed',
    reason: `its subject ("${clause.subject.text}") is not a state, an organisation or a person the sources place, and no rule says who acted`,
  };
}

/**
 * A body with a name of its own as the subject ("the Kosovo Institute for Policy Research", "the
 * Holy Synod of the Church of Ruritania"): a capitalised name that goes on through "of", "for" or
 * "on", headed by no organ of a state and no office. A name inside it that only modifies the next
 * capitalised word, or that ends the "of" phrase of a head that is no organ ("Church of X", not
 * "Government of X"), describes the body; the body acts, not the state or Kosovo it names. The
 * body named after "of the" ("the Holy Synod of | the Church of X") is the one whose organ acts.
 * A nationality ("the Ruritanian Institute for …") is left to the rules after this one, which
 * already read such a name as a body of its own unless its head is a state's organ. Null when the
 * subject is no such name.
 */
function namedBody(
  sentence: string,
  subject: { text: string; start: number; end: number },
  inZone: Mention[],
  persons: PersonRegistry,
  isDemonym: (m: Mention) => boolean,
): ActorRef | null {
  const name = subject.text
    .replace(ARTICLE, '')
    .replace(new RegExp(`^${PLACE_COMPOUND.source}\\s+`, 'u'), '')
    .trim();
  if (!PROPER_NAME.test(name) || !/\s(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.test(name)) return null;
  if (/\s(?:and|&)\s/u.test(name.split(/\s(?:of|for|on)\s/u)[0]!)) return null;
  const words = name.split(/\s+/).map((w) => w.replace(RANK_PREFIX, ''));
  if (words.some((w) => ORGAN_NOUN.test(w) || ROLE.test(w) || STATE_ORGAN_WORD.test(w)))
    return null;
  if (persons.findSurname(subject.text)) return null;
  // Every name inside is a modifier before a capitalised word, or the object of "of" after a
  // name that is no organ ("Church of X", not "Government of X": those were read above).
  const inside = inZone.filter((m) => m.index >= subject.start && m.end <= subject.end);
  if (inside.length === 0) return null;
  // A nationality before an organ's head ("the Mexican Secretariat of …") is the state's organ,
  // which the rules after this read; only a name as a modifier is read here.
  const describes = (m: Mention) =>
    (!isDemonym(m) && /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(m.end, subject.end))) ||
    (m.prepositional &&
      /\bof\s+(?:the\s+)?$/.test(sentence.slice(subject.start, m.index)) &&
      !ORGAN_OF.test(sentence.slice(Math.max(subject.start, m.index - 40), m.index)));
  if (!inside.every(describes)) return null;
  const owner =
    /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*\s+of\s+the\s+(\p{Lu}.*\s(?:of|for|on)\s.*)$/u.exec(
      name,
    );
  const own = bodyOfTitledPerson(name) ?? (owner ? owner[1]! : name);
  return { type: 'other', id: toSlug(own), name: own };
}

// A title, a name of one to three words, and the body named whole after "of the".
const ROLE_NAME_OF_BODY =
  /^(\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}of\s+the\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/**
 * "Metropolitan X of the Ruritanian Orthodox Church": a clergyman's or an officer's title and name,
 * then the body of its own they hold it in, named whole after "of the": that body acts. Null when the
 * title is no such role or the body is no body of its own.
 */
function bodyOfTitledPerson(name: string): string | null {
  const m = ROLE_NAME_OF_BODY.exec(name);
  return m && OWN_ROLE_HEAD.test(m[1]!) && OWN_BODY_HEAD.test(m[2]!.split(/\s+/).at(-1)!)
    ? m[2]!
    : null;
}

// Heads of a state's organs a named body may not have: such a subject is the state's.
const STATE_ORGAN_WORD =
  /^(?:Assembly|Parliament|Senate|Congress|Council|Court|Tribunal|Commission|Committee|Agency|Office|Bureau|Department|Service|Police|Army|Forces?|Republic|State|Kingdom|Federation|Union|Mission|Embassy|Chamber|House|Cabinet|Administration|Secretariat|Directorate|Ministry|Government)$/;

/**
 * Whether a subject names a group by an adjective formed on `name` ("the Ruritanian opposition
 * parties" for Ruritania): a capitalised word before lower-case words, sharing the name's stem (all
 * of the name's letters but its last two, five at least).
 */
function namedByOwnAdjective(subject: string, name: string): boolean {
  const single = /^\p{Lu}\p{Ll}+$/u.test(name) ? name : null;
  if (!single || single.length < 7) return false;
  const stem = single.slice(0, -2).slice(0, Math.max(5, single.length - 4));
  const adjective = /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.exec(
    subject.trim(),
  );
  return adjective !== null && adjective[1]!.startsWith(stem) && adjective[1] !== single;
}

// A verb that says what its subject is or that it exists, not what it did.
const STATIVE =
  /^(?:is|are|was|were|has\s+been|have\s+been|had\s+been|exists?|existed|has\s+existed|have\s+existed)$/i;
// A named body ("The Olympic Committee of Kosovo", "Peru's Football Federation"): capitalised
// words ending in the noun of a body.
const NAMED_BODY = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,4}(?:${alternation(capitalised(BODIES))})$`,
  'u',
);

/**
 * The actor a row sentence's subject names as the owner of a body ("the X Committee of Kosovo",
 * "Kosovo's X Federation"), when that actor is not the row's, the verb is stative and the rest of
 * the sentence does not name the row's actor (for whom "is a member of the IOC" would be a fact).
 */
function otherActorsBody(
  sentence: string,
  clause: ReturnType<typeof mainClause>,
  inZone: Mention[],
  mentions: Mention[],
  rowActor: ActorRef,
): ActorRef | null {
  if (!clause.subject || !STATIVE.test(clause.verb ?? '')) return null;
  const subject = clause.subject;
  for (const m of inZone) {
    if (m.actor.id === rowActor.id) return null;
    const before = sentence.slice(subject.start, m.index);
    const after = sentence.slice(m.end, subject.end);
    const bodyOf = /\s+of\s+(?:the\s+)?$/.exec(before);
    const body = bodyOf
      ? before.slice(0, bodyOf.index)
      : /^['’]s\s+/.test(after) && before.trim() === ''
        ? after.replace(/^['’]s\s+/, '')
        : null;
    if (body === null || !NAMED_BODY.test(body.trim()) || (bodyOf && after.trim() !== '')) continue;
    if (mentions.some((n) => n.index >= subject.end && n.actor.id === rowActor.id)) return null;
    return m.actor;
  }
  return null;
}

/**
 * How a mention inside the subject makes its actor the doer: named as the subject itself, as the
 * owner of the subject ("Peru's government", "the Government of Peru") or as the nationality of
 * the acting organ ("the Peruvian ministry").
 */
function basisOf(sentence: string, m: Mention, isDemonym: (m: Mention) => boolean): ActorBasis {
  if (isDemonym(m)) return 'demonym';
  if (/^['’]s\b/.test(sentence.slice(m.end))) return 'possessor';
  if (ORGAN_OF.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return 'possessor';
  return 'subject';
}

/**
 * The body a subject names whole at one of `starts` (bodyPeople.ts), as a third party; null when
 * none does, or when a state or an organisation the atlas knows stands inside the name (the rules
 * that read mentions decide), or a person the article places is its name.
 */
function bodyNamedWhole(
  sentence: string,
  starts: number[],
  mentions: Mention[],
  isDemonym: (m: Mention) => boolean,
  persons: PersonRegistry,
): SubjectReading | null {
  for (const at of new Set(starts)) {
    const text = sentence.slice(at);
    const inside = (b: { start: number; end: number }) =>
      mentions.filter((m) => m.index < at + b.end && m.end > at + b.start);
    const party = partyOfPeople(text, at === 0);
    if (party && inside(party).length === 0 && !persons.findSurname(party.name))
      return third(party.name, 'subject');
    const led = partyOfLeader(text);
    if (led && inside(led).length === 0) return third(led.name, 'subject');
    // "the Football Association of Ruritania": the state after "of" is where the body is.
    const role = bodyOfPersonsRole(text);
    if (
      role &&
      inside(role).every(
        (m) => isDemonym(m) || /\bof\s+(?:the\s+)?$/.test(sentence.slice(at + role.start, m.index)),
      )
    )
      return third(role.name, 'speaker');
  }
  return null;
}

const third = (name: string, basis: ActorBasis): SubjectReading => ({
  kind: 'third-party',
  actor: { type: 'other', id: toSlug(name), name },
  basis,
});
