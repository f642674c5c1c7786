/**
 * Statements that do not stand alone: a clause cut from its sentence ("after which Kosovo imposed
 * …", "Russia, which has blocked …") or a sentence opening mid-thought ("Secondly, …", "Their
 * replacements …"). The ingest records the sentence each leans on (`Position.context`,
 * src/ingest/statementContext.ts); what is left here is how a page shows it: a statement's card
 * puts the words it leans on before it, dimmed, and a list of openings marks it with "…".
 */
import type { Position } from '../../schemas';
import { opensMidThought } from '../../ingest/statementContext';
import { cutAtWord } from './wordCut';
import { squashSpace } from '../../shared/text';

type Leaning = Pick<Position, 'text' | 'context'>;

/**
 * Whether a statement leans on words its own text does not carry: it has a context, or it starts
 * in lower case or mid-thought where its source has no sentence before it (it opens its section).
 */
export const leansOn = (p: Leaning): boolean =>
  (p.context !== null && !startsItsSentence(p)) ||
  /^\p{Ll}/u.test(p.text) ||
  opensMidThought(p.text);

/**
 * The statement's words that stand in the sentence it was cut from (`enclosing`): all of them when
 * it is cut from that one sentence; its last sentences when it is told over several and only the
 * last is cut ("In September 2020, … agreed … . Serbia also agreed … for one year" of "Serbia also
 * agreed …, while Kosovo agreed …"); null when neither.
 */
function ownInContext(p: Leaning): { words: string; startsStatement: boolean } | null {
  if (p.context?.kind !== 'enclosing') return null;
  const text = squashSpace(p.text);
  const sentence = squashSpace(p.context.text);
  const opening = (s: string) => s.split(' ').slice(0, 6).join(' ');
  if (sentence.includes(opening(text))) return { words: text, startsStatement: true };
  const at = text.indexOf(opening(sentence));
  return at > 0 ? { words: text.slice(at), startsStatement: false } : null;
}

/** Whether a statement cut from its sentence (`enclosing`) is that sentence's start. */
function startsItsSentence(p: Leaning): boolean {
  const own = ownInContext(p);
  if (!own || p.context?.kind !== 'enclosing') return false;
  return !own.startsStatement || squashSpace(p.context.text).startsWith(opening6(own.words));
}

const opening6 = (text: string) => text.split(' ').slice(0, 6).join(' ');

/**
 * The words of the sentence a statement was cut from (`enclosing`) after its own last word ("…
 * closed its embassy" of "…, after a firm dropped leaflets over the capital."), about `max`
 * characters of them (phraseCut); null when it ends its sentence or its words are not in it.
 */
export function wordsAfter(p: Leaning, max = 64): string | null {
  if (p.context?.kind !== 'enclosing') return null;
  const sentence = squashSpace(p.context.text);
  const own = (ownInContext(p)?.words ?? squashSpace(p.text)).replace(/[\s.,;:]+$/, '');
  const at = own ? sentence.indexOf(own) : -1;
  const rest = at >= 0 ? sentence.slice(at + own.length).trimStart() : '';
  if (!/[\p{L}\p{N}]/u.test(rest)) return null;
  return phraseCut(rest, max);
}

// Where a clause or phrase ends inside a sentence: before a comma, semicolon or colon, or before
// a conjunction that opens the next one.
const PHRASE_END = /[,;:](?=\s)|\s(?=(?:and|but|or|while|whilst|which|who)\s)/g;
/**
 * The opening of the words after a cut statement, as a reader can take them in (re-check 7, N2):
 * whole when at most `max` characters, or at most half as long again when no phrase ends sooner;
 * else up to the last clause end within `max` (a comma or semicolon, else "and"), or the
 * first within half as much again; only with none, at a word, never after a word that needs the
 * next ("was not", "membership of"). A cut is marked "…".
 */
