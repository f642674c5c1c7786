/**
 * The opening of an actor's page, composed from the structured data and the sources' own words:
 * the reasons the sources give for its position (each with the line it is read from) and its
 * latest statement. Only clauses the sources write are used; nothing is paraphrased.
 */
import type { Position, SourceRef } from '../../schemas';
import { isAct, saidBy, statementWhen } from './statement';
import { formatPartialDate, sortKey } from './dates';
import { mayDrop } from './wordCut';
import { articleFor, quotedPart } from './english';
import { phraseCut, wordsOf } from './continuation';
import { isPerson } from './people';

// A cue word that opens its sentence ("Due to …") starts a clause, not a sentence, in a reason.
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
import { splitSentences } from '../../ingest/extract/quotes';
import { doubleQuotedSpans } from '../../shared/quotes';
import { SUBJECT } from '../../shared/subject';
import { squashSpace } from '../../shared/text';

export interface Reason {
  /** The clause as written, from its cue word ("because of objections to …"). */
  text: string;
  /** The statement it is read from, and that statement's first source line. */
  position: Position;
  source: SourceRef;
  /**
   * Whose reason it is when the statement is a named speaker's own words (quoted or stated): "based
   * on UN Security Council resolution 1244" alone hid that it was a ministry's statement (pages
   * review 8, finding 8). Null for the source's narration, an act it reports or a stance it
   * describes: "Serbia: Due to Serbian claims that …" read the article's clause as Serbia's words
   * (re-check 8, finding 4); the link beside it names the source whose telling it is.
   */
  by: string | null;
}

// Words after which a source gives a reason: causal ones only. A speech verb ("stating that",
// "saying that") introduces what was said, which is the position itself or another claim ("Serbia
// claims the number is 84, stating that some countries have withdrawn"), not why the actor holds
// it. Tried in this order within a sentence; the clause runs from the cue to the end of its sentence.
// "the main reason X does not recognise … remains …" names the reason after it (pages review 9,
// #2: Romania); a causal "as" takes a pronoun subject and a verb of holding or being ("as it
// considers …", "as he had not been consulted"), not one of time ("as it develops"); a comparative
// "as" follows "as much" or "such" (COMPARATIVE_AS).
const REASON_CUE =
  /\b(because of|because|due to|owing to|on the grounds that|based on|linked to|citing|out of respect for|the (?:main |chief |principal |primary )?reason|as (?:it|they|he|she) (?:considers?|considered|regards?|regarded|sees?|saw|views?|viewed|believes?|believed|fears?|feared|has|had|have|is|was|are|were|does not|did not|do not|would not|could not|cannot))\b/i;
const COMPARATIVE_AS = /\b(?:as (?:much|many|well|far|long|soon|often)|such|same)\b/i;
// An actor's argument is its reason: what it argues, holds or believes ("Ruritania argues that
// such a declaration sets a dangerous precedent", "takes the view that Kosovo was not a sui
// generis case": pages review 9, #2, Cyprus and Algeria); the clause after "that" is the reason.
// A short subject that opens its sentence: a name or a noun phrase, no clause before it.
const HOLDER = /^\p{Lu}[^,;:]*$/u;
const ARGUES =
  /\b(?:argues|argued|contends|contended|holds|held|maintains|maintained|believes|believed|considers|considered|(?:takes|took|holds|held|is of|was of) the view) that\s+/i;
