/**
 * Everyone a statement names as speaking or acting for its actor: people with their roles, a role
 * with no name ("a presidential spokesman"), a body ("the Presidency of Mali", "the European
 * Parliament"). Two people joined by "and" are two speakers ("Chairman Ilkka Kanerva and OSCE
 * Minorities Commissioner Knut Vollebæk"), never one whose role swallows the other's name.
 *
 * The speaker rules of quotes.ts read who says quoted words and the subject of a speech verb;
 * here the subject of the main clause is read too, so a speaker who acts ("the prime minister,
 * Lado Gurgenidze, gave an interview") or a body that decides counts.
 */
import type { ActorRef, SpeakerRef } from '../../../schemas';
import type { PersonRegistry } from '../persons';
import { accordingToOwnOffice } from './reporter';
import { reactionFrom } from './reactions';
import { describeSpeaker } from '../quotes';
import nlp from 'compromise';
import { escapeRegExp } from '../../../shared/text';
import { doubleQuotedSpans } from '../../../shared/quotes';
import { clauseStart, isExtraposedIt, isPersonalName, mainClause } from './mainClause';
import {
  alternation,
  BODIES,
  capitalised,
  EXECUTIVE_BODIES,
  OFFICE_OPENERS,
  OFFICE_HOLDERS,
  ORGANS,
  plural,
  ROLE_OFFICES,
  subset,
  TITLES,
} from './offices';

const ARTICLE = /^(?:the|a|an)\s+/i;
// A role without a name must name an office ("a ministry official", "the Paraguayan president").
const ROLE_WORD = new RegExp(
  String.raw`\b(?:${alternation([...ROLE_OFFICES, ...ROLE_OFFICES.map(plural), ...OFFICE_OPENERS, ...EXECUTIVE_BODIES])})\b`,
  'i',
);
// A body without a capital ("the EU's executive commission", "the riot police"): the noun that
// says what kind of body it is ends the phrase; in the plural ("Peruvian governments", "its
// embassies") it is that body over time or in several places, which speaks as one.
const BODY_WORD = new RegExp(
  String.raw`\b(?:${alternation([...ORGANS, ...ORGANS.map(plural)])})$`,
  'i',
);
// "both the Mongolian president and the foreign minister, Juan Soto and Ana Ruiz, said": two roles
// and two names given respectively.
const PERSON = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+`;
const RESPECTIVE = new RegExp(
  String.raw`^(?:both\s+)?(?:the\s+)?([^,]+?)\s+and\s+(?:the\s+)?([^,]+?),\s+(${PERSON})\s+and\s+(${PERSON})$`,
  'u',
);
// "Kosovo's government and its people": a subject joined with someone who is no office or name is
// a collective, not a speaker.
const NOT_A_SPEAKER_HALF = /^(?:its|their|his|her|the|many|some|other)\s+\p{Ll}/u;
const RELATIVE_SUBJECT = /^(?:which|who)$/i;
const SUBORDINATOR = /^(?:though|although|while|whilst|when|if|because|as|since|whereas)\b/i;
// An appositive name right after the subject: "the prime minister, Lado Gurgenidze, gave".
const APPOSITIVE = /^,\s+((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+),/u;

/**
 * The actor itself named as subject ("Russia called …", "the EU stated") is no speaker. An
 * acronym is the actor only when it spells the actor's name ("EU" for the European Union); one
 * that spells more ("UNSC" for the United Nations) names a body of it, which speaks for it.
 */
function isActorItself(text: string, actor: ActorRef): boolean {
  const bare = text
    .replace(ARTICLE, '')
    .replace(/['’]s$/, '')
    .trim()
    .toLowerCase();
  const name = actor.name.toLowerCase();
  if (bare === name || name.includes(bare)) return true;
  return /^[A-Z]{2,6}$/.test(text.replace(ARTICLE, '').trim()) && !isBodyAcronym(text, actor);
}

/** "the UNSC" for the United Nations: an acronym that spells the actor's initials and more. */
function isBodyAcronym(text: string, actor: ActorRef): boolean {
  const acronym = text.replace(ARTICLE, '').trim();
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const initials = (actor.name.match(/\p{Lu}/gu) ?? []).join('');
  return initials.length >= 2 && acronym.length > initials.length && acronym.startsWith(initials);
}

const PLACE_TAIL = /\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*$/u;

/**
 * "the UNMIK mission in Kosovo", "The Andean Parliament": a phrase the actor's finder reads as the
 * actor (by an alias or its name) that ends in the noun of a body names one of its bodies, which
 * speaks for it.
 */
function isBodyOf(phrase: string, actor: ActorRef): boolean {
  const text = phrase.replace(ARTICLE, '').trim().replace(PLACE_TAIL, '');
  return (
    !isActorItself(text, actor) &&
    (BODY_WORD.test(text) || isBodyName(text) || BODY_OF_NAMED.test(text))
  );
}

const BODY_NAME = new RegExp(String.raw`\b(?:${alternation(capitalised(ORGANS))})\b`);
/** A body's name holds the noun that says what kind of body it is ("European Commission"). */
function isBodyName(name: string): boolean {
  return BODY_NAME.test(name);
}

// "the Serbian government's Office for Kosovo": a body a government or ministry holds. The body
// speaks; what holds it is its role. A body a state holds by name ("Peru's Ministry of Culture")
// keeps its whole name (see `fromPhrase`).
const POSSESSED_BODY = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:${alternation(ORGANS)}))['’]s?\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:of|for|on|and)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*){0,5})$`,
  'u',
);