export function phraseCut(rest: string, max = 64): string {
  if (rest.length <= max) return rest;
  // An end before half the room leaves the reader a few words that say nothing ("in this
  // competition …").
  const found = [...rest.matchAll(PHRASE_END)].filter((m) => m.index >= max / 2);
  const ends = found.map((m) => m.index);
  // A comma or semicolon ends a clause; "and" may join two verbs of one ("which conducted and
  // published"), so it is taken only where no punctuation is.
  const marked = found.filter((m) => /^[,;:]/.test(m[0]) && m.index <= max).at(-1)?.index;
  const within = marked ?? ends.filter((i) => i <= max).at(-1);
  if (within !== undefined) return `${rest.slice(0, within)} …`;
  if (rest.length <= max * 1.5) return rest;
  const past = ends.find((i) => i <= max * 1.5);
  if (past !== undefined) return `${rest.slice(0, past)} …`;
  return `${cutAtWord(rest, max, true).replace(/[\s,;:]+$/, '')} …`;
}

/** The mark a list of openings puts after a statement cut before its sentence ends. */
export const cutMark = (p: Leaning): string =>
  wordsAfter(p) !== null && !/…$/.test(p.text.trim()) ? ' …' : '';

/** The mark a list of openings puts before a statement that leans on what it does not show. */
export const continuationMark = (p: Leaning): string => (leansOn(p) ? '… ' : '');

/**
 * The words of `sentence` before the statement cut from it (`statement`, its own words), the last
 * `max` characters at most, from a word's start; null when its first words are not in the
 * sentence or nothing but punctuation stands before them.
 */
export function wordsBefore(sentence: string, statement: string, max = 110): string | null {
  const opening = squashSpace(statement).split(' ').slice(0, 6).join(' ');
  const at = opening ? squashSpace(sentence).indexOf(opening) : -1;
  const words = at > 0 ? squashSpace(sentence).slice(0, at).trim() : '';
  if (!/[\p{L}\p{N}]/u.test(words)) return null;
  return closingWords(words, max);
}

// Openers and the closers that pair with them; a straight quote closes itself.
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '‘': '’' };
const CLOSERS = new Set(Object.values(PAIRS));
const OPENER_OF = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/**
 * Where a tail of `text` starting at `from` would open inside a pair it does not hold the opening
 * of (a bracket, a quotation): the offset just after that pair closes, or -1 when nothing in the
 * tail closes what it did not open. A straight double quote is open at `from` when an odd number
 * of them stand before it.
 */
function pastOpenPair(text: string, from: number): number {
  const open: string[] = [];
  let straight = (text.slice(0, from).match(/"/g)?.length ?? 0) % 2 === 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (straight && !open.includes('"')) return i + 1;
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
      straight = false;
    } else if (ch === '’' && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) {
      // An apostrophe inside a word ("Serbia’s") closes no quotation.
      continue;
    } else if (PAIRS[ch]) open.push(PAIRS[ch]!);
    else if (CLOSERS.has(ch)) {
      if (open.at(-1) !== ch) return i + 1;
      open.pop();
    }
  }
  return -1;
}

// A name closed by a comma and followed by its clause's next word ("Hashim Thaçi, stated …"),
// and a role that opens the phrase before it ("the president of Kosovo,"): the name is in
// apposition to that role.
const CLOSED_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’.-]*,\s+\p{Ll}/u;
const ROLE_OPENER = /^(?:the|its|his|her|their|a|an)\s+\p{Ll}/u;

/**
 * Where a tail of `whole` that would start at `start` should start so as not to open on a name cut
 * off its apposition (re-check 9, N5: "… Hashim Thaçi, stated on Twitter …" left out "the
 * president of Kosovo," and kept the comma that closed it): at the role, when the tail then stays
 * within twice `max`; else where it was.
 */