// A consequence drawn from a view ("X views Kosovo as part of Serbia and, therefore, believes …"):
// the reason is the clause before the connective.
// The connective opens a clause of its own (after a comma or "and"), not an adverb inside one
// ("could thus pose").
const THEREFORE = /(?:,\s*|\s+and,?\s+)(?:and,?\s+)?(?:therefore|thus|hence|consequently)\b/i;
const MAX_REASON = 220;
// This many words of a reason shown in the lead already are the same clause, not a coincidence.
const REPEATED_WORDS = 8;
// Voices in which a statement is its speaker's own words; "reported" is the source's telling.
const OWN_WORDS = new Set<Position['voice']>(['quoted', 'stated']);
// A reason for a position on Kosovo's status names what is at stake; a "because" about a football
// match or an embassy's staff is not one.
// "supports Serbia's position on Kosovo" is a stance on it too, in other words.
const ABOUT_STATUS = new RegExp(
  `recogni|independen|sovereign|international law|secession|territorial|precedent|status|(?:position|stance) on ${SUBJECT.name}`,
  'i',
);
// A participle after the stance gives why the actor holds it ("supports Serbia's position,
// seeing parallels to its own claim over Taiwan", "…, fearing a precedent"): pages review 9, #6
// (China). It runs to the end of the sentence. ("citing" is a cue of its own, REASON_CUE.)
// "regarding" and "considering" are left out: after a comma they are mostly prepositions ("said,
// regarding Kosovo, that …"), which give no reason.
const STANCE_PARTICIPLE = /,\s+((?:seeing|fearing|viewing)\s+(?!that\b)[^,;]*(?:[,;][^,;]*)*)$/i;
// What recognising would bring about, in the actor's words, is why it does not ("if we were to
// recognise Kosovo, …, we would set a dangerous precedent …": pages review 9, #6, Argentina):
// the conditional whole, from "if" to the end of its sentence.
const IF_RECOGNISED =
  /\bif\s+(?:we|it|they|he|she|[\p{Lu}][\p{L}-]*)\s+(?:were\s+to\s+|was\s+to\s+|)recogni[sz]e[sd]?\b.*?,\s*(?:we|it|they|he|she|this|that)\s+would\b/iu;

const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=[A-Z“"])/).filter((s) => s.trim().length > 0);

// A reason is cut only at the end of a clause or phrase (phraseCut), and only where what it
// leaves out is worth leaving (mayDrop): "… domestic independence …" without "movements" said
// something else (pages review 8, finding 8), and Belarus's "…, and based on the key …" stopped
// inside the phrase it opened (pages review 9, #7).
const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const atWord = text.slice(0, max).replace(/[\s,;:]+\S*$/, '');
  return mayDrop(text.slice(atWord.length)) ? phraseCut(text, max) : text;
};

// A quotation mark that closes a quotation opened before the reason's clause ("… international
// organisations.\"" of a quoted sentence whose opening the clause leaves out): with no opening
// in the reason it is a stray mark (pages review 9, #7: Uruguay).
/**
 * The reason's clause with the source's quotation marks it stands within: a clause cut from inside
 * a quotation ("if we were to recognize Kosovo, … we would set …" of a minister's quoted words)
 * opens and closes it again at its own edges, so that the actor's words are shown as a quotation,
 * never as the site's (pages review 10, #2: Argentina, Armenia, Mauritius). Marks inside the clause
 * stay as they are. A clause not found in its sentence loses only a stray closing mark.
 */