function possessedBody(phrase: string): SpeakerRef | null {
  const m = POSSESSED_BODY.exec(phrase.trim());
  return m && isBodyName(m[2]!) ? { name: m[2]!, role: m[1]! } : null;
}

// The rest of a body's name the parse leaves out of the subject: "Office" + " for Africa".
const NAME_TAIL =
  /^\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*/u;

// "Ethiopia's Ambassador to Austria", "the Permanent Representative to the United Nations": the
// place or body a role is held at belongs to the role, where the parse may end the subject early.
const ROLE_HEAD =
  /\b(?:ambassador|envoy|representative|delegate|minister|secretary|commissioner|consul|head|chief)$/i;
const ROLE_COMPLEMENT =
  /^\s+(?:to|of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|and|for)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*/u;

// "…, the Serbian government's Office for Kosovo announced on February 17, 2013, …": a speaker
// named after what it said, between commas (or before the full stop), its verb dated or bare.
const SPEECH_AFTER =
  /,\s+((?:the\s+)?\p{Lu}[^,;"“”]{2,80}?)\s+(?:announced|said|stated|declared|added|wrote|noted|told\s+reporters)(?=\s*[,.;]|\s*$|\s+(?:on|in)\s+(?:[^,.;"“”]|,\s*(?=\d{4}))*\d{4}\s*(?:[,.;]|$))/u;

const WHOSE_SPEAKS =
  /,\s+whose\s+((?:\p{L}[\p{L}'’-]*\s+){0,3}\p{L}[\p{L}'’-]*)\s+(?:also\s+)?(?:said|stated|announced|declared|added|wrote|noted|told)\b/u;

// "Ruritania condemned the decision, with its foreign minister Ana Ruiz calling it …": an absolute
// "with" clause whose subject is the main subject's own official ("its"), speaking in its -ing verb,
// says who spoke for the act.
const WITH_OWN_SPEAKING =
  /,\s+with\s+(?:its|their)\s+((?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:also\s+)?(?:saying|stating|calling|describing|declaring|adding|noting|warning|urging|insisting|arguing|stressing)\b/u;

function fromPhrase(phrase: string, persons: PersonRegistry): SpeakerRef | null {
  const body = possessedBody(phrase);
  if (body) return body;
  const described = describeSpeaker(phrase);
  if (!described || described === 'pronoun') return null;
  const name = described.speaker;
  if (name) {
    if (persons.isOnlyPlace(name)) return null;
    const known = persons.resolve(name);
    return known
      ? { name: known.name, role: described.role ?? known.role }
      : { name, role: described.role };
  }
  const role = described.role?.replace(ARTICLE, '');
  return role && ROLE_WORD.test(role) ? { name: null, role } : null;
}

const GROUP_OF_OFFICIALS = new RegExp(
  String.raw`\b(?:${alternation([...ROLE_OFFICES.map(plural), ...subset(BODIES, ['authorities']), ...OFFICE_HOLDERS])})$`,
  'i',
);

// "the 14th Dalai Lama, then joint executive authority within the government in exile, sent …": a
// person known by a title, with the office held named between commas before the verb. The title is
// who speaks, the apposed office the role; "then" dates the role to the act, so it is not kept.
const TITLED_APPOSED = new RegExp(
  String.raw`^(?:[Tt]he\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}(?:${alternation(capitalised(TITLES))})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)?),\s+(?:then\s+|now\s+|at\s+the\s+time\s+)?((?:the\s+|an?\s+)?\p{Ll}[^,;:()"“”]{2,100}?),\s+(?!(?:and|or|but|who|whom|whose|which|that|as|in|on|at|by|with|for|after|before|during|when|while)\b)(?:\p{Ll}+ly\s+)?\p{Ll}{2,}`,
  'u',
);

function titledSpeaker(fromSubject: string): SpeakerRef | null {
  const m = TITLED_APPOSED.exec(fromSubject);
  if (!m) return null;
  const role = m[2]!.replace(ARTICLE, '');
  // The apposition must name an office or body held, not an aside ("the Pope, visibly moved, said").
  return ROLE_WORD.test(role) || BODY_WORD.test(role) ? { name: m[1]!, role } : null;
}

/** A role or body the quote rules do not read: "Kosovo's leaders", "the EU's executive commission". */
const BODY_OF_NAMED = new RegExp(
  String.raw`^(?:${alternation(EXECUTIVE_BODIES)})\s+of\s+(?:the\s+)?\p{Lu}`,
  'u',
);
// "his successor Ana Ruiz", "her deputy, Lars Berg": a person named in apposition to a noun the
// pronoun's owner relates them by; the person is the subject, whatever the noun (an office or not).
const OWNED_RELATION =
  /^((?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*),?\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)$/u;
// An office, in lower case and with no holder named, owned by a body's pronoun.
const OWNED_OFFICE = /^(?:[Ii]ts|[Tt]heir)\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)$/u;
const OWNED_BODY =
  /^(?:Its|Their|its|their)\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:of|for|on|and)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*){0,5})$/u;