function pastApposition(whole: string, start: number, max: number): number {
  const tail = whole.slice(start).replace(/^\s+/, '');
  if (!CLOSED_NAME.test(tail)) return start;
  const comma = whole.lastIndexOf(',', start - 1);
  if (comma < 0 || /\S/.test(whole.slice(comma + 1, start).trim())) return start;
  // The phrase before the name's opening comma, from the clause boundary before it.
  const boundary = Math.max(
    whole.lastIndexOf(', ', comma - 1),
    whole.lastIndexOf('; ', comma - 1),
    whole.lastIndexOf(': ', comma - 1),
  );
  const roleAt = boundary < 0 ? 0 : boundary + 2;
  const role = whole.slice(roleAt, comma);
  if (!ROLE_OPENER.test(role) || whole.length - roleAt > max * 2) return start;
  return roleAt;
}

/**
 * The end of a sentence a statement leans on, at most about `max` characters, with "…" before it:
 * "This stance …", "It …" point at what the sentence before says last, so its end is what a reader
 * needs. It starts after a clause boundary (a comma, semicolon, colon or dash) when one leaves at
 * least a third of the room, else at a word; never inside a bracket or a quotation whose opening
 * it leaves out. The one cut every page uses (a card and a lead), so both read the same.
 */
export function closingWords(text: string, max = 120): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return whole;
  const from = whole.length - max;
  const window = whole.slice(from);
  const clause = [...window.matchAll(/[,;:](?=\s)|\s[–—]\s/g)].find(
    (m) => window.length - m.index - m[0].length >= max / 3,
  );
  let start = clause ? from + clause.index + clause[0].length : from + window.search(/(?<=\s)\S/);
  start = pastApposition(whole, start, max);
  for (let past = pastOpenPair(whole, start); past >= 0 && past < whole.length;) {
    // A quotation is taken in whole when that stays short (a quoted stance is what "This stance"
    // points at); a bracket is an aside, started after.
    const closer = whole[past - 1]!;
    const opener =
      closer === '"' ? '"' : closer === '”' || closer === '’' ? OPENER_OF[closer]! : '';
    const at = opener ? whole.lastIndexOf(opener, start - 1) : -1;
    if (at >= 0 && whole.length - at <= max * 1.6) {
      start = at;
      break;
    }
    start = past;
    past = pastOpenPair(whole, start);
  }
  const tail = whole.slice(start).replace(/^[\s,;:–—]+/, '');
  // Nothing left after a pair that runs to the end: the word cut, pairs and all, says more.
  if (!/[\p{L}\p{N}]/u.test(tail)) return `… ${window.slice(window.search(/(?<=\s)\S/))}`;
  return `… ${tail}`;
}

/**
 * What a statement's card and a page's lead show, dimmed, before the statement, from the sentence
 * it leans on in the source (`context`): the words before it in the sentence it was cut from
 * ("However, the process of normalisation stalled in November 2018," before "after which Kosovo
 * imposed …"); the sentence before one that opens mid-thought, its end when long ("This", "It"
 * point at what it says last; closingWords, one cut for the card and the lead); "…" for one that
 * leans on words its source does not give; null for a statement that stands alone.
 */
export function antecedentWords(p: Pick<Position, 'text' | 'context'>): string | null {
  if (p.context?.kind === 'enclosing')
    return (
      wordsBefore(p.context.text, ownInContext(p)?.words ?? p.text) ?? (leansOn(p) ? '…' : null)
    );
  if (p.context?.kind === 'preceding') return closingWords(p.context.text);
  return leansOn(p) ? '…' : null;
}

/** A text as its words alone, lower-case, for comparing two tellings of one sentence. */
export const wordsOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const openingOf = (text: string) =>
  text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ');

/**
 * The statement among `shown` (those whose cards are on the same page) whose words `p` leans on:
 * its opening words stand in the sentence before `p` (`preceding`), or before `p` in the sentence
 * `p` was cut from (`enclosing`), in the same source. A card then points at that card instead of
 * repeating its words ("Lukashenko also fired …" is its own card, and the sentence "Their
 * replacements …" leans on); of two in that sentence, the later; null when none is shown.
 */
