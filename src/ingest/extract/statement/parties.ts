/**
 * Whom a statement concerns beyond its actor, read from where a name stands rather than from its
 * being named at all: the other side of a meeting, talks, an agreement, a letter or a visit is a
 * party ("In a meeting with Kosovo's deputy prime minister, …", "met the Albanian Foreign
 * Minister"); a name in an aside is not (a name in parentheses, a comparison "like Russia",
 * "comparable to …", or the venue an act took place at, "at the United Nations Human Rights Council").
 */
import type { ActorRef } from '../../../schemas';
import { doubleQuotedSpans } from '../../../shared/quotes';
import { SUBJECT } from '../../../shared/subject';

interface Named {
  actor: ActorRef;
  index: number;
  end: number;
  /** A court named by its organisation's alias acts for itself (actors.ts `courtOf`). */
  body?: ActorRef;
}

// The words right before the other side's name: a meeting, talks, an agreement, a letter, a visit
// or a call, then at most an article and a few words of a role ("with the Prime Minister of").
const COUNTERPART_BEFORE =
  /\b(?:met(?:\s+with)?|meets(?:\s+with)?|meetings?(?:\s+(?:on|in|at|during)\s+[^,;()"“]{1,40}?)?\s+with|talks\s+with|talked\s+(?:to|with)|spoke\s+(?:to|with)|agreements?\s+with|letters?\s+to|wrote\s+to|visits?\s+to|visited|received|hosted|summoned|expelled|phone\s+call\s+with|call\s+with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:(?:of|for)\s+(?:the\s+)?)?$/u;

// The state supported, backed, criticised or asked by the act's actor, named right after the verb
// ("supporting Serbia", "supports Serbia's position", "criticized Russia's stance", "refused a
// request from the United States"), or whose support the act had ("with the backing of Russia").
// Only verbs and "support to": "Russia's support for Serbia" after "For Kosovo, …" is a third
// party's support, not the actor's.
const SUPPORTED_BEFORE =
  /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|support\s+to|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|accus(?:e|es|ed|ing)|thank(?:s|ed|ing)?|(?:with|without)\s+(?:the\s+)?(?:support|backing|help)\s+(?:of|from)|requests?\s+(?:from|by))\s+(?:(?:the|a|an)\s+)?$/i;

// The recipient of a thing handed over: a verb, its object, then "to" ("submitted a written statement
// to the Court", "contributed a contingent to the NATO-led force", "sent troops to Serbia"). An
// object is required: "returned to Serbia" names where, not whom; an adverb is no object
// ("responded very positively to …"), nor a second verb ("recognized and admitted to the UN"); a
// participle inside a compound adjective is no verb ("secession-minded reactions to …").
const RECIPIENT_BEFORE =
  /(?<![\p{L}-])(?:\p{Ll}{3,}ed|sent|gave|sold|lent|brought)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?!(?:and|or|but)\s|\p{Ll}+ly\s|\p{Ll}+ed\s)[\p{Ll}-]+\s+){1,3}to\s+(?:the\s+)?$/u;