function bareRole(phrase: string): SpeakerRef | null {
  const text = phrase
    .replace(/^(?:However|Also|Moreover|Meanwhile|Then),?\s+/i, '')
    .replace(ARTICLE, '')
    .trim();
  if (text.split(/\s+/).length > 5 || /[,;]/.test(text)) return null;
  // "the ALM mission in Lima": a body named with where it sits.
  if (BODY_WORD.test(text.replace(PLACE_TAIL, ''))) return { name: text, role: null };
  // "the government of Dominica": an executive body named by whose it is.
  if (BODY_OF_NAMED.test(text)) return { name: text, role: null };
  return GROUP_OF_OFFICIALS.test(text) ? { name: null, role: text } : null;
}

const SESSION_OF = new RegExp(
  String.raw`\b(?:at|during)\s+(?:the\s+)?(?:[\p{L}\p{M}'’]+\s+)?(?:\d+(?:st|nd|rd|th)\s+|\p{Ll}+\s+)?(?:session|meeting|summit|congress|conference)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}-]*\s+)*?(?:${alternation(capitalised(ORGANS))})(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)?)`,
  'u',
);
const MEMBERS =
  /^(?:the\s+)?(?:\d+\s+|all\s+|its\s+|their\s+)?(?:member(?:\s+(?:states|countries))?|members|delegates|delegations|participants|ministers)$/i;
const BODY_UNDER = new RegExp(
  String.raw`^(?:the\s+)?(\p{Lu}(?:[\p{L}\p{M}'’]*\s+(?:(?:and|of)\s+)?\p{Lu}){0,4}[\p{L}\p{M}'’]*\s+(?:${alternation(capitalised(ORGANS))})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)?)\s+under\s+((?:the\s+)?(?:then\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,6}?\p{Lu}[\p{L}\p{M}'’-]+)\s+\p{Ll}+ed\b`,
  'u',
);

// "Although the European Parliament has not …, it hosted …": the opening clause before the comma.
const OPENING_CLAUSE =
  /^(?:Although|Though|While|Whilst|When|Because|Since|Whereas|After|Before|Once)\s+([^,;]+),/;

/**
 * The subject of an opening subordinate clause, which a personal pronoun as the main subject takes
 * up ("Although the European Parliament has not …, it was seen …" → the European Parliament).
 */
function openingClauseSpeaker(
  sentence: string,
  actor: ActorRef,
  persons: PersonRegistry,
  namesActor: (text: string) => boolean,
): SpeakerRef | null {
  const opening = OPENING_CLAUSE.exec(sentence);
  if (!opening) return null;
  const sub = mainClause(opening[1]!);
  if (!sub.subject || sub.refersBack) return null;
  const phrase = sub.subject.text;
  if (isActorItself(phrase, actor) || (namesActor(phrase) && !isBodyAcronym(phrase, actor)))
    return null;
  const speaker = fromPhrase(phrase, persons) ?? bareRole(phrase);
  return speaker?.name && !/^\p{Lu}/u.test(speaker.name) ? null : speaker;
}