export function leanedOnStatement<T extends Pick<Position, 'id' | 'text' | 'sources'>>(
  p: Leaning & Pick<Position, 'id'>,
  shown: readonly T[],
): T | null {
  const context = p.context;
  if (!context) return null;
  const sentence = context.text.replace(/\s+/g, ' ').trim();
  const own = sentence.indexOf(openingOf(p.text));
  const before = context.kind === 'enclosing' ? sentence.slice(0, Math.max(own, 0)) : sentence;
  if (!/[\p{L}\p{N}]/u.test(before)) return null;
  // Of two statements in that sentence, the later: "This", "However" lean on what it says last.
  let found: T | null = null;
  let at = -1;
  // A card told over several sentences holds the one leaned on without opening in it (Belarus's
  // "… negated … . They stated that … illegal …", leaned on by "This position aligns …").
  const holds = (q: T) =>
    context.kind === 'preceding' && wordsOf(q.text).includes(wordsOf(before)) ? 0 : -1;
  for (const q of shown) {
    const where = q.id === p.id ? -1 : Math.max(before.indexOf(openingOf(q.text)), holds(q));
    if (where > at && q.sources.some((r) => r.source === context.source)) {
      found = q;
      at = where;
    }
  }
  return found;
}

/**
 * The statement among `shown` that carries on the sentence `p` was cut from before its end: its
 * opening words stand in the rest of that sentence ("…, and Greece has not recognized Kosovo" is
 * its own card). A card then points at it rather than telling the rest twice; of two, the first.
 */
export function continuedByStatement<T extends Pick<Position, 'id' | 'text' | 'sources'>>(
  p: Leaning & Pick<Position, 'id'>,
  shown: readonly T[],
): T | null {
  const rest = wordsAfter(p, Infinity);
  if (!rest || p.context === null) return null;
  const source = p.context.source;
  let found: T | null = null;
  let at = Infinity;
  // Compared as words: one article tells a sentence twice with its commas and hyphens moved
  // ("and through" on one line, "and, through" on another).
  const restWords = wordsOf(rest);
  for (const q of shown) {
    const where = q.id === p.id ? -1 : restWords.indexOf(wordsOf(openingOf(q.text)));
    if (where >= 0 && where < at && q.sources.some((r) => r.source === source)) {
      found = q;
      at = where;
    }
  }
  return found;
}

type Card = Pick<Position, 'id' | 'text' | 'sources' | 'context'>;

/**
 * What stands beside a card for the words it leans on, or for the rest of its sentence: the
 * words themselves, dimmed, or a pointer to the card of this page that shows them.
 */
export type Join<T extends Card> =
  | { kind: 'words'; words: string }
  | {
      kind: 'pointer';
      card: T;
      below: boolean;
      /**
       * For a clause cut from inside its sentence: "…" and the linking words between the card
       * pointed at and this one ("…although", "…and,").
       */
      link?: string;
      /**
       * The card's own words left to show after the pointer, when its opening words are ones the
       * card pointed at prints in full (sharedOpening).
       */
      own?: string;
    };

// At most this many words may join a clause to the card before it ("although", "and,").
const MAX_LINK_WORDS = 3;

// A rest of a sentence that fits wordsAfter's room whole is shown whole.
const REST_ROOM = 64;

const bare = (text: string) => squashSpace(text).replace(/[\s.,;:]+$/, '');

/**
 * Whether a card shows a sentence through to its end: its text holds the sentence, or it is the
 * sentence's last clause, shown after the sentence's words before it ("This stance", "However"
 * lean on what a sentence says last).
 */
function showsEnd(card: Card, sentence: string): boolean {
  const whole = bare(sentence);
  if (wordsOf(card.text).includes(wordsOf(whole))) return true;
  if (card.context?.kind !== 'enclosing' || bare(card.context.text) !== whole) return false;
  // Its own words end the sentence, or the rest after them is shown whole after them: Serbia's
  // "Serbia has resisted …, with the backing of Russia" shows ", which advocates … integrity."
  const rest = wordsAfter(card, REST_ROOM);
  return whole.endsWith(bare(card.text)) || (rest !== null && rest === wordsAfter(card, Infinity));
}