function withSourceQuotes(sentence: string, clause: string): string {
  const start = sentence.toLowerCase().indexOf(clause.toLowerCase());
  if (start < 0) return withoutStrayCloser(clause);
  const end = start + clause.length;
  const marks = new Map<number, string>();
  for (const span of doubleQuotedSpans(sentence)) {
    const from = Math.max(span.innerStart, start);
    const to = Math.min(span.innerEnd, end);
    if (from >= to) continue;
    if (span.start < start) marks.set(0, '"');
    if (!span.closed || span.innerEnd >= end) marks.set(to - start, '"');
  }
  let out = '';
  for (let i = 0; i <= clause.length; i++) out += (marks.get(i) ?? '') + (clause[i] ?? '');
  // The full stop before a closing mark ends the sentence, not the reason.
  return out.replace(/[.\s]+(["”])$/, '$1');
}

// A quotation the cut leaves open ("\"if we … the islands …") is closed before the cut's mark.
function closeOpenQuote(text: string): string {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  if (straight % 2 === 0 && open <= 0) return text;
  const mark = straight % 2 === 1 ? '"' : '”';
  const m = /\s*…$/.exec(text);
  return m ? `${text.slice(0, m.index)}${mark}${m[0]}` : `${text}${mark}`;
}

function withoutStrayCloser(text: string): string {
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && /"$/.test(text)) return text.slice(0, -1).trimEnd();
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  if (closed > opened && /”$/.test(text)) return text.slice(0, -1).trimEnd();
  return text;
}

// A pronoun that opens the clause after its cue ("because it supports …", "as he had not been
// consulted"): the reason read alone names no one (pages review 9, #6: Argentina).
// A quotation mark the reason re-opens (withSourceQuotes) may stand before the cue.
const CUE_PRONOUN = /^(["“]?(?:because|as|since)\s+)(it|they|he|she)\b/i;

/**
 * The reason's opening pronoun given its antecedent, in square brackets as a quotation's
 * editorial insertion: "it"/"they" the statement's actor ("because [Argentina] supports …"), "he"/
 * "she" its speaker when a person is named and the reason's label (`by`) does not name them;
 * unchanged when neither is known.
 */
function withAntecedent(text: string, position: Position, by: string | null): string {
  const m = CUE_PRONOUN.exec(text);
  if (!m) return text;
  const pronoun = m[2]!.toLowerCase();
  const person = position.speaker?.name && isPerson(position.speaker.name);
  // "he" after a label that names him ("Jorge Taiana: …") already has its antecedent.
  const labelled = by !== null && person && by.includes(position.speaker!.name);
  const name =
    pronoun === 'it' || pronoun === 'they'
      ? (position.actor?.name ?? null)
      : person && !labelled
        ? position.speaker!.name
        : null;
  if (!name) return text;
  return `${m[1]}[${name}]${text.slice(m[0].length)}`;
}

// "due to" opening a reason is the preposition "because of" (pages review 10, #3).
const DUE_TO = /^(["“]?)(?:due|owing) to\b/i;

/**
 * A reason as the lead shows it: a "due to" phrase as "because of", and a clause cut from inside
 * its sentence marked so (quotedPart), a re-opened quotation's too ("…\"if we …").
 */
function asReasonPart(text: string): string {
  const due = DUE_TO.exec(text);
  const shown = due ? `${due[1]}because of${text.slice(due[0].length)}` : text;
  return /^["“]\p{Ll}/u.test(shown) ? `…${shown}` : quotedPart(shown);
}

/**
 * The clause of a sentence that gives a reason, in the first shape that holds: after a causal cue
 * ("because of objections to …"); after an argument verb ("argues that …"); before a consequence
 * connective ("… as an integral part of Serbia and, therefore, believes …"). Null when none does.
 */
function reasonClause(sentence: string): string | null {
  const found = REASON_CUE.exec(sentence);
  // "as it does to Serbia" after "as much" compares; it gives no reason.
  const cue =
    found && /^as /i.test(found[0]) && COMPARATIVE_AS.test(sentence.slice(0, found.index))
      ? null
      : found;
  if (cue) {
    // The reason ends where the sentence turns to something else ("…, while Greece …"); one that
    // opens the sentence ("Due to Serbian claims that …, its initial reactions …") ends at its comma.
    const rest = sentence.slice(cue.index);
    // Opening its sentence, it is still a clause, not a sentence: it goes lower-case after "…"
    // (quotedPart) as every other reason does (pages review 9, #7: Serbia's "Due to …").
    return cue.index === 0
      ? lowerFirst(rest.split(/,\s/)[0]!)
      : rest.split(/[,;]\s+(?:while|whereas|but)\s/)[0]!;
  }
  // The participle gives the reason only with the stance it explains: "China, seeing parallels to
  // …" read as if China were the reason (changed-statements review 10), so the stance comes with it.
  const trimmed = sentence.replace(/[.\s]+$/, '');
  if (STANCE_PARTICIPLE.test(trimmed)) return trimmed;
  const conditional = IF_RECOGNISED.exec(sentence);
  if (conditional) return sentence.slice(conditional.index);
  const argues = ARGUES.exec(sentence);
  const therefore = THEREFORE.exec(sentence);
  // "…, therefore, believes that …" draws a consequence: its reason is before the connective.
  if (argues && !(therefore && therefore.index > 0 && therefore.index < argues.index)) {
    // Whose view it is stays with the view when the sentence opens on its holder ("Cyprus takes
    // the view that Kosovo was not a sui generis case"): the clause alone read as what the sources
    // themselves assert (re-check 9, N1).
    const holder = sentence.slice(0, argues.index).trim();
    return HOLDER.test(holder) ? sentence : sentence.slice(argues.index + argues[0].length);
  }
  // Words before it, not a sentence that opens with "Therefore, …" (its reason is elsewhere).
  if (!therefore || therefore.index === 0) return null;
  // What was said to hold, after its speech verb ("stressed that Ruritania does not wish to
  // encourage secession and therefore …"), not who said it.
  const before = sentence.slice(0, therefore.index);
  const that = before.lastIndexOf(' that ');
  return that >= 0 ? before.slice(that + ' that '.length) : before;
}

/**
 * Up to `limit` reasons the sources give for the actor's position on Kosovo, from its own
 * statements and the sources' descriptions of it, each distinct, none whose words `shown` (what
 * the lead shows besides) holds.
 */
export function reasonsFor(positions: readonly Position[], limit = 3, shown = ''): Reason[] {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  // Words the lead already shows (its latest statement): a reason that repeats them is left out,
  // not printed twice in two lines (re-check 8, #5: Argentina's delegation sentence).
  const shownWords = ` ${wordsOf(shown)} `;
  for (const position of positions) {
    if (position.topic !== 'kosovo') continue;
    const source = position.sources[0];
    if (!source) continue;
    for (const sentence of sentencesOf(position.text)) {
      if (!ABOUT_STATUS.test(sentence)) continue;
      const clause = reasonClause(sentence);
      if (!clause) continue;
      // A clause cut from inside its sentence says so, as a lower-case start alone does not
      // (re-check 8, #8: Belarus's reason opened "based on …").
      const clipped = closeOpenQuote(
        clip(
          withSourceQuotes(sentence, clause.replace(/[.\s]+$/, '')).replace(/[.\s]+$/, ''),
          MAX_REASON,
        ),
      );
      const by = OWN_WORDS.has(position.voice) ? saidBy(position, false) : null;
      const text = asReasonPart(withAntecedent(clipped, position, by));
      const key = text.toLowerCase().slice(0, 60);
      // A reason whose opening words the lead shows is the latest statement's own clause, cut
      // there or not (pages review 9, #8: Zambia's "due to concerns with the precedent …").
      const opening = wordsOf(clipped).split(' ').slice(0, REPEATED_WORDS).join(' ');
      if (seen.has(key) || shownWords.includes(` ${opening} `)) continue;
      seen.add(key);
      reasons.push({ text, position, source, by });
      break;
    }
    if (reasons.length >= limit) break;
  }
  return reasons;
}

// A reason clause that names itself one ("the main reason Romania does not recognise … remains
// …"): under "The reason the sources give:" the line said "reason" twice (re-check 9, N3).
const NAMES_ITSELF = /^…?\s*["“]?the (?:[\p{L}-]+ )?reasons?\b/iu;

/**
 * The words before a lead's reasons: "The reason the sources give:" (or "Reasons …"), or "The
 * sources say:" when a reason's own words already call it the reason.
 */
export function reasonsLabel(reasons: readonly Pick<Reason, 'text'>[]): string {
  if (reasons.some((r) => NAMES_ITSELF.test(r.text))) return 'The sources say:';
  return reasons.length === 1 ? 'The reason the sources give:' : 'Reasons the sources give:';
}

/**
 * How the latest statement is placed in time: by its own date; by a qualifier the source gives
 * ("after August 2012": later than anything within August 2012); or, with no date at all, by its
 * source telling it in the same paragraph after a placed statement (`after`), which it follows.
 */
export type Placement =
  { kind: 'dated' } | { kind: 'qualified' } | { kind: 'told-after'; after: Position };

export interface LatestStatement {
  position: Position;
  placement: Placement;
}

/** Where a statement's words start in its first source line, -1 when unknown. */
export type OffsetInLine = (position: Position) => number;

// Qualifiers that place a statement later than their date; "before" and "as of" do not.
const LATER_THAN = new Set(['after', 'since']);

// A paragraph's order is its events' order unless a statement says it went before: a pluperfect
// main verb ("The assembly had issued a statement …") or a word that turns back ("Earlier, …").
// The verb is looked for before any "that", whose clause is what was said ("stated that the
// minister had been misread" is told in order).
const TURNS_BACK = /\b(?:earlier|previously|before that|prior to that)\b/i;
const PLUPERFECT = /\bhad\s+(?!to\b)(?:\w+\s+)?\w+(?:ed|en|ne|wn|ght|t)\b/i;
const toldAsEarlier = (text: string): boolean =>
  TURNS_BACK.test(text) || PLUPERFECT.test(text.split(/\bthat\b/)[0]!);

/**
 * The actor's latest statement (pages review 7, finding 6: Mali's only statement, its denial, is
 * placed "after August 2012" and was missing from its lead). Ordered by date; a statement with no
 * date of its own but one its source places later than a date ("after August 2012") comes after
 * everything within that date; an act (stated, quoted, reported) with neither, told in the same
 * paragraph after a placed statement, comes right after that one: a paragraph tells its events in
 * order (unless the statement says it went before), across paragraphs nothing is known. Ties go by source order. A description or analysis
 * needs a date of its own: it tells a stance, not when one was taken.
 */
export function latestStatement(
  positions: readonly Position[],
  offsetInLine: OffsetInLine = () => -1,
): LatestStatement | undefined {
  type Placed = { position: Position; placement: Placement; key: string; rank: number };
  const placed: Placed[] = [];
  for (const p of positions) {
    if (p.date)
      placed.push({ position: p, placement: { kind: 'dated' }, key: sortKey(p.date), rank: 0 });
    else if (isAct(p) && p.qualifiedDate && LATER_THAN.has(p.qualifiedDate.qualifier))
      placed.push({
        position: p,
        placement: { kind: 'qualified' },
        key: sortKey(p.qualifiedDate.date, 'end'),
        rank: 1,
      });
  }
  const sameParagraph = (a: Position, b: Position) =>
    a.sources[0] !== undefined &&
    b.sources[0] !== undefined &&
    a.sources[0].source === b.sources[0].source &&
    a.sources[0].line === b.sources[0].line;
  const toldBefore = (a: Position, b: Position) =>
    offsetInLine(a) >= 0 && offsetInLine(b) >= 0 && offsetInLine(a) < offsetInLine(b);
  const anchors = [...placed];
  for (const p of positions) {
    if (p.date || p.qualifiedDate || !isAct(p) || toldAsEarlier(p.text)) continue;
    // The placed statement told last before it in its paragraph.
    const before = anchors
      .filter((q) => sameParagraph(q.position, p) && toldBefore(q.position, p))
      .sort((a, b) => offsetInLine(a.position) - offsetInLine(b.position))
      .at(-1);
    if (before)
      placed.push({
        position: p,
        placement: { kind: 'told-after', after: before.position },
        key: before.key,
        rank: before.rank + 0.5,
      });
  }
  const order = (a: Placed, b: Placed) =>
    a.key.localeCompare(b.key) ||
    a.rank - b.rank ||
    (sameParagraph(a.position, b.position)
      ? offsetInLine(a.position) - offsetInLine(b.position)
      : 0) ||
    a.position.id.localeCompare(b.position.id);
  const last = placed.sort(order).at(-1);
  return last && { position: last.position, placement: last.placement };
}

/**
 * When the lead says its latest statement was made: its date ("March 2014"), its qualifier
 * ("after August 2012"), or the statement its source tells before it ("undated; the source tells
 * it after the statement of 29 March 2008"), never a date the source does not give.
 */
export function latestWhen(latest: LatestStatement): string {
  const { position, placement } = latest;
  const qualified = (p: Position) =>
    p.qualifiedDate
      ? `${p.qualifiedDate.qualifier} ${formatPartialDate(p.qualifiedDate.date)}`
      : '';
  if (placement.kind === 'told-after') {
    const after = placement.after;
    return after.date
      ? `undated; the source tells it after the statement of ${formatPartialDate(after.date)}`
      : `undated; the source tells it after the statement placed ${qualified(after)}`;
  }
  return placement.kind === 'qualified' ? qualified(position) : statementWhen(position);
}

/**
 * The label over a lead's latest statement, as a person writes it (pages review 8, finding 7: not
 * "undated, told after the February 2008 statement (Argentine delegation)"): "Latest statement,
 * by the government spokesman: undated; the source tells it after the statement of 29 March 2008."
 */
export function latestLabel(
  latest: LatestStatement,
  by: string | null,
  follows: string | null = null,
  jointWith: string | null = null,
): string {
  const head = latest.placement.kind === 'dated' ? 'Latest dated statement' : 'Latest statement';
  // An act the page's actor does with others as one subject is its own, told as joint ("jointly
  // with Russia and India"), not as theirs alone (pages review 10, #1).
  const joint = jointWith ? `, jointly with ${jointWith}` : '';
  // A body or a role without a name is "the" one: "by the Argentine delegation" (re-check 8, #6).
  return `${head}${by ? `, by ${articleFor(by)}${by}` : ''}${joint}: ${latestWhen(latest)}${follows ? `, ${follows}` : ''}.`;
}

/**
 * Whose telling a lead's words are: the source's. A statement's text is its source's sentence, an
 * act told or a stance described in the source's own narration; set in quotation marks after a
 * speaker's name it read as that speaker's words (pages review 8, finding 7). Only the words the
 * source itself quotes, inside that sentence, keep their marks.
 */
export function toldBy(sourceTitle: string): string {
  return `${sourceTitle} says:`;
}

/**
 * The site's own pointer to the statement a lead's latest statement leans on, a clause of the
 * label (latestLabel) before "<source> says:", so that only the source's words follow it and the
 * label reads as one sentence: "…: October 2009, following the statement by Erato
 * Kozakou-Marcoullis, Cypriot Foreign Minister, of 11 February 2008." Printed after "says:" it
 * read as the article's words (re-check 8, finding 3); as a sentence of its own between a label and
 * a quote cut with "…", the lead was a list of parts (re-check 8, #5 of the brief's list: Cyprus).
 */
export function leanedOnLabel(by: string, when: string | null): string {
  return `following the statement by ${articleFor(by)}${by}${when ? `, of ${when}` : ''}`;
}

// Words that stand for something said before them: a pronoun anywhere in the first clause, a
// demonstrative only as its first word ("stated that" is no pointer).
const POINTING_WORD = /^(?:it|its|he|him|his|she|her|they|them|their)$/i;
const POINTING_OPENER = /^(?:this|these|that|those|such)\b/i;
// A definite noun a reader knows without being told which: a role or a body ("the government
// spokesman", "the prime minister"), unique where the page's actor is.
const ROLE_OR_BODY =
  /^(?:government|ministry|minister|president|prime|foreign|spokes(?:man|woman|person)|delegation|authorities|parliament|assembly|council|office|embassy|ambassador|police|army|court|head|king|queen)$/;

/**
 * Whether a lead's first words point back at something they do not introduce (re-check 8, #6:
 * Georgia's "The printed publication of the interview elicited demands … to impeach him"): its
 * first clause holds a pronoun ("him", "it", "this"), or it opens with a definite "the <noun>" that
 * is no role or body. A reader of the first screen has nothing before them to resolve it with.
 */
export function pointsBack(text: string): boolean {
  const words = text.replace(/^[\s…]+/, '');
  const clause = words.split(/[,;:]|\s(?:and|but|while|which)\s/)[0]!;
  if (POINTING_OPENER.test(clause)) return true;
  // A pronoun after a name in the same clause ("Ann Smith said her …") has it to point at.
  for (const [i, word] of clause.split(/\s+/).entries()) {
    if (POINTING_WORD.test(word.replace(/[^\p{L}]/gu, ''))) return true;
    if (i > 0 && /^\p{Lu}/u.test(word)) break;
  }
  const definite = /^[Tt]he\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u.exec(clause);
  return definite !== null && !definite[1]!.split(/\s+/).some((word) => ROLE_OR_BODY.test(word));
}

/**
 * The sentence of a source line told just before the one that holds `words` (their first six
 * words, compared as words), to set before a lead whose first words point back (pointsBack); null
 * when `words` open the line or are not found in it: nothing is guessed.
 */
export function sentenceBefore(lineText: string, words: string): string | null {
  const opening = wordsOf(words.replace(/^[\s…]+/, ''))
    .split(' ')
    .slice(0, 6)
    .join(' ');
  if (!opening) return null;
  const sentences = splitSentences(squashSpace(lineText));
  const at = sentences.findIndex((s) => ` ${wordsOf(s)} `.includes(` ${opening} `));
  return at > 0 ? sentences[at - 1]!.trim() : null;
}