// A sentence whose main subject is "he" or "she", after any opening adverbial ("On 15 July 2008, he
// stated: …").
const PERSONAL_SUBJECT =
  /^(?:[^,;"“]{0,60},\s+)?(?:he|she)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?\p{Ll}+/iu;
const OPENING_DATE =
  /^(?:In|On|During|By)\s+(?:early\s+|late\s+|mid-)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s+(?=\p{Ll})/u;

/**
 * The person a sentence's "he" or "she" takes up: the one person the sentence before names, as the
 * subject of its main clause ("…, the UN Secretary-General Ban Ki-moon proceeded with the plan. On
 * 15 July 2008, he stated: …"). Null when that sentence names another person too (the register's
 * names and surnames, or a second name joined to the subject): "he" could be either.
 */
export function pronounSpeaker(
  sentence: string,
  previous: string,
  persons: PersonRegistry,
): SpeakerRef | null {
  // "In August 2018 he opposed …": an opening date adverbial that no comma closes; else the parse
  // finds "he" as the main clause's subject.
  const pronoun =
    PERSONAL_SUBJECT.test(sentence.replace(OPENING_DATE, '')) ||
    /^(?:he|she)$/i.test(mainClause(sentence).subject?.text ?? '');
  if (!pronoun) return null;
  const clause = mainClause(previous);
  if (!clause.subject || clause.refersBack) return null;
  const zone = previous.slice(clauseStart(previous), clause.subject.end);
  const speaker = fromPhrase(zone.replace(/^.*,\s+/, ''), persons);
  // "Ruritania held an election, which was won by Ana Ruiz. She said …": a subject that is no
  // person and holds no office ("he" cannot take up a state) leaves the one person the sentence names.
  const noPerson = !speaker || (speaker.role === null && !isPersonalName(speaker.name ?? ''));
  if (noPerson) return onlyPersonNamed(previous, persons);
  if (!speaker?.name || !isPersonalName(speaker.name)) return null;
  const surname = speaker.name.split(/\s+/).at(-1)!;
  // "Băsescu's successor, Klaus Iohannis, …": a possessor only says whose the subject's office is;
  // "he" takes up the subject's head, not it.
  const named = (name: string) =>
    new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L}|['’]s\\b)`, 'u').test(previous);
  const registered = persons
    .people()
    .some((p) => !p.name.endsWith(surname) && named(p.name.split(/\s+/).at(-1)!));
  // A name the register does not hold yet: capitalised words the parser reads as a person.
  const unregistered = [...previous.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)].some(
    (m) => !m[0].includes(surname) && !speaker.role?.includes(m[0]) && nlp(m[0]).has('#Person'),
  );
  return registered || unregistered ? null : speaker;
}

/** The one person a sentence names (a run of capitalised words read as a personal name), or null. */
function onlyPersonNamed(sentence: string, persons: PersonRegistry): SpeakerRef | null {
  const names = [...sentence.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+/gu)]
    .map((m) => m[0])
    .filter((n) => !persons.isOnlyPlace(n) && isPersonalName(n));
  const surnames = new Set(names.map((n) => n.split(/\s+/).at(-1)));
  // A person the register holds, named by surname alone, is a second person too.
  const registered = persons
    .people()
    .map((p) => p.name.split(/\s+/).at(-1)!)
    .filter((surname) => !surnames.has(surname))
    .some((surname) =>
      new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'u').test(sentence),
    );
  if (surnames.size !== 1 || registered) return null;
  const known = persons.resolve(names[0]!);
  return known ? { name: known.name, role: known.role } : { name: names[0]!, role: null };
}