/**
 * The words between `card` and `p` when `card` shows all the words `p` leans on but those (null
 * when it does not): "" for a sentence leaned on to its end; a plain "and" before a card that
 * opens as a sentence (no word of either, see cardJoins); for a clause cut from inside its sentence
 * ("the two countries have …"), the few words that join it ("although"), which its card keeps.
 * Compared as words, so one sentence told on two lines with a comma moved still matches.
 */
function linkAfter(card: Card, p: Card): string | null {
  const context = p.context!;
  if (context.kind === 'preceding') return showsEnd(card, context.text) ? '' : null;
  const sentence = squashSpace(context.text);
  const own = sentence.indexOf(openingOf(p.text));
  if (own <= 0) return null;
  const before = sentence.slice(0, own).trim();
  const needed = wordsOf(before);
  const shown = wordsOf(card.text);
  if (shown.includes(needed)) return '';
  if (!needed.startsWith(`${shown} `)) return null;
  const link = needed.slice(shown.length).trim().split(' ');
  if (/^\p{Ll}/u.test(p.text)) {
    if (link.length > MAX_LINK_WORDS) return null;
    return before
      .split(/\s+/)
      .slice(-link.length)
      .join(' ')
      .replace(/^[,;:–—]+/, '');
  }
  return link.length === 1 && link[0] === 'and' ? '' : null;
}

/**
 * The one choice between a card's own context words and a pointer to another card of its page
 * (`cards`, in the order the page shows them), for the words before it and after it. A card must
 * read as English a person would write (re-check 7, N1): a statement cut from inside its sentence
 * ("although the two countries …", "which has blocked …") never opens a card lower-case and keeps
 * its linking word: it shows the words before it, or, when a card above shows them, points at
 * that card and goes on after "…" and the linking word (beforeJoin); otherwise words another card of the page
 * shows (a sentence leaned on, to its end; the rest of a cut sentence, which that card begins
 * exactly) are pointed at, however short, never repeated (pages review 8, findings 2–3: Greece
 * showed one sentence in three of four cards); never on the page's first card; "below" when the
 * card pointed at comes later.
 */
export function cardJoins<T extends Card>(
  p: T,
  cards: readonly T[],
): { before: Join<T> | null; after: Join<T> | null } {
  const index = (q: T) => cards.findIndex((c) => c.id === q.id);
  const first = cards[0]?.id === p.id;
  const pointer = (card: T): Join<T> => ({ kind: 'pointer', card, below: index(card) > index(p) });
  const words = (text: string | null): Join<T> | null =>
    text === null ? null : { kind: 'words', words: text };

  const before = beforeJoin(p, cards);
  let after = words(wordsAfter(p, REST_ROOM));
  const continued = continuedByStatement(p, cards);
  const rest = wordsAfter(p, Infinity)?.replace(/^[\s,;:–—]+/, '') ?? '';
  // A plain "and" before a card that opens as a sentence of its own ("…, and Greece has not
  // recognized …") adds nothing the pointer loses; "although" or "but" would, so they stay.
  const opens = (card: T) => squashSpace(card.text).split(' ').slice(0, 6).join(' ');
  // A clause cut from inside the sentence ("although the two countries …") that points back here
  // shows its linking words itself, so nothing is lost.
  const pointsBack = (card: T) => {
    const back = /^\p{Ll}/u.test(card.text) ? beforeJoin(card, cards) : null;
    return back?.kind === 'pointer' && back.card.id === p.id;
  };
  // On the page's first card too when the card continuing it points back here: each then shows
  // its own words once (pages review 9, #4: Transnistria's first card printed the ministry's words
  // that the next card prints).
  if (
    continued &&
    (pointsBack(continued) ||
      (!first &&
        (rest.startsWith(opens(continued)) ||
          (/^\p{Lu}/u.test(continued.text) &&
            rest.replace(/^and\s+/, '').startsWith(opens(continued))))))
  )
    after = pointer(continued);
  // The rest of its sentence is words another card of the page prints as its own (Jahjaga's
  // meeting "…, who stated that he will continue …", Al-Nasser's own card): pointed at, since
  // that card shows those very words.
  if (after?.kind === 'words' && p.context) {
    const source = p.context.source;
    const start = wordsOf(openingOf(rest));
    const shower = cards.find(
      (q) =>
        q.id !== p.id &&
        start.split(' ').length >= 4 &&
        q.sources.some((r) => r.source === source) &&
        wordsOf(q.text).includes(start),
    );
    if (shower) after = pointer(shower);
  }
  const shared = sharedOpening(p, cards);
  // As for words leaned on, the page's first card points at no card below it.
  if (shared && !(first && index(shared.card) > index(p))) {
    const card = shared.card;
    const below = index(card) > index(p);
    return { before: { kind: 'pointer', card, below, link: '…', own: shared.own }, after };
  }
  return { before, after };
}