// "telling his Serbian counterpart", "met their Russian counterparts": the nationality of the
// counterpart is the other side.
const COUNTERPART_AFTER = /^\s+counterparts?\b/;
// "together with Cyprus, Greece …", "along with Greece": who acts or stands with the actor.
const ALONGSIDE_BEFORE = /\b(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?$/i;

// "a pro-Serbian stance", "anti-American", "independence from Serbia", "in deference to Russia", "a
// tax on importing Serbian goods": the state the act takes sides for or against, leaves or targets.
const SIDE_BEFORE =
  /(?:\b(?:pro|anti)-|\bindependence\s+from\s+(?:the\s+)?|\bdeference\s+to\s+(?:the\s+)?|\b(?:tax|taxes|tariffs?|sanctions|embargo)\s+(?:on|against)\s+(?:\p{Ll}+ing\s+)?(?:the\s+)?)$/iu;
// "Russia's support for Serbia has been crucial", "Russia's commitment to Serbia stems from …": the
// sentence's subject is the possessor's support or commitment, so its object is the possessor's
// partner. Only when the possessor opens the sentence ("For Kosovo, Russia's support for Serbia …"
// is Kosovo's view of a third party's support).
const OWN_SUPPORT_BEFORE =
  /^(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:support|commitment|backing|alliance)\s+(?:for|to|with)\s+(?:the\s+)?$/u;
// "Serbia often aligns itself with Russian positions".
const ALIGNED_BEFORE = /\balign(?:s|ed|ing)?\s+(?:itself\s+|themselves\s+)?with\s+(?:the\s+)?$/i;

// "EU-mediated talks", "the NATO-led force": the mediator or leader of what the act is done in.
const MEDIATOR_AFTER = /^-(?:mediated|brokered|sponsored|facilitated|led)\b/;
// "On 17 June 2013 Kosovo and Serbia exchanged …": two actors as one subject, each the other's
// partner. Only at the clause's start (after a date adverbial) and before a verb.
const OPENING = /^(?:(?:In|On|By|During|Since)\s+[^,;]{1,30}?,?\s+)?(?:the\s+)?$/;
const VERB_NEXT = /^\s+(?:\w+ly\s+)?(?:are|were|have|has|had|did|\p{Ll}+ed)\b/u;

function coSubjects(sentence: string, mentions: Named[]): Named[] {
  for (const [i, a] of mentions.entries()) {
    const b = mentions[i + 1];
    if (!b || !OPENING.test(sentence.slice(0, a.index))) continue;
    if (!/^\s+and\s+(?:the\s+)?$/.test(sentence.slice(a.end, b.index))) continue;
    if (VERB_NEXT.test(sentence.slice(b.end))) return [a, b];
  }
  return [];
}

// "a pro-Serbian stance" names a side; "the anti-Albanian situation" names a people: after pro- or
// anti-, a nationality is the state's side only before a word of stance or politics.
const STANCE_AFTER =
  /^\s+(?:stance|position|policy|policies|line|camp|bloc|government|course|orientation|forces|parties|party)\b/i;
function takesSide(sentence: string, m: Named): boolean {
  if (!/\b(?:pro|anti)-$/i.test(sentence.slice(0, m.index))) return true;
  const written = sentence.slice(m.index, m.end);
  return m.actor.name.startsWith(written) || STANCE_AFTER.test(sentence.slice(m.end));
}

/** The actors `sentence` names as the other side of a meeting, talks, an agreement, a letter or a visit. */
export function counterparts(sentence: string, mentions: Named[]): ActorRef[] {
  // "… without an agreement with Serbia, we would …" in quotation marks is what was said, not whom.
  const quoted = doubleQuotedSpans(sentence);
  const together = coSubjects(sentence, mentions);
  return (
    mentions
      .filter((m) => !quoted.some((q) => m.index >= q.start && m.index < q.end))
      .filter((m) => {
        const before = sentence.slice(Math.max(0, m.index - 70), m.index);
        return (
          COUNTERPART_BEFORE.test(before) ||
          RECIPIENT_BEFORE.test(before) ||
          ALONGSIDE_BEFORE.test(before) ||
          COUNTERPART_AFTER.test(sentence.slice(m.end)) ||
          SUPPORTED_BEFORE.test(before) ||
          // A stance for or against Kosovo is the topic of every statement here, not a party.
          (SIDE_BEFORE.test(before) && m.actor.id !== SUBJECT.id && takesSide(sentence, m)) ||
          MEDIATOR_AFTER.test(sentence.slice(m.end)) ||
          ALIGNED_BEFORE.test(before) ||
          (OWN_SUPPORT_BEFORE.test(sentence.slice(0, m.index)) &&
            mentions.some((o) => o !== m && o.index <= 4)) ||
          together.includes(m)
        );
      })
      // The court itself is the other side, as it is the actor when it acts ("the ICJ ruled").
      .map((m) => m.body ?? m.actor)
  );
}

const COMPARISON_BEFORE =
  /\b(?:like|unlike|comparable\s+to|similar\s+to|as\s+in|as\s+did|as\s+does)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;
const VENUE_BEFORE = /\bat\s+the\s+$/i;

// "Due to strained relations with the United States, Belarus …": a cause or a concession that
// opens the sentence is its background, up to its comma.
// "…, as well as occasional disputes with Russia, Belarus …": the cause goes on past that comma.
const BACKGROUND_OPENING =
  /^(?:Due\s+to|Because\s+of|Amid|Given)\b(?:[^,]|,\s+as\s+well\s+as\b)*$/i;
// "a day after the EU declared it was worried": the subject of a clause that only dates the act.
const TIME_CLAUSE_BEFORE = /\b(?:after|before|when|until|once)\s+(?:the\s+)?$/i;
const VERB_AFTER = /^\s+(?:\w+ly\s+)?(?:had|has|was|were|did|\p{Ll}+ed)\b/u;
// "the country's main Polish newspaper": a people's word before a thing of the people (a paper, a
// minority, a language) names no state that the act concerns; "the Polish ambassador" does.
const PEOPLES_THING_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:newspapers?|papers?|media|press|minorit(?:y|ies)|language|culture|compan(?:y|ies)|businesses|singers?|artists?|writers?|nationals|citizens|community|communities|diaspora|origin|descent)\b/u;

