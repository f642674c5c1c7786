/**
 * Headings and ordering of statements (positions). A statement's heading carries its date as
 * written, so a search sub-result or a copied link shows when it was said.
 */
import { ACT_VOICES, type Position } from '../../schemas';
import { compareDates, formatPartialDate, sortKey } from './dates';
import { continuationMark, cutMark } from './continuation';
import { cutAtWord, mayDrop } from './wordCut';
import { splitSentences } from '../../ingest/extract/quotes';

type SpeakerFields = Pick<Position, 'actor' | 'speaker'> & Partial<Pick<Position, 'speakers'>>;
type HeadingPosition = SpeakerFields &
  Pick<Position, 'date'> &
  Partial<Pick<Position, 'qualifiedDate' | 'voice'>>;

/** Whether the statement tells an act of its actor (quoted, stated or reported), not a description. */
export const isAct = (position: Pick<Position, 'voice'>) => ACT_VOICES.includes(position.voice);

const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * Who speaks: every named speaker with role ("Ilkka Kanerva, Chairman and Knut Vollebæk, OSCE
 * Minorities Commissioner"; a role alone: "the Paraguayan president"), else the actor.
 */
export function speakerOf(position: SpeakerFields, roles = true): string {
  const speakers = position.speakers ?? (position.speaker ? [position.speaker] : []);
  if (speakers.length === 0) return position.actor.name;
  return LIST.format(
    speakers.map((s) =>
      s.name
        ? s.role && roles
          ? `${s.name}, ${s.role}`
          : s.name
        : `${DETERMINED.test(s.role ?? '') ? '' : 'the '}${s.role}`,
    ),
  );
}

// A role the source gives with its own determiner or possessor ("Some Romanian and Communist
// representatives", "two ministers", "Serbia's envoy") takes no "the" before it (pages review 9,
// #11: "The Some Romanian …").
const DETERMINED =
  /^(?:the|a|an|some|several|many|most|all|both|few|other|various|these|those|this|that|its|their|his|her|one|two|three|four|five|\d+|\S+['’]s)\s/i;

/**
 * Whose words a statement is, when its source names someone besides its actor, in speakerOf's
 * words ("Dimitris Christofias, President of Cyprus"; `roles` false: the names alone, where the
 * words quoted name the role), else null: a lead names a speaker as the card does (re-check 7,
 * N5: a quote in Cyprus's lead named no one).
 */
export const saidBy = (position: SpeakerFields, roles = true): string | null =>
  (position.speakers?.length ?? 0) > 0 || position.speaker ? speakerOf(position, roles) : null;

/** When, in the source's terms: "February 2008", "After 17 February 2008", "Undated". */
export function statementWhen(
  position: Pick<Position, 'date'> & Partial<Pick<Position, 'qualifiedDate'>>,
): string {
  if (position.date) return formatPartialDate(position.date);
  const q = position.qualifiedDate;
  if (q)
    return `${q.qualifier[0]!.toUpperCase()}${q.qualifier.slice(1)} ${formatPartialDate(q.date)}`;
  return 'Undated';
}

/**
 * "February 2008 — Alexander Lukashenko, Belarusian President"; "Undated — Belarus"; a position a
 * source describes or analyses is headed by whose it is, never by a speaker it does not have.
 */
export function statementHeading(
  position: HeadingPosition,
  sources: readonly string[] = [],
): string {
  const by = sources.length ? ` by ${sources.join(' and ')}` : '';
  if (position.voice === 'described') return `${position.actor.name}, as described${by}`;
  if (position.voice === 'analysis') return `On ${position.actor.name}: analysis${by}`;
  // A heading's name starts with a capital, as a role alone does not ("Undated — the government
  // spokesman": pages review 8, #12).
  const who = speakerOf(position);
  return `${statementWhen(position)} — ${who.charAt(0).toUpperCase()}${who.slice(1)}`;
}

/** Positions in date order (undated last, those placed after a date by that date), ties by id so the order is the same on every build. */
export function byDate<
  T extends Pick<Position, 'date' | 'id'> & Partial<Pick<Position, 'qualifiedDate'>>,
>(positions: readonly T[]): T[] {
  const when = (p: T) => p.date ?? p.qualifiedDate?.date ?? null;
  return [...positions].sort((a, b) => compareDates(when(a), when(b)) || a.id.localeCompare(b.id));
}

/** Latest statement date padded for sorting (`YYYY-MM-DD`), or null when none is dated. */
export function latestSortDate(positions: readonly Pick<Position, 'date'>[]): string | null {
  const dated = positions.map((p) => p.date).filter((d): d is string => Boolean(d));
  if (dated.length === 0) return null;
  return (
    dated
      .map((d) => sortKey(d))
      .sort()
      .at(-1) ?? null
  );
}

/** Distinct years of the statements, ascending. */
export function statementYears(positions: readonly Pick<Position, 'year'>[]): number[] {
  return [...new Set(positions.map((p) => p.year).filter((y): y is number => y !== null))].sort(
    (a, b) => a - b,
  );
}

/**
 * Every voice a statement can be told in, including the two the extraction is adding ('quoted',
 * 'reported'), so a page never shows a raw enum value. `badge` is the short tag on each card;
 * `meaning` is said once per page, in the legend, instead of on every card.
 */
export type AnyVoice = Position['voice'] | 'quoted' | 'reported';
export const VOICE_LABEL: Record<AnyVoice, { badge: string; meaning: string }> = {
  stated: {
    badge: 'stated',
    meaning:
      'what the actor said or did, told by the source as an act that happened (not in the actor’s own words)',
  },
  quoted: {
    badge: 'quoted',
    meaning: 'the actor’s own words, in quotation marks in the source',
  },
  reported: {
    badge: 'reported',
    meaning:
      'what someone else, named or not, says the actor said or did; the source tells who reports it',
  },
  described: {
    badge: 'described',
    meaning:
      'the source’s own summary of the actor’s stance or policy, not an act on one occasion; not the actor’s words',
  },
  analysis: {
    badge: 'analysis',
    meaning: 'the source’s own reasoning about the actor; not the actor’s words',
  },
};

/** The label of a voice; a value this build does not know yet is shown as written, never dropped. */
export const voiceLabel = (voice: string): { badge: string; meaning: string } =>
  VOICE_LABEL[voice as AnyVoice] ?? { badge: voice, meaning: voice };

/** The voices present among `positions`, in the legend's order. */
export function voicesIn(positions: readonly Pick<Position, 'voice'>[]): AnyVoice[] {
  const present = new Set<string>(positions.map((p) => p.voice));
  return (Object.keys(VOICE_LABEL) as AnyVoice[]).filter((v) => present.has(v));
}

/**
 * The opening of a statement for a list that links to it: whole words up to `max` characters and
 * an ellipsis, so a list of hundreds stays light and the full text lives on the actor's page.
 */
export function openingWords(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

// Where a clause ends inside a sentence with what stands before it whole: a semicolon, or a comma
// before words that attach to a clause already told (a conjunction or relative, a preposition, a
// participle: ", starting from 1 January 2024", ", citing …"). A comma before a noun ends no
// clause: it closes an opening phrase ("But in 2014, when it recognised Crimea, the ministry
// cited …") or a name in apposition ("signed by the acting President, Dioncounda Traoré, state
// media …"), where the main clause has not begun.
const CLAUSE_END =
  /;(?= )|,(?= (?:and|but|or|nor|while|whereas|although|though|yet|which|who|whose|that|when|where|as|in|on|at|by|for|with|from|through|after|before|during|despite|under|\p{Ll}+ing)\s)/gu;

// Verbs of saying (and telling): what follows their "that" is what was said, the point of a lead.
const SAYING =
  /\b(?:said|says|stated|states|announced|announces|confirmed|confirms|affirmed|affirms|reaffirmed|declared|told|tells|stressed|emphasi[sz]ed|reiterated|noted|added|assured|informed|insisted|claimed|wrote|replied|explained|warned|promised|reported|indicated|argued)\b/gi;
// A participle that opens what an act or a document said ("a letter …, stating that …").
const SAYING_PARTICIPLE =
  /^\s*(?:stating|saying|announcing|confirming|affirming|declaring|telling|stressing|emphasi[sz]ing|reiterating|noting|adding|assuring|informing|insisting|claiming|asserting|explaining|warning|promising|expressing|asking|urging|calling)\b/i;

/**
 * Whether cutting `sentence` at `at` drops what was said (pages review 9, #1: Lebanon's "affirmed
 * in a joint press conference with his Serbian counterpart, Ivica Dačić …" dropped ", that Lebanon
 * supported …"): the words after the cut open with a participle of saying, or a verb of saying
 * before the cut has its "that" only after it. A verb whose "that" stands before the cut has said
 * its content; one with no "that" at all took its object without one ("said Ruritania would …").
 */
function cutsWhatWasSaid(sentence: string, at: number): boolean {
  if (SAYING_PARTICIPLE.test(sentence.slice(at + 1))) return true;
  for (const verb of sentence.slice(0, at).matchAll(SAYING)) {
    const after = verb.index + verb[0].length;
    const that = sentence.slice(after).search(/\bthat\b/i);
    if (that >= 0 && after + that > at) return true;
  }
  return false;
}

// A causal cue: what follows it, up to the sentence's end, is why.
const CAUSE = /\b(?:because|due to|owing to|on the grounds that|for fear of|out of concern)\b/gi;

/**
 * Whether cutting `sentence` at `at` drops a relative clause ("…, which had an active separatist
 * movement …") from a reason the words before it have begun ("due to concerns with the precedent
 * for the Lozi tribe, an ethnic group …"): the clause says why the precedent mattered, and the
 * lead without it stopped before its point (re-check 9, N2: Zambia). A relative clause after a
 * sentence's main clause, with no reason open, may go.
 */
export function cutsReason(sentence: string, at: number): boolean {
  if (!/^,\s+(?:which|who|whose|whom|where)\s/.test(sentence.slice(at))) return false;
  const before = sentence.slice(0, at);
  const cause = [...before.matchAll(CAUSE)].at(-1);
  // A reason that a semicolon or "but"/"while" has closed is whole before the cut.
  return (
    cause !== undefined &&
    !/;|,\s+(?:but|while|whereas|although)\s/.test(before.slice(cause.index + cause[0].length))
  );
}

/**
 * The words a page's lead quotes from a statement: its whole first sentence when that is not
 * long; a long one is cut at its last clause end (CLAUSE_END) between `max` and `sentenceMax`
 * characters, so what stands before the cut is a whole clause with its object (pages review 7,
 * finding 4: "… Russia's Ministry of Foreign Affairs cited …" left out what was cited); a long
 * sentence with no such end is quoted whole, never cut inside a phrase; nor is one whose cut would
 * drop only a few words or a date (pages review 8, finding 8), nor what a verb of saying said
 * (cutsWhatWasSaid).
 */
export function leadWords(text: string, max = 140, sentenceMax = 230): string {
  // The ingest's sentence split: "St.", "U.S." or an initial ("George J.") ends no sentence.
  const first = splitSentences(text)[0] ?? text;
  if (first.length <= sentenceMax) return first;
  const ends = [...first.matchAll(CLAUSE_END)].map((m) => m.index);
  // Never a cut that drops a few last words or a date (mayDrop): the sentence is quoted whole.
  const clause = ends
    .filter(
      (i) =>
        i >= max &&
        i <= sentenceMax - 2 &&
        mayDrop(first.slice(i + 1)) &&
        !cutsWhatWasSaid(first, i) &&
        !cutsReason(first, i),
    )
    .at(-1);
  return clause === undefined ? first : `${first.slice(0, clause)} …`;
}

/**
 * The opening words of a statement in a list that shows no lead-in: a statement that is a clause
 * cut from its sentence ("after which Kosovo imposed a 100 percent tax …") or that opens
 * mid-thought ("Secondly, France maintained …") opens with an ellipsis, so it does not read as a
 * whole sentence; its actor's page shows the words it hangs on.
 */
export function summaryWords(p: Pick<Position, 'text' | 'context'>, max = 160): string {
  const words = openingWords(p.text, max);
  return `${continuationMark(p)}${words}${words === p.text ? cutMark(p) : ''}`;
}

/**
 * The few opening words a card shows of the statement it follows on the same page
 * (leanedOnStatement), linked to it: enough to recognise it, not a second copy of it.
 */
export function followsWords(text: string, max = 40): string {
  if (text.length <= max) return text;
  return `${cutAtWord(text, max).replace(/[,;:]$/, '')} …`;
}

/**
 * The words around a name a statement mentions (`at`, its offset), at most `max` characters: a list
 * of statements that merely name an actor says why each names it ("… sent a message to his Serbian
 * counterpart …"), not the date and speaker its opening repeats from the link. A mention within the
 * opening words (or none found) gives the opening words, marked as summaryWords marks them.
 */
export function wordsAround(
  p: Pick<Position, 'text' | 'context'>,
  at: number | undefined,
  max = 90,
): string {
  const { text } = p;
  if (at === undefined || at < max / 2 || text.length <= max) return summaryWords(p, max);
  // A third of the window before the name, the rest after it, cut at whole words.
  const from = Math.min(at - Math.floor(max / 3), text.length - max);
  let begin = from + Math.max(0, text.slice(from).search(/(?<=\s)\S/));
  // Never open inside a run of capitalised words, a title or a name ("… Up in the 2018 FIFA World
  // Cup" cut "Live It Up"): start at the run's first word instead.
  const run = /(?:^|\s)((?:["“]?\p{Lu}[\p{L}\p{M}'’.-]*\s+)+)$/u.exec(text.slice(0, begin));
  if (run && /^\p{Lu}/u.test(text.slice(begin))) begin -= run[1]!.length;
  return `… ${openingWords(text.slice(begin), max)}`;
}

/**
 * Who spoke, for a statement in brief after its actor (", Jorge Taiana, Argentine Foreign
 * Minister"), or "" when the speaker is the actor or the opening words shown name them already
 * (pages review 8, #12: "Argentina quoted, Jorge Taiana, Argentine Foreign Minister: In February
 * 2008, Argentine Foreign Minister, Jorge Taiana said …" named him twice).
 */
export function summarySpeaker(p: Pick<Position, 'actor' | 'speaker'>, opening: string): string {
  const s = p.speaker;
  if (!s || s.name === p.actor.name || opening.includes(s.name)) return '';
  return `, ${s.role ? `${s.name}, ${s.role}` : s.name}`;
}

/**
 * What a card's meta line says of a statement the source places only against a date ("after
 * 2008", "since 2020"), worded as a reader would (pages review 9, #13: "placed since 2020, with
 * no date of its own" was no phrase a person writes): a state of things "since" or "as of" a date
 * is that, not something said then; anything else is undated, some time before, after or since it.
 */
export function placedWords(placed: NonNullable<Position['qualifiedDate']>): string {
  const when = formatPartialDate(placed.date);
  if (placed.qualifier === 'as of')
    return `the state of things as of ${when}, not something said then`;
  // "since" places an act as well as a state ("has since distanced himself" after August 2010).
  if (placed.qualifier === 'by' || placed.qualifier === 'until')
    return `undated, ${placed.qualifier} ${when}`;
  return `undated, some time ${placed.qualifier} ${when}`;
}

// Quotation marks and white space aside, for asking whether a text shows a quote whole.
const bareWords = (text: string) => text.replace(/[\s"“”'‘’]+/g, ' ').trim();

/**
 * The quotes a card sets apart below its text. A word or two in quotation marks with no speaker
 * ("principled") is the source marking a term, not a quotation to set apart; nor is a quote the
 * card's own text already shows whole: set apart below it, it printed the same words twice on one
 * card (pages review 8, #4: Masimov's three sentences, Argentina's four). On another actor's page
 * the caller sets none apart: the card points to its actor's page, where they are.
 */
export function quotesSetApart(position: Pick<Position, 'text' | 'quotes'>): Position['quotes'] {
  return position.quotes.filter(
    (q) =>
      (q.speaker || q.text.split(/\s+/).length >= 4) &&
      !bareWords(position.text).includes(bareWords(q.text)),
  );
}