// "According to the European Commission's website, …": a body's own publication gives its words.
const OWN_PUBLICATION =
  /^According to (?:the\s+)?(\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:(?:of|for|and|on)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*){0,6})['’]s?\s+(?:official\s+|own\s+)?(?:website|web\s+site|statement|press\s+release|communiqu[ée]|announcement|publication|bulletin)\b/u;

// "a statement issued by Kyrgyz Foreign Ministry stated …": the parse takes the participle for the
// verb and the document for the subject; its author is who speaks.
const DOCUMENT =
  /^(?:a|an|the)\s+(?:joint\s+|official\s+|written\s+|formal\s+)?(?:statement|letter|communiqu[ée]|declaration|note|message|press\s+release|resolution|report|memorandum)$/i;
// The author's name ends at the verb, a comma, or a date adverbial ("published by X in 2019
// described …"), whatever verb follows it.
const AUTHORED_BY =
  /^\s+(?:issued|released|published|signed|sent|written|adopted|delivered|presented)\s+by\s+(?:the\s+)?([^,;]+?)(?=\s+(?:stated|said|says|states|declared|announced|noted|called|urged|expressed|asked|added|warned|reiterated|reaffirmed|affirmed|confirmed|stressed|read|reads|denied|rejected)\b|\s+(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\s*,)/u;

const DOCUMENT_NOUN = String.raw`(?:joint\s+|official\s+|written\s+|formal\s+)?(?:statement|letter|communiqu[ée]|declaration|note|message|press\s+release|resolution|report|memorandum)`;
const BODY_NAMED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|on)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,6}`;
// "A United Nations General Assembly (UNGA) resolution", "the European Parliament's resolution",
// "a resolution of the European Parliament": the body the document is of wrote it, and speaks.
const DOCUMENT_OF_BODY = [
  new RegExp(
    String.raw`^(?:[Aa]n?|[Tt]he)\s+(${BODY_NAMED})(?:\s+\([^()]*\))?(?:['’]s?)?\s+${DOCUMENT_NOUN}$`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:[Aa]n?|[Tt]he)\s+${DOCUMENT_NOUN}\s+(?:of|by|from)\s+(?:the\s+)?(${BODY_NAMED})$`,
    'u',
  ),
];