function isAside(sentence: string, m: Named): boolean {
  const before = sentence.slice(0, m.index);
  if (BACKGROUND_OPENING.test(before)) return true;
  const after = sentence.slice(m.end);
  if (TIME_CLAUSE_BEFORE.test(before) && VERB_AFTER.test(after)) return true;
  // A people's word ("Polish") is a mention that does not spell the actor's name.
  if (!m.actor.name.startsWith(sentence.slice(m.index, m.end)) && PEOPLES_THING_AFTER.test(after))
    return true;
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return true;
  const near = before.slice(-60);
  // "a revolution comparable to the Orange Revolution in Ukraine": the comparison runs to the
  // next comma.
  const comparison = COMPARISON_BEFORE.exec(near);
  if (comparison && !/[,;]/.test(near.slice(comparison.index))) return true;
  return m.actor.type === 'organisation' && VENUE_BEFORE.test(near);
}

/**
 * The actors every mention of which in `sentence` is an aside: they are named, but the act is not
 * done with or to them.
 */
export function asideActors(sentence: string, mentions: Named[]): ActorRef[] {
  const out: ActorRef[] = [];
  for (const m of mentions) {
    const all = mentions.filter((n) => n.actor.type === m.actor.type && n.actor.id === m.actor.id);
    if (all.every((n) => isAside(sentence, n)) && !out.some((a) => a.id === m.actor.id))
      out.push(m.actor);
  }
  return out;
}

const same = (a: ActorRef, b: ActorRef) => a.type === b.type && a.id === b.id;

/**
 * `base` (the parties the caller found) with the other sides of meetings added and the actors
 * named only in asides taken out, each once.
 */
export function withCounterparts(
  base: ActorRef[],
  sentences: Array<{ sentence: string; mentions: Named[] }>,
): ActorRef[] {
  const asides = sentences.flatMap((s) => asideActors(s.sentence, s.mentions));
  const all = [...base, ...sentences.flatMap((s) => counterparts(s.sentence, s.mentions))];
  return all.filter(
    (a, i) => all.findIndex((b) => same(a, b)) === i && !asides.some((b) => same(a, b)),
  );
}

// "the Serbian ambassador to Kosovo", "envoy for Kosovo", "minister in Belgrade": a name after these
// is where the office works or what it deals with, not whom it serves.
const PLACE_BEFORE = /\b(?:to|in|at|for|on|with)\s+(?:the\s+)?$/i;

/**
 * When an act is done jointly by representatives of two sides ("Kosovo's Foreign Minister, Enver
 * Hoxhaj, and the President of EBRD, Suma Chakrabarti, signed …"), the person named with the other
 * actor's role speaks for that actor, a party of the act, not for the statement's actor. Only then:
 * a lone speaker whose role names another body ("the elected President of the United Nations
 * General Assembly, Vuk Jeremić, said") may still speak for the actor, and the rules cannot tell.
 * `mentions` finds the states and organisations a role names.
 */
export function speakersOfActor<S extends { role: string | null }>(
  actor: ActorRef,
  speakers: S[],
  mentions: (text: string) => Named[],
): { speakers: S[]; parties: ActorRef[] } {
  const served = (s: S): ActorRef[] => {
    const role = s.role ?? '';
    return mentions(role)
      .filter((m) => !PLACE_BEFORE.test(role.slice(0, m.index)))
      .map((m) => m.actor);
  };
  const servesActor = (s: S) =>
    served(s).some((a) => same(a, actor)) ||
    (s.role ?? '').toLowerCase().includes(actor.name.toLowerCase());
  if (!speakers.some(servesActor)) return { speakers, parties: [] };
  const own: S[] = [];
  const parties: ActorRef[] = [];
  for (const s of speakers) {
    const others = served(s);
    if (servesActor(s) || others.length === 0) own.push(s);
    else for (const a of others) if (!parties.some((b) => same(a, b))) parties.push(a);
  }
  return { speakers: own, parties };
}

/**
 * Whether a section heading's partner ("Relations with the European Union") is what a sentence
 * naming no party is about: only while its paragraph, up to it, has named no other party than
 * the heading's partner, the sentence's actor and the article's own state (`own`) or the subject.
 * A paragraph that has turned to another party ("Belarus expelled all Swedish diplomats ….
 * Their replacements have been told …") leaves the heading unable to say whom the sentence
 * concerns, and none is given.
 */
export function headingPartnerHolds(
  partner: ActorRef,
  own: readonly (ActorRef | null)[],
  namedBefore: readonly ActorRef[],
): boolean {
  const same = (a: ActorRef, b: ActorRef | null) =>
    b !== null && a.type === b.type && a.id === b.id;
  return namedBefore.every(
    (a) => a.id === SUBJECT.id || same(a, partner) || own.some((o) => same(a, o)),
  );
}