// Fewer shared words than this are a phrase two tellings may share, not one telling printed twice.
const MIN_SHARED_WORDS = 6;

/**
 * The card of the page that prints, as its own words, the opening of `p`'s own text up to a
 * sentence or clause end, and the words of `p` left after it (pages review 9, #4: Al-Nasser's card
 * opened on "the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser,"
 * that Jahjaga's card prints; Jagland's on Haxhinasto's "Haxhinasto added that …" sentence; Ban
 * Ki-moon's on Jeremić's quote). Of the longest such opening, the first card; null when none, or
 * when the two cards open alike and `p` comes first (the later one gives way).
 */
function sharedOpening<T extends Card>(p: T, cards: readonly T[]): { card: T; own: string } | null {
  const text = squashSpace(p.text);
  const ends = [...text.matchAll(/[.,;:!?]["”’]?(?=\s+\S)/g)]
    .map((m) => m.index + m[0].length)
    .reverse();
  const index = (q: T) => cards.findIndex((c) => c.id === q.id);
  for (const end of ends) {
    const opening = wordsOf(text.slice(0, end));
    if (opening.split(' ').length < MIN_SHARED_WORDS) return null;
    const own = text.slice(end).trim();
    if (!/[\p{L}\p{N}]/u.test(own)) continue;
    const card = cards.find(
      (q) =>
        q.id !== p.id &&
        q.sources.some((r) => p.sources.some((s) => s.source === r.source)) &&
        wordsOf(q.text).includes(opening) &&
        // Two cards that each print the other's opening would each leave it out; of two that open
        // alike, the later gives way.
        (wordsOf(q.text).startsWith(opening)
          ? index(q) < index(p)
          : !wordsOf(text).includes(wordsOf(openingOf(q.text)))),
    );
    if (card) return { card, own };
  }
  return null;
}

/**
 * What stands before a card (cardJoins): its words before, or a pointer to the card of the page
 * that shows them all. A clause cut from inside its sentence points only at a card above it, and
 * keeps its linking words after the pointer and an ellipsis ("Follows “The Government of Serbia
 * …”: …although the two countries …"): one sentence cut in two cards showed its first half twice (re-check 8, #2 and
 * #5: Serbia's line 3, and its February and March 2023 cards). Never on the page's first card.
 */
function beforeJoin<T extends Card>(p: T, cards: readonly T[]): Join<T> | null {
  const antecedent = antecedentWords(p);
  const words: Join<T> | null = antecedent === null ? null : { kind: 'words', words: antecedent };
  if (cards[0]?.id === p.id) return words;
  const leaned = leanedOnStatement(p, cards);
  if (!leaned) return words;
  const link = linkAfter(leaned, p);
  if (link === null) return words;
  const index = (q: T) => cards.findIndex((c) => c.id === q.id);
  const below = index(leaned) > index(p);
  if (/^\p{Ll}/u.test(p.text)) {
    if (below) return words;
    // Its words start inside a sentence, so they follow an ellipsis, as a part of a sentence
    // quoted on its own does (quotedPart): never a lower-case opening after the pointer (N1).
    return { kind: 'pointer', card: leaned, below, link: `…${link}` };
  }
  return { kind: 'pointer', card: leaned, below };
}

/**
 * The card of the page that shows all of `p`'s words, so that `p` is not shown again: a clause cut
 * from inside the same sentence of the same source line whose card shows the words before it
 * (beforeJoin) and they hold `p`'s whole text (Serbia's first card shows line 3 whole, and its
 * third card showed the sentence's first half again). `p`'s card is then left out and its ids
 * stand on that card, so its `#anchors` still land where its words are. Only a card that tells it
 * the same way (voice and date) takes it in; null when none does.
 */
export function foldedInto<T extends Card & Pick<Position, 'voice' | 'date'>>(
  p: T,
  cards: readonly T[],
): T | null {
  const line = p.sources[0];
  if (!line) return null;
  const own = wordsOf(p.text);
  for (const card of cards) {
    const context = card.context;
    if (
      card.id === p.id ||
      context?.kind !== 'enclosing' ||
      context.source !== line.source ||
      context.line !== line.line ||
      !/^\p{Ll}/u.test(card.text) ||
      card.voice !== p.voice ||
      JSON.stringify(card.date) !== JSON.stringify(p.date)
    )
      continue;
    const before = beforeJoin(card, cards);
    if (before?.kind === 'words' && wordsOf(before.words).includes(own)) return card;
  }
  return null;
}

/**
 * `list` with each card of no date of its own moved to just after the card of the list it follows
 * (the one it leans on, leanedOnStatement, or whose words open it, sharedOpening) when that card
 * came later (pages review 9, #13: Serbia's "In return, Serbia often aligns itself …" stood
 * above "Serbia has resisted Western pressure …", which it follows, with "(see below)"). A dated
 * card keeps its place: its date orders it, as does a card that shows the words of the card it
 * follows, which is then left out (foldedInto). Otherwise the order is kept. `after`: the cards the
 * page shows after the list.
 */
export function inReadingOrder<T extends Card & Pick<Position, 'date' | 'voice'>>(
  list: readonly T[],
  after: readonly T[] = [],
): T[] {
  const at = new Map(list.map((p, i) => [p.id, i]));
  const waiting = new Map<string, T[]>();
  const deferred = new Set<string>();
  for (const [i, p] of list.entries()) {
    if (p.date !== null) continue;
    const leader = leanedOnStatement(p, list) ?? sharedOpening(p, list)?.card ?? null;
    if (!leader || (at.get(leader.id) ?? -1) <= i) continue;
    // A card that shows its leader's words whole, the leader left out (foldedInto), stays: it
    // is the sentence told once (Serbia's line 3).
    if (foldedInto(leader, list)?.id === p.id) continue;
    waiting.set(leader.id, [...(waiting.get(leader.id) ?? []), p]);
    deferred.add(p.id);
  }
  const ordered: T[] = [];
  const place = (p: T) => {
    ordered.push(p);
    for (const q of waiting.get(p.id) ?? []) place(q);
  };
  for (const p of list) if (!deferred.has(p.id)) place(p);
  // A card that would come first in its place of one leaning on a card of the lists `after` it
  // shows those words whole (a page's first card points at nothing below it, cardJoins): France's
  // "It has played …" repeated "France recognized Kosovo …" in full. The order is kept then.
  const top = ordered[0];
  if (top && top !== list[0]) {
    const leaned = leanedOnStatement(top, [...list, ...after]);
    if (leaned && after.includes(leaned)) return [...list];
  }
  return ordered;
}