/** The body a document subject names as its own ("a resolution of the European Parliament"), or null. */
function documentBody(subject: string, actor: ActorRef): SpeakerRef | null {
  for (const shape of DOCUMENT_OF_BODY) {
    const body = shape.exec(subject.trim())?.[1]?.replace(/['’]s?$/, '');
    // Only a body's name speaks; "a Peruvian resolution" or "the EU's statement" (the actor itself) does not.
    if (body && isBodyName(body) && !isActorItself(body, actor)) return { name: body, role: null };
  }
  return null;
}

/** The author of a document that is the subject ("a statement issued by X stated …"), or null. */
function documentAuthor(
  sentence: string,
  subject: { text: string; end: number },
  actor: ActorRef,
  persons: PersonRegistry,
): SpeakerRef | null {
  // The parse may end the subject inside the body's name ("… of the Council | of Ministers").
  const tail = NAME_TAIL.exec(sentence.slice(subject.end))?.[0] ?? '';
  const named = documentBody(subject.text + tail, actor);
  if (named) return named;
  if (!DOCUMENT.test(subject.text)) return null;
  const agent = AUTHORED_BY.exec(sentence.slice(subject.end))?.[1]?.trim();
  if (!agent || isActorItself(agent, actor)) return null;
  const speaker =
    fromPhrase(agent, persons) ??
    bareRole(agent) ??
    (isBodyName(agent) ? { name: agent, role: null } : null);
  return speaker && (speaker.name === null || /^\p{Lu}/u.test(speaker.name)) ? speaker : null;
}

// "…, and the following day the ministry said …", "…, but since 2012 its consulates have issued …":
// a clause cut from its sentence after "and" or "but" opens in lower case with its time adverbial and
// no comma, which the parse reads into the subject; the speaker is the subject after it.
const CUT_TIME_OPENING =
  /^(?:the\s+(?:next|following|same)\s+(?:day|week|month|year)|(?:a|one|two|three|several)\s+(?:days?|weeks?|months?|years?)\s+later|since\s+(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d{4})\s+(?=(?:the|a|an|its|their|his|her)\s|\p{Lu})/u;

/**
 * The speakers of the main clause of `sentence`: its subject read as one person, role or body, or
 * several joined by "and"; when the subject gives none (the actor itself, a pronoun, no one), the
 * speaker a reporting clause names after the words ("…, the ministry announced on 3 May 2011, …").
 */
const ALL_CHAMBERS_OF =
  /\b(?:the\s+)?(?:two|both|all)\s+(?:the\s+)?(?:chambers|houses)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;

export function clauseSpeakers(
  text: string,
  actor: ActorRef,
  persons: PersonRegistry,
  namesActor: (text: string) => boolean = () => false,
): SpeakerRef[] {
  // "the two chambers of the Parliament of Peru met", "both houses of the Congress voted": the
  // chambers of a legislature acting together are that legislature, which speaks.
  const sentence = text
    .slice(CUT_TIME_OPENING.exec(text)?.[0].length ?? 0)
    .replace(ALL_CHAMBERS_OF, 'the ');
  const fromSubject = subjectSpeakers(sentence, actor, persons, namesActor);
  if (fromSubject.length > 0) return fromSubject;
  // "…, whose State Department said …": the organ or official of the name before "whose" speaks.
  const whose = WHOSE_SPEAKS.exec(sentence);
  if (whose) {
    const speaker = fromPhrase(whose[1]!, persons) ?? bareRole(whose[1]!);
    if (speaker && (speaker.name === null || /^\p{Lu}/u.test(speaker.name))) return [speaker];
    if (isBodyName(whose[1]!)) return [{ name: whose[1]!, role: null }];
  }
  const withOwn = WITH_OWN_SPEAKING.exec(sentence);
  if (withOwn) {
    const speaker = fromPhrase(withOwn[1]!, persons);
    if (speaker?.name && /^\p{Lu}/u.test(speaker.name)) return [speaker];
  }
  const found = SPEECH_AFTER.exec(sentence);
  // Inside quoted words it is someone the speaker quotes, not who speaks here.
  if (
    found &&
    doubleQuotedSpans(sentence).some((q) => found.index >= q.start && found.index < q.end)
  )
    return [];
  const after = found?.[1];
  if (!after || isActorItself(after, actor) || namesActor(after)) return [];
  const speaker = fromPhrase(after, persons) ?? bareRole(after);
  return speaker && (speaker.name === null || /^\p{Lu}/u.test(speaker.name)) ? [speaker] : [];
}

function subjectSpeakers(
  sentence: string,
  actor: ActorRef,
  persons: PersonRegistry,
  namesActor: (text: string) => boolean,
): SpeakerRef[] {
  // The body whose publication the source quotes speaks for the actor it belongs to; one that is
  // the actor itself ("According to the EU's website") is no speaker. (Whether it is the actor's
  // at all is the reporter rule's: a third party's account is reported, not spoken.)
  const publisher = OWN_PUBLICATION.exec(sentence)?.[1];
  if (publisher)
    return isActorItself(publisher, actor) || !isBodyName(publisher)
      ? []
      : [{ name: publisher, role: null }];
  // "According to the Secretary-General, …": the actor's own office gives the account, so speaks.
  const office = accordingToOwnOffice(sentence);
  if (office) return [{ name: null, role: office }];
  const clause = mainClause(sentence);
  // "This prompted a protest from the Serbian Foreign Ministry": the reaction's agent speaks.
  const reaction = reactionFrom(sentence.slice(clauseStart(sentence)));
  if (reaction) {
    const speaker = fromPhrase(reaction.text, persons) ?? bareRole(reaction.text);
    return speaker && (speaker.name === null || /^\p{Lu}/u.test(speaker.name)) ? [speaker] : [];
  }
  // "the Ruritanian Foreign Ministry, which summoned the ambassador": a clause cut after its
  // antecedent has the relative pronoun as its subject; the antecedent is who acts, read as the
  // subject of the clause without the pronoun. An office and its holder's name in apposition
  // ("the president of the Assembly, Ana Ruiz, who stated") is one antecedent.
  const antecedent =
    clause.subject && RELATIVE_SUBJECT.test(clause.subject.text)
      ? // "the president of the Assembly, Ana Ruiz, who stated": an office and its holder's name.
        /^([^,]+(?:,\s*[^,]+)?),\s*$/.exec(sentence.slice(0, clause.subject.start))?.[1]
      : undefined;
  if (antecedent)
    return subjectSpeakers(
      `${antecedent}${sentence.slice(clause.subject!.end)}`,
      actor,
      persons,
      namesActor,
    );
  const author = clause.subject ? documentAuthor(sentence, clause.subject, actor, persons) : null;
  if (author) return [author];
  const respective = clause.subject
    ? RESPECTIVE.exec(sentence.slice(clause.subject.start, clause.subject.end).trim())
    : null;
  // "at the League's 36th session of the Council of Foreign Ministers, the member states adopted":
  // members that act in a body's session act as that body (the parse may read "member" + "states …").
  const session = SESSION_OF.exec(sentence);
  if (session && clause.subject && MEMBERS.test(clause.subject.text.trim()))
    return [{ name: session[1]!, role: null }];
  // "Peru's Council of Ministers under then Prime Minister Juan Soto adopted": the body acts, led by
  // the person; both speak.
  const under = clause.subject ? BODY_UNDER.exec(sentence.slice(clause.subject.start)) : null;
  if (under && !isActorItself(under[1]!, actor)) {
    const leader = fromPhrase(under[2]!, persons);
    return [{ name: under[1]!, role: null }, ...(leader?.name ? [leader] : [])];
  }
  if (respective && ROLE_WORD.test(respective[1]!) && ROLE_WORD.test(respective[2]!)) {
    // "both Peru's President and Foreign Minister": the owner of the first role owns the second.
    const owner = /^(.+['’]s?)\s+\S/u.exec(respective[1]!)?.[1];
    const second =
      owner && !/['’]/.test(respective[2]!) && /^\p{Lu}/u.test(respective[2]!)
        ? `${owner} ${respective[2]!}`
        : respective[2]!;
    return [
      { name: respective[3]!, role: respective[1]! },
      { name: respective[4]!, role: second },
    ];
  }
  // "It was reported that Ruiz had assured …": the person who acts in the that-clause speaks.
  if (clause.subject && isExtraposedIt(sentence.slice(clause.subject.start))) {
    const that = sentence.indexOf(' that ', clause.subject.start) + ' that '.length;
    const person = persons.findSurname(
      sentence.slice(that).split(/\s(?:had|has|have|was|were|would|will|did)\s/)[0]!,
    );
    if (person) {
      const written = new RegExp(
        String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]+\s+)*${escapeRegExp(person.name.split(/\s+/).at(-1)!)}`,
        'u',
      ).exec(sentence.slice(that));
      return [{ name: written?.[0] ?? person.name, role: null }];
    }
    return [];
  }
  if (clause.subject && /^(?:it|they|he|she)$/i.test(clause.subject.text)) {
    const antecedent = openingClauseSpeaker(sentence, actor, persons, namesActor);
    return antecedent ? [antecedent] : [];
  }
  // "the Pope" reads as a noun taking up an earlier one; with an office apposed it names who acts.
  const titled = clause.subject ? titledSpeaker(sentence.slice(clause.subject.start)) : null;
  if (titled && !isActorItself(titled.name!, actor)) return [titled];
  // "its secretary-general welcomed …": the office of the body the pronoun takes up speaks for it,
  // though the sentence does not name its holder.
  const ownedOffice = clause.subject ? OWNED_OFFICE.exec(clause.subject.text.trim()) : null;
  if (ownedOffice && ROLE_WORD.test(ownedOffice[1]!))
    return [{ name: null, role: ownedOffice[1]! }];
  const related = clause.subject ? OWNED_RELATION.exec(clause.subject.text.trim()) : null;
  if (related && isPersonalName(related[2]!)) {
    const known = persons.resolve(related[2]!);
    return [{ name: known?.name ?? related[2]!, role: related[1]! }];
  }
  // "Its Secretariat of Foreign Affairs holds …": a body named in capitals, owned by the actor the
  // pronoun takes up, speaks for it.
  const owned = clause.subject ? OWNED_BODY.exec(clause.subject.text.trim())?.[1] : undefined;
  if (owned && isBodyName(owned)) {
    const tail = NAME_TAIL.exec(sentence.slice(clause.subject!.end))?.[0] ?? '';
    return [{ name: `${owned}${tail}`, role: null }];
  }
  if (!clause.subject || clause.refersBack) return [];
  // "Though Russia …": a subordinate clause the parse took for the main one.
  if (SUBORDINATOR.test(clause.subject.text)) return [];
  // "Relations cooled …, when Peru agreed …": a common noun capitalised only because it opens the
  // sentence names no body or person (whose act it was, the clause after it says).
  if (isCommonOpeningWord(sentence, clause.subject)) return [];
  // "the European Union (EU)": an acronym in brackets repeats the name; the name alone is read.
  const tail = isBodyName(clause.subject.text)
    ? (NAME_TAIL.exec(sentence.slice(clause.subject.end))?.[0] ?? '')
    : ROLE_HEAD.test(clause.subject.text)
      ? (ROLE_COMPLEMENT.exec(sentence.slice(clause.subject.end))?.[0] ?? '')
      : '';
  const zone = bodyWithoutKind(
    sentence
      .slice(clauseStart(sentence), clause.subject.end + tail.length)
      .replace(/\s*\([^()]*\)/g, ''),
  );
  const appositive = APPOSITIVE.exec(sentence.slice(clause.subject.end + tail.length));
  const phrase = appositive ? `${zone}, ${appositive[1]}` : zone;
  // Two speakers only when each side of "and" names a person ("Chairman Ilkka Kanerva and OSCE
  // Minorities Commissioner Knut Vollebæk"); "Convergence and Union general secretary …" is one.
  // The parse may leave the second half out of the subject: read what follows it too.
  const joined = `${phrase}${/^\s+and\s+[^,.;]+/.exec(sentence.slice(clause.subject.end + tail.length))?.[0] ?? ''}`;
  if (
    joined
      .split(/\s+and\s+/)
      .some((half, i) => i > 0 && NOT_A_SPEAKER_HALF.test(half) && !ROLE_WORD.test(half))
  )
    return [];
  const halves = phrase.split(/\s+and\s+(?=(?:the\s+)?\p{Lu})/u);
  // "Ruiz and Soto denied …": a surname alone is a person when the article names that person in
  // full elsewhere (the register); an unknown capitalised word may be a place ("Peru and Chile").
  const knownSurname = (p: string) =>
    /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(p.trim()) && persons.resolve(p.trim()) !== null;
  const named = (p: string) => {
    if (knownSurname(p)) return true;
    const d = describeSpeaker(p);
    return d !== null && d !== 'pronoun' && d.speaker !== null && isPersonalName(d.speaker);
  };
  const parts = halves.length > 1 && halves.every(named) ? halves : [phrase];
  const out: SpeakerRef[] = [];
  for (const part of parts) {
    // Written as the sentence writes it: the gold's convention for a surname alone.
    if (parts.length > 1 && knownSurname(part)) {
      if (!out.some((s) => s.name === part.trim())) out.push({ name: part.trim(), role: null });
      continue;
    }
    // The actor's finder knows a body's acronym as the actor's ("UNSC" → the United Nations); the
    // body still speaks for it.
    if (
      isActorItself(part, actor) ||
      (namesActor(part) && !isBodyAcronym(part, actor) && !isBodyOf(part, actor))
    )
      continue;
    const speaker = fromPhrase(part, persons) ?? bareRole(part);
    // A body or a person is written with capitals; "general parameters of …" is neither. "The
    // government of Dominica" is: an executive body named by its owner.
    if (speaker?.name && !/^\p{Lu}/u.test(speaker.name) && !BODY_OF_NAMED.test(speaker.name))
      continue;
    if (speaker && !out.some((s) => s.name === speaker.name && s.role === speaker.role))
      out.push(speaker);
  }
  // "Kosovo's Foreign Minister, Enver Hoxhaj, and the President of EBRD, Suma Chakrabarti, signed":
  // of people joined, one whose role names another state or body, while another's names the
  // actor, speaks for that party (a party of the act), not for the actor.
  const forActor = (s: SpeakerRef) => s.role !== null && namesActorStem(s.role, actor);
  const forOther = (s: SpeakerRef) =>
    s.role !== null && !forActor(s) && persons.isPlace(s.role.replace(ARTICLE, ''));
  const own = out.some(forActor) ? out.filter((s) => !forOther(s)) : out;
  // A role with no name that a named speaker holds is that speaker, not a second one.
  return own.filter(
    (s) =>
      s.name !== null ||
      !own.some(
        (t) => t.name !== null && t.role !== null && s.role !== null && t.role.includes(s.role),
      ),
  );
}

/** A subject of one word opening the sentence that, in lower case, is a common noun and no office. */
function isCommonOpeningWord(sentence: string, subject: { text: string; start: number }): boolean {
  const word = subject.text.trim();
  if (subject.start !== 0 || !/^\p{Lu}\p{Ll}+$/u.test(word) || ROLE_WORD.test(word)) return false;
  const lower = nlp(word.toLowerCase());
  return (
    lower.has('#Noun') && !lower.has('#ProperNoun') && !nlp(sentence).match(word).has('#Person')
  );
}

/**
 * "the Ruritanian Sports Council, a government agency": an indefinite apposition after a body's name
 * says what kind of body it is, not a role someone holds; the body's name alone speaks. After a
 * person ("Ana Ruiz, a ministry spokeswoman") it is the person's role, and is kept.
 */
function bodyWithoutKind(phrase: string): string {
  const kind = /,\s+(?:a|an)\s+\p{Ll}[^,]*$/u.exec(phrase);
  if (!kind) return phrase;
  const head = phrase.slice(0, kind.index);
  return isBodyName(head.replace(ARTICLE, '')) ? head : phrase;
}

/**
 * Whether a role names the actor by its name or an adjective formed on it ("Kosovo's Foreign
 * Minister"; "the Peruvian president" for Peru): each capitalised word of the name, by its first
 * five letters.
 */
function namesActorStem(role: string, actor: ActorRef): boolean {
  const words = actor.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return (
    words.length > 0 &&
    words.every((w) => new RegExp(`\\b${escapeRegExp(w.slice(0, 5))}`).test(role))
  );
}
