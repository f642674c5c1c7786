import nlp from 'compromise';
import { findDates, findYearlessDates, inYear, type FoundDate } from './dates';
import { numberWord } from './numberWords';
import { escapeRegExp } from '../../shared/text';
import { splitSentences } from './quotes';
import { doubleQuotedSpans } from '../../shared/quotes';
import {
  clauseStart,
  isGivenName,
  isPersonalName,
  mainClause,
  nameIsVerbObject,
  verbForm,
} from './statement/mainClause';
import { REFERS_BACK_TO_ACT } from './statement/refersBack';
import { nominalActAgent } from './statement/nominalActs';
import { tellsPastAct } from './statement/pastAct';
import { listedItemDate } from './statement/colonList';
import { isNounUse, SPEECH_VERB_WORDS } from './statement/speechVerbs';
import { alternation, BODIES, OFFICES, subset } from './statement/offices';

type Qualifier = 'after' | 'before' | 'since' | 'until' | 'by' | 'as of';

/** The date a sentence gives itself: its own, one it is placed relative to, or one resolved from "a year later". */
export interface SentenceDate {
  date: string | null;
  qualified: { qualifier: Qualifier; date: string } | null;
  /** The relative phrase `date` was resolved from, when it was. */
  relative: string | null;
}

export interface StatementPiece extends SentenceDate {
  text: string;
  /** Indices of the sentences (in the input order) the piece holds. */
  sentences: number[];
}

// A date within the opening words marks the start of a new dated statement ("In 2022, …").
const OPENING = 60;
const QUALIFIER =
  /\b(after|before|since|until|till|by|following|as of)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|the\s+|early\s+|late\s+|mid-?)?$/i;
// "Kosovo's 2008 unilateral declaration", "the subsequent March 17, 2008 attack": a date used as an
// adjective names when something else happened, not when the statement was made. After a
// preposition ("In a 3 December 2009 hearing") it does date the statement; opening the sentence
// ("A leaked 2009 cable states …") it dates the document, not the act it tells.
const ATTRIBUTIVE_BEFORE =
  /(?:['’]s|\b(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)(?:\s+(?!(?:in|on|at|by|during|since|from|until|after|before)\b)[\p{Ll}-]+)?)\s+$/u;
const PREPOSITION_THEN_ARTICLE =
  /\b(?:in|on|at|during|by|from|of|for)\s+(?:the|a|an|its|their)\s+$/i;
// "following the position adopted in 1997, the EU adopted …": a participle after a noun that a
// preposition governs dates that noun's background, not the clause's act.
const PARTICIPLE_AFTER_NOUN =
  /\b(?:[Ff]ollowing|[Aa]fter|[Bb]efore|[Nn]oting|of|[Ii]n|to|[Ww]ith|[Ff]or|[Ff]rom|[Uu]nder|[Aa]gainst|[Ss]ince|[Dd]espite)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+(?:ed|en|held|made|set|won)\s+(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?$/u;
const OCCASION_OPENING = /^(?:In|At|During)\s/;
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
function isAttributive(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  const from = Math.max(0, index - 80);
  const participle = PARTICIPLE_AFTER_NOUN.exec(sentence.slice(from, index));
  // "In a survey published in March 2019, the institute found …": a noun that opens the sentence
  // under "In", "At" or "During" is the occasion the act took place in, so its date is the act's.
  if (participle && !(from + participle.index === 0 && OCCASION_OPENING.test(participle[0])))
    return true;
  // "the 2014 World Judo Championships", "the 2018 FIFA World Cup": a year in a name.
  if (/\bthe\s+$/i.test(before) && /^\s+\p{Lu}/u.test(sentence.slice(index + length))) return true;
  // "the Eurovision Young Dancers 2011 competition": a year after a name, before the noun it names;
  // "In 2005 the police …" opens with a preposition, not a name.
  if (
    /^\d{4}$/.test(sentence.slice(index, index + length)) &&
    /\p{Lu}[\p{L}-]*\s+$/u.test(before) &&
    !/(?:^|\s)(?:In|On|At|During|By|Since|From|Until|Till|After|Before|Through|Throughout|Around|Circa|Of)\s+$/.test(
      before,
    ) &&
    !new RegExp(`\\b(?:${MONTHS})\\s+$`, 'i').test(before) &&
    /^\s+\p{Ll}+/u.test(sentence.slice(index + length))
  )
    return true;
  // "In 2020 UEFA European Under-19 Championship qualification, the teams …": a year opening a
  // name that runs to the comma, the clause's subject after it (no verb before the comma).
  if (
    /^\d{4}$/.test(sentence.slice(index, index + length)) &&
    /^\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)+(?:\s+\p{Ll}+)?,/u.test(
      sentence.slice(index + length),
    )
  )
    return true;
  if (!ATTRIBUTIVE_BEFORE.test(before) || PREPOSITION_THEN_ARTICLE.test(before)) return false;
  return /^\s+\p{L}/u.test(sentence.slice(index + length));
}
// "…, which was declared in 2008", "Erekat responded that the PLO had declared independence in
// 1988": a date in a relative clause or in what was said dates that, not the statement.
function inSubordinateClause(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  if (/^\s*(?:which|who|whose|where)\b/.test(clause))
    return !tellsOnlyByRelative(
      before.slice(0, before.lastIndexOf(',')),
      sentence.slice(before.lastIndexOf(',') + 1),
    );
  return /\b(?:said|stated|responded|replied|announced|claimed|argued|noted|added|wrote|declared|told\s+\S+)\s+that\b/.test(
    before,
  );
}
// "Saint Lucia, which recognised Kosovo in May 2015;" (a list item): a noun phrase with no verb of
// its own, whose relative clause runs to the end, tells its act in that clause, so the clause's date
// is the act's. "Peru, which recognised Kosovo in 2008, opened …" has its main verb after it.
function tellsOnlyByRelative(head: string, relative: string): boolean {
  return !/[,;:]/.test(head) && !/,/.test(relative) && !nlp(head).has('#Verb');
}

// A date inside parentheses qualifies a figure ("(780 soldiers … as of 2011)"), not the statement.
function inParentheses(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

// "Greek foreign minister from 2015 to 2019", "between 2008 and 2012": both ends of a span tell how
// long something lasted (a term of office, a period), not when the act was done, when the sentence
// gives the act a date of its own ("… when he travelled there in October 2015"). A span that is all
// the sentence gives ("was a provisional member from 22 October 2014 through 9 December 2014")
// still dates its start.
const SPAN_OPENING = /\b(?:from|between)\s+(?:early\s+|late\s+|mid-?)?$/i;
const SPAN_JOINT = /^\s*(?:to|until|till|through|and|–|-)\s*(?:early\s+|late\s+|mid-?)?$/i;
function inSpan(sentence: string, found: FoundDate, all: FoundDate[]): boolean {
  const next = all.find((d) => d.index >= found.index + found.length);
  const previous = all.filter((d) => d.index + d.length <= found.index).at(-1);
  const opens =
    SPAN_OPENING.test(sentence.slice(Math.max(0, found.index - 20), found.index)) &&
    next !== undefined &&
    SPAN_JOINT.test(sentence.slice(found.index + found.length, next.index));
  const closes =
    previous !== undefined &&
    SPAN_JOINT.test(sentence.slice(previous.index + previous.length, found.index)) &&
    SPAN_OPENING.test(sentence.slice(Math.max(0, previous.index - 20), previous.index));
  return opens || closes;
}

// Dates after "since" say how long something lasted, not when the statement was made.
const afterSince = (sentence: string, index: number) =>
  /\bsince\b[^,.;]*$/.test(sentence.slice(Math.max(0, index - 80), index));

// "After Ruritania joined the league in May 2019, X …": a clause or phrase opening the sentence with
// a word that places the act before or after another; a date its verb's "in"/"on" gives dates that
// other event, so it qualifies the act. A date inside a name there ("After X won the 2008 Peace
// Prize") is no adverbial and dates nothing.
const QUALIFYING_OPENING = /^(After|Before|Following|Since|Until|Till|Prior\s+to)\s/;
const OPENING_ADVERBIAL = /\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?$/i;

/** The qualifier a date takes from an opening "After …," that holds it, or null. */
function openingQualifier(sentence: string, index: number): Qualifier | null {
  const word = QUALIFYING_OPENING.exec(sentence)?.[1];
  if (!word || !OPENING_ADVERBIAL.test(sentence.slice(Math.max(0, index - 30), index))) return null;
  // The opening ends at its first comma outside brackets and quoted words.
  const quoted = doubleQuotedSpans(sentence);
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = sentence[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0 && !quoted.some((q) => i >= q.start && i < q.end))
      return null;
  }
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  return lower === 'following'
    ? 'after'
    : lower === 'prior to'
      ? 'before'
      : lower === 'till'
        ? 'until'
        : (lower as Qualifier);
}

/**
 * The first date of a sentence that is not introduced by "since" and not inside quoted words (a
 * date NATO quotes from an earlier agreement does not date NATO's statement).
 */
export function statedDate(sentence: string): { date: string; index: number } | null {
  const quoted = doubleQuotedSpans(sentence);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  const all = findDates(sentence);
  const spans = all.filter((x) => inSpan(sentence, x, all));
  const skipSpans = spans.length > 0 && spans.length < all.length;
  const d = all.find(
    (x) =>
      !afterSince(sentence, x.index) &&
      !(skipSpans && spans.includes(x)) &&
      !inQuote(x.index) &&
      openingQualifier(sentence, x.index) === null &&
      !QUALIFIER.test(sentence.slice(Math.max(0, x.index - 30), x.index)) &&
      !QUALIFIED_ACT.test(sentence.slice(Math.max(0, x.index - 60), x.index)) &&
      !isAttributive(sentence, x.index, x.length) &&
      !inParentheses(sentence, x.index) &&
      !inSubordinateClause(sentence, x.index),
  );
  return d ? { date: d.date, index: d.index } : null;
}

// "since its deployment in December 2008", "until the mission's withdrawal in 2012": a qualifier that
// governs the noun of an act (a nominal: -ion, -ment, -ence, -ance, -al), dated by that noun's own
// "in" or "on", qualifies that date. A plain noun ("since the war in 1999") names a period, and
// stays out.
const QUALIFIED_ACT =
  /\b(after|before|since|until|following)\s+(?:the|its|their|his|her|(?:the\s+)?[\p{L}'’-]+['’]s)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ion|ment|ence|ance|al)\s+(?:of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)*\s+)?(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/iu;

/** A date the sentence gives only with a qualifier ("After 17 February 2008", "Since 2011"). */
function qualifiedDate(sentence: string): SentenceDate['qualified'] {
  const quoted = doubleQuotedSpans(sentence);
  for (const d of findDates(sentence)) {
    if (quoted.some((q) => d.index >= q.start && d.index < q.end)) continue;
    // "It has played a role, first as …, then, after 2004, during …": a qualified date that opens a
    // later stage of a sequence qualifies that stage, not the act.
    if (
      /\b(?:then|later|subsequently),?\s+$/i.test(
        sentence.slice(Math.max(0, d.index - 30), d.index).replace(QUALIFIER, ''),
      )
    )
      continue;
    const opening = openingQualifier(sentence, d.index);
    if (opening) return { qualifier: opening, date: d.date };
    const q =
      QUALIFIER.exec(sentence.slice(Math.max(0, d.index - 30), d.index)) ??
      QUALIFIED_ACT.exec(sentence.slice(Math.max(0, d.index - 60), d.index));
    if (!q) continue;
    // "After the 1999 war, …", "since the 2008 crisis": a year standing before the noun it names
    // after "the" is part of that name, which the qualifier governs; no date is qualified.
    // A full date so placed ("after the 17 February 2008 declaration") still places the act.
    if (
      d.date.length === 4 &&
      /\bthe\s+$/i.test(q[0]) &&
      /^\s+\p{Ll}/u.test(sentence.slice(d.index + d.length))
    )
      continue;
    const word = q[1]!.toLowerCase();
    return {
      qualifier: (word === 'till'
        ? 'until'
        : word === 'following'
          ? 'after'
          : word.replace(/\s+/g, ' ')) as Qualifier,
      date: d.date,
    };
  }
  return null;
}

const RELATIVE = [
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|month|year)s?\s+later\b/i,
    step: (m: RegExpExecArray) => ({
      n: numberWord(m[1]!)!,
      unit: m[2]!.toLowerCase(),
    }),
  },
  {
    re: /\b(?:the\s+)?(following|next)\s+(day|month|year)\b/i,
    step: (m: RegExpExecArray) => ({ n: 1, unit: m[2]!.toLowerCase() }),
  },
  {
    re: /\b(?:later\s+that|that\s+same|the\s+same|later\s+the\s+same)\s+(day|month|year)\b/i,
    step: (m: RegExpExecArray) => ({ n: 0, unit: m[1]!.toLowerCase() }),
  },
];
// "… and argued before the court that December that …", "… signed a pact that year.": "that" with a
// month or "year" points to the year of the date just told. Only as an adverbial: the phrase ends
// its clause or a clause or preposition follows ("argued that October elections …" is no date).
export const THAT_MONTH = new RegExp(
  String.raw`\bthat\s+(${MONTHS}|[Yy]ear)(?=\s*(?:[,.;]|$)|\s+(?:that|to|and|in|at|for|when|with|before|after)\b)`,
);
// "… denied … the same day", "at the same time", "The same statement": the previous statement's
// date, wherever the phrase stands (outside quoted words).
const SAME =
  /\b(?:the same (?:day|time|statement|release|communication|meeting)|at the same time)\b/i;

/**
 * Resolves a relative date ("A year later", "the following month", "the same day") against the
 * previous statement's date, at the precision the unit allows: a year step gives a year, a month
 * step a month, a day step a day, and only when the previous date is that precise.
 */
export function resolveRelative(
  sentence: string,
  previous: string | null,
  yearsOnly = false,
): { date: string; phrase: string } | null {
  if (!previous) return null;
  const quoted = doubleQuotedSpans(sentence);
  const same = yearsOnly ? null : SAME.exec(sentence);
  if (same && !quoted.some((q) => same.index >= q.start && same.index < q.end))
    return { date: previous, phrase: same[0] };
  const that = THAT_MONTH.exec(sentence);
  if (that && !quoted.some((q) => that.index >= q.start && that.index < q.end)) {
    const year = previous.split('-')[0]!;
    if (/^year$/i.test(that[1]!)) return { date: year, phrase: that[0] };
    if (!yearsOnly)
      return {
        date: `${year}-${String(MONTHS.split('|').indexOf(that[1]!) + 1).padStart(2, '0')}`,
        phrase: that[0],
      };
  }
  for (const { re, step } of RELATIVE) {
    const m = re.exec(sentence);
    // Only a phrase that dates the statement: in its opening words or closing its clause ("…
    // accepted a roadmap the following month."), not inside quoted words.
    const closes = m !== null && /^\s*(?:[.;,]|$)/.test(sentence.slice(m.index + m[0].length));
    if (
      !m ||
      (m.index > OPENING && !closes) ||
      quoted.some((q) => m.index >= q.start && m.index < q.end)
    )
      continue;
    const { n, unit } = step(m);
    const [y, mo, d] = previous.split('-').map(Number) as [number, number?, number?];
    if (unit === 'year') return { date: String(y + n), phrase: m[0] };
    if (yearsOnly) return null;
    if (unit === 'month' && mo !== undefined) {
      const total = y * 12 + (mo - 1) + n;
      return {
        date: `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`,
        phrase: m[0],
      };
    }
    if (unit === 'day' && mo !== undefined && d !== undefined) {
      const t = new Date(Date.UTC(y, mo - 1, d + n));
      return { date: t.toISOString().slice(0, 10), phrase: m[0] };
    }
    return null;
  }
  return null;
}

// "in June 2009", "on 13 May 2016", "during 2010": a date a preposition attaches to the verb.
const ADVERBIAL_BEFORE = /\b(?:in|on|during|at)\s+(?:early\s+|late\s+|mid-?)?$/i;
// "during a tour in the autumn of 2012": a season of a year, which the preposition attaches to the
// verb as it does the year.
const SEASON_BEFORE =
  /\b(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+$/i;
// The word before the preposition: a verb or its object ends in a small letter; after a
// capitalised name the date is the act's only when the name is the verb's object (see
// `nameIsVerbObject`): "Ukraine in 2004" after "an Orange Revolution in" is a noun the date belongs to.
const AFTER_NAME = /\p{Lu}[\p{L}'’-]*\s+(?:in|on|during|at)\s+(?:early\s+|late\s+|mid-?)?$/u;

/** Whether the sentence's own date (see `statedDate`) is a date adverbial of its clause. */
export function adverbialDate(sentence: string): boolean {
  const own = statedDate(sentence);
  if (!own) return false;
  const before = sentence.slice(Math.max(0, own.index - 40), own.index);
  // "stated in an April 2010 interview": the date of the occasion the act took place at.
  const occasion =
    /\b(?:in|at|during)\s+(?:a|an)\s+$/i.test(before) &&
    /^(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s+\p{Ll}/u.test(sentence.slice(own.index));
  if (occasion) return true;
  if (!ADVERBIAL_BEFORE.test(before) && !SEASON_BEFORE.test(before)) return false;
  // After a name, only when the name is the verb's object ("decided against Belarus in 1997"), or
  // the date stands in the verb's own phrase: before the "that" clause of a verb of saying ("said
  // in an interview with the daily Kathimerini in 2022 that …"), or at the end of the occasion a
  // "during" gives ("thanked Chile during talks with its president in Lima in May 2023").
  if (!AFTER_NAME.test(before) || nameIsVerbObject(sentence.slice(0, own.index))) return true;
  const opening = sentence.slice(0, own.index);
  const date = findDates(sentence).find((d) => d.index === own.index)!;
  const after = sentence.slice(own.index + date.length);
  const saying = new RegExp(`${SPEECH_VERB_WORDS.source}[^,;:"“”]*$`).test(opening);
  if (saying && /^\s+that\b/.test(after)) return true;
  return DURING_OCCASION.test(opening) && /^\s*(?:[.;]|$)/.test(after);
}

// "during talks with the president in Lima in": an occasion and the names it holds, up to the date.
// "met the minister at a summit in Lima in": "at" an occasion named by a common noun (a summit, a
// forum, a conference) places the act there as "during" does.
const DURING_OCCASION =
  /\b(?:during|at)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Ll}[^,;:"“”()]{0,80}\s(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$/u;

// "According to a 2020 study, …": the year of the report the source gives its account from dates
// that account (the year is otherwise read as part of a noun, see `isAttributive`). So does the
// year of an indefinite subject the sentence opens on ("A 2016 poll by … found …", "An April 2019
// survey showed …"): the sentence tells that new thing's act; a definite one ("The 1999 war …")
// points to background the article already placed.
const REPORT_YEAR = new RegExp(
  String.raw`^(?:According to (?:a|an|the|its|their)|An?)\s+((?:(?:${MONTHS})\s+)?(?:1[89]|20)\d{2})\s+\p{Ll}`,
  'u',
);

// "A 2019 survey of voters found that …", "The 2004 report argued …": a year before the head noun of
// the main clause's subject, when that subject is what acts in the past tense, dates the act — the
// survey found when it was made. In the present tense ("A leaked 2009 cable states that the minister
// said …") the document speaks now of an act it reports, which the year does not date. The subject
// opens the clause on an article, so "Kosovo's 2008 declaration" and names ("the 2018 FIFA World
// Cup", a capital after the year) stay undated.
const ARTICLE_YEAR_NOUN = /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+)?((?:19|20)\d{2})\s+\p{Ll}/u;
function yearOfActingDocument(sentence: string): string | null {
  const clause = mainClause(sentence);
  const subject = clause.subject;
  if (!subject || verbForm(sentence) !== 'simple-past') return null;
  const verb = clause.verb?.split(' ')[0];
  if (!verb || !sentence.slice(subject.end).toLowerCase().includes(verb)) return null;
  const year = ARTICLE_YEAR_NOUN.exec(subject.text);
  if (!year || subject.start !== clauseStart(sentence)) return null;
  // A definite subject is something the article already placed ("The 1999 war ended …"): its
  // year dates only a document's finding, told with what it found ("The 2004 report argued that …").
  const definite = /^[Tt]he\s/.test(subject.text);
  return !definite || /^\s*\S+\s+that\b/.test(sentence.slice(subject.end)) ? year[1]! : null;
}

// "In the days that followed, …", "In the following weeks, …": after the previous statement's
// date, with no date of its own (the source gives no span to count).
const IN_THE_TIME_AFTER =
  /^(?:In\s+)?the\s+(?:days|weeks|months|years)\s+(?:that\s+)?followed\b|^In\s+the\s+following\s+(?:days|weeks|months|years)\b/i;

// "Officials have since then said …", "… ever since": from the previous statement's date on, which
// the phrase points back to (as "since 2020" qualifies its year).
// "Marri has since distanced himself …": "since" alone between a perfect's auxiliary and its
// participle points back the same way.
const SINCE_THEN =
  /\b(?:since\s+then|ever\s+since|since\s+that\s+(?:time|day|date))\b|\b(?:has|have|had)\s+since\s+(?!(?:then|that|the|a|an)\b)\p{Ll}{3,}/iu;

// The words that place a yearless date after the dated act even when its month comes earlier in
// the calendar ("the following February", "later, on 2 January"): the next year.
const LATER = /\b(?:following|later|next)\b/i;

/**
 * A day or month written without a year ("on 18 February", "in late April"), dated in the year of
 * `anchor`, the last date the paragraph gave before it; the next year when it would fall before
 * `anchor` and the sentence says the act came later. Null without an anchor: a year is not guessed.
 */
export function yearlessDate(sentence: string, anchor: string | null): SentenceDate | null {
  if (!anchor) return null;
  const quoted = doubleQuotedSpans(sentence);
  const found = findYearlessDates(sentence).find(
    (x) =>
      !quoted.some((q) => x.index >= q.start && x.index < q.end) &&
      !afterSince(sentence, x.index) &&
      !isAttributive(sentence, x.index, x.length) &&
      !inParentheses(sentence, x.index) &&
      !inSubordinateClause(sentence, x.index),
  );
  if (!found) return null;
  const [year, month, day] = anchor.split('-').map(Number) as [number, number?, number?];
  const earlier =
    month !== undefined &&
    (found.month < month ||
      (found.month === month && found.day !== null && found.day < (day ?? 0)));
  const date = inYear(found, earlier && LATER.test(sentence) ? year + 1 : year);
  const before = sentence.slice(Math.max(0, found.index - 30), found.index);
  // "the following February" is a month after the anchor, not "following" an act (a qualifier).
  const qualifier = /\bthe\s+(?:following|next)\s+$/i.test(before) ? null : QUALIFIER.exec(before);
  if (qualifier) {
    const word = qualifier[1]!.toLowerCase();
    const q = (word === 'till' ? 'until' : word === 'following' ? 'after' : word) as Qualifier;
    return { date: null, qualified: { qualifier: q, date }, relative: null };
  }
  // The phrase as written ("in late April"), so the page can say the year was taken from context.
  const lead =
    /(?:\b(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|the\s+following|the\s+next)\s+)?(?:(?:early|late|mid)\s+|mid-)?$/.exec(
      before,
    );
  const start = found.index - (lead?.[0].length ?? 0);
  const phrase = sentence.slice(start, found.index + found.length).replace(/\.$/, '');
  return { date, qualified: null, relative: phrase };
}

/** The sentence with its double-quoted words blanked: what the speaker says dates nothing here. */
function withoutQuotes(sentence: string): string {
  let out = sentence;
  for (const q of doubleQuotedSpans(sentence))
    out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/**
 * "The same day, X declared …" after sentences that tell no date of their own (a detail of the
 * vote just told, "Most of the votes against came from …"): the same occasion as the paragraph's
 * last dated act, at its precision. Only an opening "the same day": a step ("the following
 * month") counts from the sentence right before, and "at the same time" may mean a span.
 */
function sameOccasion(sentence: string, anchor: string): { date: string; phrase: string } | null {
  const m = /^(?:On\s+)?the\s+same\s+day\b/i.exec(sentence);
  return m ? { date: anchor, phrase: m[0] } : null;
}

/**
 * The date of one sentence: written, qualified, relative to `previous`, or a day or month without
 * a year dated from `anchor` (see `yearlessDate`).
 */
export function sentenceDate(
  sentence: string,
  previous: string | null,
  anchor: string | null = previous,
): SentenceDate {
  // "Two more states followed early in 2011: Qatar on 7 January": the listed state's own day.
  const listed = listedItemDate(sentence);
  if (listed) return { date: listed, qualified: null, relative: null };
  const own = statedDate(sentence);
  if (own) return { date: own.date, qualified: null, relative: null };
  if (previous && IN_THE_TIME_AFTER.test(sentence))
    return { date: null, qualified: { qualifier: 'after', date: previous }, relative: null };
  if (previous && SINCE_THEN.test(withoutQuotes(sentence)))
    return { date: null, qualified: { qualifier: 'since', date: previous }, relative: null };
  const report = REPORT_YEAR.exec(sentence);
  if (report)
    return {
      date: findDates(report[1]!)[0]?.date ?? report[1]!,
      qualified: null,
      relative: null,
    };
  const made = yearOfActingDocument(sentence);
  if (made) return { date: made, qualified: null, relative: null };
  const yearless = yearlessDate(sentence, anchor);
  if (yearless) return yearless;
  // "The following year", after sentences that give no date of their own: a year counts from the
  // paragraph's last year, as a day without a year takes it (see `yearlessDate`); a month or a
  // day needs the sentence right before to give it.
  const rel =
    resolveRelative(sentence, previous) ??
    (anchor !== previous ? resolveRelative(sentence, anchor, true) : null) ??
    (previous === null && anchor !== null ? sameOccasion(sentence, anchor) : null);
  if (rel) return { date: rel.date, qualified: null, relative: rel.phrase };
  return { date: null, qualified: qualifiedDate(sentence), relative: null };
}

// A sentence carries on the statement before it only when it tells more of the same act: its
// subject points back to the speaker or the document ("He added", "It reiterated", "The statement
// called for") and its verb reports words, or it carries a quotation on, or the same speaker speaks
// again. "It has played an active role …" after "France recognised …" is a new act of France.
const CONTENT_VERB =
  /\b(?:said|says|stated|states|added|noted|continued|reiterated|expressed|called|calls|stressed|urged|emphasi[sz]ed|argued|described|declared|affirmed|reaffirmed|explained|insisted|asked|requested|claimed|wrote|reads?|concluded|recalled|promised|pledged|hoped|read|went\s+on|also\s+said|thanked|condemned|welcomed|questioned|acknowledged|admitted|conceded|confirmed|replied|responded|answered|remarked|observed|suggested|maintained|asserted|indicated|mentioned|warned|commented|underlined|highlighted|denied)\b/;

// The thing an act made or was made at ("the resolution", "the opinion", "the meeting"): named again
// with "the" as a subject, it tells more of the same act ("The resolution rejected …" after "… adopted
// a resolution"), whatever its verb.
// "Under the terms of the agreement, X committed …": what the act just told holds, told as its terms.
// "The same statement called on …": "same" or "said" only underline that it is the act just told.
const ACT_NOUN =
  /^(?:(?:However|Also|Moreover|Further(?:more)?|In addition),?\s+)?(?:Under\s+the\s+terms\s+of\s+the|The)\s+(?:same\s+|said\s+)?((?:resolution|opinion|statement|letter|message|declaration|agreement|report|meeting|visit|demonstration|protest|rally|talks|conference|summit|motion|bill|decision|ruling|communiqu[ée]|memorandum|treaty|document|note|interview|speech|appeal|petition)s?)\b/;
// "It was passed with 424 votes", "They were attended by …": a pronoun as the patient of a passive
// tells more about what was just told, not a new act of the actor.
const PRONOUN_PASSIVE =
  /^(?:It|They)\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\s+(?:by|with|in|at|on|for)\b/u;
// "This was also the first time …", "It was the first time that …": the act just told, one of its
// circumstances, no act of its own.
const FIRST_TIME = /^(?:This|It)\s+was\s+(?:also\s+)?the\s+first\b/;
// "Serbia also agreed to suspend …" after "Serbia and Kosovo agreed to …": the same subject doing
// again what the statement told, one act told in two sentences.
const ALSO_VERB =
  /^((?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]*)\s+also\s+(\p{Ll}+(?:ed|ied))\b/u;

/**
 * Whether `sentence`'s subject names again the thing the act `previous` tells made or was made at
 * ("The opinion was closely tailored …" after "The court released the advisory opinion …").
 */
export function namesActOf(sentence: string, previous: string): boolean {
  const noun = ACT_NOUN.exec(sentence);
  return noun !== null && new RegExp(`\\b${noun[1]!.replace(/s$/, '')}`, 'i').test(previous);
}

// A verb that gives words, for a sentence that comments on the act just told: the content verbs
// and "told" ("told reporters during the visit that …").
const WORDS_VERB = new RegExp(String.raw`${CONTENT_VERB.source}|\btold\b`);
// "the decision", "its abstention", "the visit": a definite or possessive noun. Generic nouns of
// an act point back to whatever was done; others must name the act of the sentence before.
const DEFINITE_NOUN = /\b(?:the|its)\s+(\p{Ll}{4,})\b/gu;
const GENERIC_ACT = /^(?:decision|move|step|gesture)$/;
// A noun made from a verb ("recognition", "withdrawal", "abstention", "agreement", "acceptance").
const NOMINAL = /(?:ion|al|ance|ence|ment)$/;

/** Whether `noun` names the act told in `previous`: the same word, or a nominal of its verb. */
function namesTheAct(noun: string, previous: string): boolean {
  if (GENERIC_ACT.test(noun)) return true;
  const words = previous.toLowerCase().split(/[^\p{L}]+/u);
  // "the visit" after "visited", "the vote" after "voted": the verb's own stem.
  if (words.some((w) => w.startsWith(noun) && /^(?:|d|ed|s|ing)$/.test(w.slice(noun.length))))
    return true;
  // "abstention" from "abstained", "recognition" from "recognised": the stem they share.
  return (
    NOMINAL.test(noun) && words.some((w) => w.length >= 5 && w.slice(0, 4) === noun.slice(0, 4))
  );
}

/**
 * "Foreign Minister X said the decision reflected …" after "Costa Rica recognised Kosovo on …":
 * words given about the act just told, which the sentence names by a definite noun after its verb
 * of saying ("the decision", "its abstention", "during the visit"), are that act's words, one
 * occasion. The caller keeps a sentence with a date of its own apart, and asks only where the
 * sentences grouped are one actor's, so another actor's comment on the act is never joined to it.
 */
export function commentsOnAct(sentence: string, previous: string): boolean {
  if (previous === '') return false;
  const verb = WORDS_VERB.exec(sentence.slice(0, 90));
  if (!verb) return false;
  // The speaker's own words in quotation marks are theirs, not a pointer to the act.
  const after = sentence.slice(verb.index + verb[0].length).split(/["“]/)[0] ?? '';
  return [...after.matchAll(DEFINITE_NOUN)].some((m) => namesTheAct(m[1]!, previous));
}

// "The court relied on …": a body named by its head noun alone, with "the".
const BODY_BY_HEAD = new RegExp(String.raw`^The\s+(${alternation(BODIES)})\s+\p{Ll}`, 'u');

/**
 * "The court relied on the 1990 Sports Law" after "In June 2020, the Supreme Court of Ruritania
 * dismissed an appeal …": the body that is the subject of the statement before, named again by its
 * head noun, tells more of its act on that occasion (a date of its own is checked by the caller).
 * A body the subject before does not name ("The council" after "the court ruled") is another actor.
 */
function bodyNamedAgain(sentence: string, previous: string): boolean {
  const head = BODY_BY_HEAD.exec(sentence)?.[1];
  const subject = mainClause(previous).subject?.text;
  return (
    head !== undefined &&
    subject !== undefined &&
    new RegExp(String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*${head}\b`, 'iu').test(subject)
  );
}

/**
 * `previous`: the text of the statement the sentence would carry on. `oneActor`: the sentences
 * grouped are all the same actor's (prose runs); a table cell's may be several actors'.
 */
function continues(
  sentence: string,
  speakerName: string | null,
  previous = '',
  oneActor = false,
  /** Who speaks in `sentence` itself, when the caller reads it. */
  ownSpeaker: string | null = null,
): boolean {
  const speakerSurname = speakerName?.split(/\s+/).at(-1) ?? null;
  if (/^["“]/.test(sentence)) return true;
  const opening = sentence.slice(0, 90);
  if (REFERS_BACK_TO_ACT.test(sentence) && CONTENT_VERB.test(opening)) return true;
  if (namesActOf(sentence, previous)) return true;
  if (PRONOUN_PASSIVE.test(sentence) && previous !== '') return true;
  if (FIRST_TIME.test(sentence) && previous !== '') return true;
  if (previous !== '' && bodyNamedAgain(sentence, previous)) return true;
  // "Enkhbold promised to deal with the request" after "X met Enkhbold to request …": in a cell
  // the words on the act may be the other party's answer, so only one actor's run is joined so.
  // "New Prime Minister Paulo Costa said that the decision …" after President Maria Costa spoke:
  // another person speaking of it is another occasion.
  // The same person: one name's words all in the other's ("Kotzias", "Nikos Kotzias").
  const [shorter, longer] = [ownSpeaker, speakerName]
    .map((n) => n?.split(/\s+/) ?? [])
    .sort((a, b) => a.length - b.length);
  const samePerson =
    speakerName === null || ownSpeaker === null || shorter!.every((w) => longer!.includes(w));
  if (oneActor && samePerson && commentsOnAct(sentence, previous)) return true;
  // "… named two conditions: a binding agreement; a common position": an item in lower case after
  // the colon (or the semicolon of the item before) finishes the sentence it carries on.
  if (oneActor && /[:;]\s*$/.test(previous) && /^\p{Ll}/u.test(sentence)) return true;
  // "He met the deputy minister and discussed trade" after "Foreign Minister X visited Athens in May
  // 2013": the speaker, taken up by a pronoun, doing more on that occasion (a date of its own would
  // make it another, which the caller checks).
  if (
    /^(?:He|She)\s/.test(sentence) &&
    speakerName !== null &&
    isPersonalName(speakerName) &&
    verbForm(sentence) === 'simple-past'
  )
    return true;
  const also = ALSO_VERB.exec(sentence);
  if (
    also &&
    previous.includes(also[1]!) &&
    new RegExp(`\\b${also[2]!}\\b`).test(previous.slice(previous.indexOf(also[1]!)))
  )
    return true;
  // "Kao drew parallels … and stated" after "…, Kao Samreth, said": a name written family name
  // first is taken up again by its first word.
  // A body's name ("Mexican Secretariat of …") shares its first word with other subjects
  // ("Mexican government officials"): only a person's name is taken up so.
  const opener = /^\p{Lu}[\p{L}'’-]{2,}(?=\s)/u.exec(sentence)?.[0];
  if (
    opener &&
    speakerName?.split(/\s+/).includes(opener) &&
    CONTENT_VERB.test(opening) &&
    isPersonalName(speakerName)
  )
    return true;
  if (speaksForSameBody(sentence, previous)) return true;
  if (speakerSurname === null || !CONTENT_VERB.test(opening)) return false;
  const subject = sentence.split(/\b(?:said|stated|added|noted|continued)\b/)[0] ?? '';
  const at = new RegExp(`^(?:[^,]*\\s)?(${escapeRegExp(speakerSurname)})\\b`).exec(subject);
  if (!at) return false;
  // "New Prime Minister Gabriel Costa said" after "President Manuel Pinto da Costa issued …": a
  // given name before the surname that the speaker's name lacks is another person of that surname.
  const given = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(
    subject.slice(0, at.index + at[0].length - at[1]!.length),
  );
  return !(given && !speakerName!.split(/\s+/).includes(given[1]!) && isGivenName(given[1]!));
}

// The reporting clause after the words, closing the sentence: "…, Putin said at a news conference
// with Nikolic.", "…, she added." The speaker is the last word before the verb (a surname or a
// pronoun); the verb's own phrase runs to the end, with no clause of its own after a comma.
const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`,\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}[\p{L}'’-]+)|(he|she))\s+(?:also\s+)?(?:${CONTENT_VERB.source}|told\b)[^,;:"“”]*[.!]?$`,
  'u',
);

/**
 * "It is necessary to …, Putin said at a joint news conference." after "…, Putin said after meeting
 * … on 11 September 2012": words whose speaker, named after them by surname or pronoun, is the
 * statement's own speaker, in a sentence with no date of its own, are more of that dated occasion.
 * The caller checks the dates (see `groupSentences`).
 */
export function sameSpeakerAfterWords(sentence: string, speakerName: string | null): boolean {
  if (speakerName === null) return false;
  const at = TRAILING_ATTRIBUTION.exec(sentence);
  if (!at) return false;
  return at[2] !== undefined || at[1] === speakerName.split(/\s+/).at(-1);
}

// The role of someone speaking for a body, named without a personal name ("A regional government
// spokeswoman", "a ministry official"). Narrower than the offices: "the foreign minister" holds an
// office of their own and speaks on an occasion of their own, not the body's.
const SPEAKS_FOR_A_BODY = subset(OFFICES, [
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'representative',
]);
const UNNAMED_SPEAKER = new RegExp(
  String.raw`^(?:(?:a|an|the)\s+)((?:[\p{Ll}-]+\s+){1,3})(?:${alternation(SPEAKS_FOR_A_BODY)})\s`,
  'iu',
);

/**
 * "The regional Basque government … responded …. A regional government spokeswoman said …": an
 * unnamed speaker whose role names the body that acted in `previous` (every word before the role
 * noun is in it) tells more of that act, on the same occasion. A body the previous statement does
 * not name ("a government spokesman" after "Chile recognised …") is someone else's act.
 */
function speaksForSameBody(sentence: string, previous: string): boolean {
  const role = UNNAMED_SPEAKER.exec(sentence);
  if (!role || !CONTENT_VERB.test(sentence.slice(0, 90))) return false;
  const words = previous.toLowerCase().split(/[^\p{L}-]+/u);
  return role[1]!
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .every((w) => words.includes(w));
}

// "X was one of five states that …", "Peru is a member of …": a main verb that is only a copula
// tells a state of things, which has no time of its own to count a relative date from.
const COPULA = /^(?:is|are|was|were)$/i;
/** Whether the sentence's main clause only tells what its subject is, not an act. */
function tellsAState(sentence: string): boolean {
  return COPULA.test(mainClause(sentence).verb ?? '');
}

/**
 * What the sentences before a run of sentences dated: the date of the one right before it (which
 * "the following day" counts from) and the last date given (which "on 18 February" takes its year
 * from). A paragraph tells one sequence of events, whoever acts in each sentence.
 */
export interface DatesBefore {
  previous: string | null;
  anchor: string | null;
  /** The paragraph's sentences before, with the date each gives itself, for "before the vote". */
  told: ReadonlyArray<{ text: string; date: string }>;
}
export const NO_DATES_BEFORE: DatesBefore = { previous: null, anchor: null, told: [] };

// "before the vote", "after the match": an event named with "the", placed before or after it.
const QUALIFIED_EVENT = /\b([Bb]efore|[Aa]fter|[Ff]ollowing)\s+the\s+(\p{Ll}{3,})\b/gu;
// Words that place a time inside a span or an order, not an event ("before the end of …").
const NOT_AN_EVENT =
  /^(?:end|start|beginning|middle|same|first|last|following|previous|next|other|latter|former)$/;

/**
 * "Irinej had asked the archbishop before the vote to …" after "In November 2015, Greece abstained
 * in the vote on …": an event the sentence names with "the" is the one the paragraph told before
 * with a date of its own, so the act is placed before (or after) that date. Null when no sentence
 * before names it so dated.
 */
export function placedByEvent(
  sentence: string,
  told: DatesBefore['told'],
): SentenceDate['qualified'] {
  const quoted = doubleQuotedSpans(sentence);
  for (const m of sentence.matchAll(QUALIFIED_EVENT)) {
    if (quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const noun = m[2]!;
    if (NOT_AN_EVENT.test(noun)) continue;
    const named = new RegExp(String.raw`\bthe\s+(?:[\p{L}'’-]+\s+){0,2}${noun}\b`, 'iu');
    const event = [...told].reverse().find((t) => named.test(t.text));
    if (!event) continue;
    const word = m[1]!.toLowerCase();
    return { qualifier: word === 'following' ? 'after' : (word as Qualifier), date: event.date };
  }
  return null;
}

/**
 * "After the court found in July 2010 that …, the minister said …. A year later, …": the date an
 * "after" places the act after is a date the paragraph told (the event's), which a later "a year
 * later" or "on 3 March" counts from as it does from a date of the sentence's own.
 */
function toldAfter(when: SentenceDate): string | null {
  return when.qualified?.qualifier === 'after' ? when.qualified.date : null;
}

/**
 * The dates before each of a paragraph's sentences, read as `groupSentences` reads them:
 * "Kosovo's ministry welcomed the gesture the following day" after "On 5 May 2023, Ruritania's
 * president received …" counts from that sentence although another actor acts in it.
 */
export function datesBefore(sentences: string[]): DatesBefore[] {
  const out: DatesBefore[] = [];
  let state = NO_DATES_BEFORE;
  sentences.forEach((sentence, i) => {
    out.push(state);
    const when = sentenceDate(sentence, state.previous, state.anchor);
    // "It was the first time that …" tells more of the act before it, and a clause cut from the
    // sentence before (it opens in lower case) stands in that sentence: their date is the one before.
    const carried =
      i > 0 &&
      when.date === null &&
      (/^\p{Ll}/u.test(sentence) ||
        continues(sentence, null, sentences[i - 1]) ||
        tellsAState(sentence));
    state = {
      previous: when.date ?? (carried ? state.previous : null),
      anchor: when.date ?? toldAfter(when) ?? state.anchor,
      told: when.date ? [...state.told, { text: sentence, date: when.date }] : state.told,
    };
  });
  return out;
}

// The words that join a clause to the one before it as told alongside it, on the same occasion.
const ALONGSIDE_JOINT = /,\s+(?:while|whilst|whereas)\s*$/i;
// A fronted clause of time that places the clause after it, cut with its comma.
const FRONTED_TIME = /^(After|Before)\s[^]*,$/;

// A cut clause that is subordinate ("when …", "which …") has a time of its own, not the sentence's.
const SUBORDINATE_OPENING =
  /^(?:when|while|whilst|which|who|whose|where|before|after|since|until|if|because|although|though)\b/i;

/**
 * Groups sentences into statements, one date each (`strict` for prose, where a sentence's first
 * date is less often its own and the sentences are one actor's run): a sentence with its own opening date (or a
 * relative one, "A year later") starts a new statement; an undated sentence after a dated one is its
 * own undated statement unless it plainly continues it (see `continues`). `surnameOf` names the
 * speaker of a statement's first sentence, so "Jeremić, who attended…" after "Vuk Jeremić said"
 * continues it.
 */
/**
 * The words joining a clause to the clause before it in their sentence (", although"), given the
 * clause before and `clauseBefore`'s reading of it with those words; '' when they are not the same.
 */
export function jointAfter(previous: string | undefined, withJoint: string | null): string {
  if (previous === undefined || withJoint === null || !withJoint.startsWith(previous)) return '';
  return withJoint.slice(previous.length);
}

/**
 * Whether `clause`'s subject is a name that stands among the coordinated subjects ("A and B") of
 * `before`, the clause before it in its sentence, joined to it by ", and".
 */
function oneOfCoordinatedSubjects(clause: string, before: string): boolean {
  const joined = /,?\s+and$/.exec(before);
  if (!joined) return false;
  const subject = mainClause(clause).subject?.text;
  if (!subject || !/^\p{Lu}/u.test(subject) || mainClause(clause).refersBack) return false;
  const theirs = mainClause(before.slice(0, joined.index)).subject?.text ?? '';
  return (
    /\s(?:and|&)\s/.test(theirs) &&
    new RegExp(String.raw`(?:^|\s)${escapeRegExp(subject)}(?:\s|$)`, 'u').test(theirs)
  );
}

// The act told in a dated document: "in a 2013 statement", "in its 2019 letter".
const DATED_DOCUMENT =
  /\b(?:in|with|through)\s+(?:a|an|its|their|his|her)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s+(?:statement|letter|interview|speech|declaration|communiqu[ée]|note|message|resolution|report)\b/u;

export function groupSentences(
  sentences: string[],
  speakerOf: (sentence: string) => string | null = () => null,
  strict = false,
  /**
   * The clause of the same source sentence right before a clause cut from it, if any, with the
   * words that join them (", while").
   */
  clauseBefore: (i: number) => string | null = () => null,
  priorDates: DatesBefore = NO_DATES_BEFORE,
): StatementPiece[] {
  const pieces: StatementPiece[] = [];
  const firstSentence = new Map<StatementPiece, string>();
  const surnameOf = (piece: StatementPiece) =>
    speakerOf(firstSentence.get(piece) ?? piece.text)
      ?.split(/\s+/)
      .at(-1) ?? null;
  let previousDate: string | null = priorDates.previous;
  // The last date the run gave, for a day or month written without a year.
  let anchor: string | null = priorDates.anchor;
  let told = priorDates.told;
  // The opening date adverbial of the sentence the clauses cut from it stand under.
  let sentenceOpening: string | null = null;
  sentences.forEach((sentence, i) => {
    const when = sentenceDate(sentence, previousDate, anchor);
    const first = statedDate(sentence);
    const opens =
      (first !== null && first.index <= OPENING) ||
      when.relative !== null ||
      (/^According to\b/.test(sentence) && when.date !== null) ||
      (REPORT_YEAR.test(sentence) && when.date !== null) ||
      // "A 2019 survey found …": the year stands in the subject that opens the clause.
      (first === null && when.date !== null && when.date === yearOfActingDocument(sentence));
    const current = pieces.at(-1);
    const currentSpeaker = current ? speakerOf(firstSentence.get(current) ?? current.text) : null;
    const carriesOn = current
      ? (current.date !== null &&
          when.date === null &&
          sameSpeakerAfterWords(sentence, currentSpeaker)) ||
        continues(
          sentence,
          currentSpeaker,
          // "…agreed to an agreement and through further talks accepted …. Under the terms of the
          // agreement, …": a clause cut from a sentence carries that sentence's words for what
          // follows to point back to.
          /^\p{Ll}/u.test(current.text)
            ? `${sentences[current.sentences[0]! - 1] ?? ''} ${current.text}`
            : current.text,
          strict,
          speakerOf(sentence),
        )
      : false;
    // "On 2 May 2010 Ruritania and Freedonia signed a treaty, and Ruritania undertook to open an
    // embassy": a clause cut after ", and" whose subject is one of the clause before's coordinated
    // subjects, with no date of its own, tells more of that act on its occasion.
    const before = clauseBefore(i);
    const coordinatedGoesOn =
      current !== undefined &&
      before !== null &&
      when.date === null &&
      when.qualified === null &&
      when.relative === null &&
      oneOfCoordinatedSubjects(sentence, before);
    // A sentence naming a new speaker ("The Cardinal Walter Kasper … stated") is a new statement.
    const ownSpeaker = speakerOf(sentence);
    const newSpeaker =
      ownSpeaker !== null &&
      (!current || ownSpeaker.split(/\s+/).at(-1) !== surnameOf(current)) &&
      !REFERS_BACK_TO_ACT.test(sentence);
    // One act per statement: a sentence with a date of its own that differs is a new act even when
    // it opens with "He" or "This"; otherwise only a sentence that carries the act on joins it.
    // A date its verb's own adverbial gives ("welcomed the agreement in a 2013 statement") after a
    // statement with no date (a stance held: "has no common position") is an act of its own: the
    // stance told before cannot have been taken on that occasion; so is the year of a document that
    // told the act ("in its 2019 letter"), wherever it stands.
    const ownDate =
      when.date !== null &&
      (opens ||
        (when.date?.length ?? 0) === 10 ||
        DATED_DOCUMENT.test(sentence) ||
        (current !== undefined &&
          current.date === null &&
          current.qualified === null &&
          !tellsPastAct(current.text) &&
          adverbialDate(sentence)));
    const startsNew =
      !current ||
      (ownDate && when.date !== current.date) ||
      (!carriesOn && !coordinatedGoesOn) ||
      (newSpeaker && !carriesOn && !coordinatedGoesOn);
    if (startsNew) {
      // The date of an act is the date adverbial of its clause, wherever it stands ("Konuzin told a
      // Belgrade daily in June 2009 that …", "an office was opened in New Delhi in 2022"): a date
      // the verb's own "in"/"on"/"during" introduces. A bare year after a noun names when that
      // thing happened ("comparable to the Orange Revolution in Ukraine in 2004"), so it must
      // follow the verb phrase, not a capitalised name. A table cell's first statement takes its
      // first date.
      const keep =
        opens ||
        when.relative !== null ||
        (when.date?.length ?? 0) === 10 ||
        adverbialDate(sentence) ||
        DATED_DOCUMENT.test(sentence) ||
        (!current && !strict);
      // "In February 2008, Talat welcomed it, but a spokesman said …": a clause cut from the
      // sentence before (it opens in lower case) is under that sentence's opening date adverbial;
      // "…, after which Kosovo imposed …" is after it.
      const cut = /^\p{Ll}/u.test(sentence) && when.date === null && !when.qualified;
      // "…, the process stalled in November 2018, after which Kosovo imposed …": "which" is the
      // clause before, so the act came after that clause's date, wherever it stands in it (the
      // clause may tell no statement of its own, or another actor's); else after the sentence's
      // opening date.
      const before = cut ? clauseBefore(i) : null;
      const afterDate = (before !== null ? statedDate(before)?.date : null) ?? sentenceOpening;
      const inherited: SentenceDate | null =
        cut && /^after\s+which\b/i.test(sentence)
          ? afterDate !== null
            ? { date: null, qualified: { qualifier: 'after', date: afterDate }, relative: null }
            : null
          : cut &&
              sentenceOpening !== null &&
              !SUBORDINATE_OPENING.test(sentence) &&
              // "In 2009, Peru refused a request from Chile to …": the request's time is not said.
              !nominalActAgent(sentence)
            ? { date: sentenceOpening, qualified: null, relative: null }
            : null;
      // "Serbia agreed to X for one year, while Kosovo agreed to Y for the same period": a past act
      // told alongside a dated past act, joined to it by "while" or "whereas", was done on that
      // act's occasion; a stance so joined ("…, while Kosovo has no embassy there") has no date.
      const joint = cut ? null : clauseBefore(i);
      const alongside: SentenceDate | null =
        inherited === null &&
        joint !== null &&
        previousDate !== null &&
        when.date === null &&
        when.qualified === null &&
        ALONGSIDE_JOINT.test(joint) &&
        tellsPastAct(sentence) &&
        tellsPastAct(joint.replace(ALONGSIDE_JOINT, ''))
          ? { date: previousDate, qualified: null, relative: null }
          : null;
      // "After the court found in July 2010 that …, the minister said …": the main clause cut from a
      // fronted clause of time is after (or before) that clause's date, which is not its own.
      const frontedTime = joint !== null ? FRONTED_TIME.exec(joint) : null;
      // The fronted clause is itself subordinate: its first date outside quoted words is its own.
      const frontedDate = frontedTime
        ? findDates(joint!).find(
            (d) => !doubleQuotedSpans(joint!).some((q) => d.index >= q.start && d.index < q.end),
          )?.date
        : undefined;
      const placed: SentenceDate | null =
        inherited === null &&
        alongside === null &&
        frontedTime !== null &&
        frontedDate &&
        when.date === null &&
        when.qualified === null
          ? {
              date: null,
              qualified: {
                qualifier: frontedTime[1]!.toLowerCase() as Qualifier,
                date: frontedDate,
              },
              relative: null,
            }
          : null;
      const read = inherited ?? alongside ?? placed ?? (keep ? when : { ...when, date: null });
      const byEvent =
        read.date === null && read.qualified === null ? placedByEvent(sentence, told) : null;
      const dated = byEvent ? { ...read, qualified: byEvent } : read;
      const piece = { text: sentence, sentences: [i], ...dated };
      pieces.push(piece);
      firstSentence.set(piece, sentence);
    } else {
      // A clause cut from the sentence whose clause is right before it is joined back with the
      // words that stood between them (", although"): the statement's text is the source's words.
      current.text = `${current.text}${jointAfter(sentences[i - 1], clauseBefore(i))} ${sentence}`;
      current.sentences.push(i);
      if (!current.qualified && when.qualified && current.date === null)
        current.qualified = when.qualified;
    }
    // "At the same time", "A year later" count from the sentence right before: one whose own date
    // the rules cannot read ("in late April") leaves the next relative date unresolved, not
    // counted from an earlier sentence. A sentence that carries a statement on has its date.
    previousDate =
      when.date ??
      (!startsNew ? (current?.date ?? null) : tellsAState(sentence) ? previousDate : null);
    anchor = when.date ?? toldAfter(when) ?? anchor;
    if (when.date) told = [...told, { text: sentence, date: when.date }];
    sentenceOpening =
      first !== null && first.index <= OPENING
        ? first.date
        : /^\p{Ll}/u.test(sentence)
          ? sentenceOpening
          : null;
  });
  return pieces.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text !== '');
}

/**
 * Splits one table cell or paragraph into statements (see `groupSentences`). "… stated X, but in
 * September 2008 Sargsyan stated Y" is two dated statements in one sentence.
 */
export function splitStatements(
  text: string,
  speakerOf?: (sentence: string) => string | null,
): StatementPiece[] {
  return groupSentences(cellSentences(text), speakerOf);
}

/** A cell's sentences, with the missing spaces of the source restored and ", but in <date>" split. */
export function cellSentences(text: string): string[] {
  return splitSentences(text.replace(/([a-z)\]]["”]?\.["”]?)(?=[A-Z][a-z])/g, '$1 ')).flatMap((s) =>
    s.split(/,\s*(?=but\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b)/),
  );
}

/** Where the first active speech verb starts ("Dačić said"), ignoring passives ("was declared"); -1 if none. */
export function speechVerbIndex(sentence: string): number {
  const re = new RegExp(SPEECH_VERB_WORDS.source, 'g');
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const before = sentence.slice(0, m.index);
    // "is reported to have responded": the subject did respond; only the report is passive.
    const reportedTo =
      /\b(?:is|are|was|were)\s+(?:said|reported|believed)\s+to\s+(?:have\s+)?$/.test(before);
    if (!reportedTo && /\b(was|were|been|be|being|is|are)\s+(\S+\s+){0,3}$/.test(before)) continue;
    // "so-called", "self-declared": part of an adjective, not a verb.
    if (sentence[m.index - 1] === '-') continue;
    // "travel documents issued by Kosovo", "a statement released by the ministry": a participle
    // after its noun, passive without its auxiliary.
    if (/^\s+by\b/.test(sentence.slice(m.index + m[0].length))) continue;
    if (isNounUse(sentence, m.index, m[0])) continue;
    // "countries that recognised Kosovo": a restrictive relative clause tells what its noun did,
    // not the act of the sentence's subject.
    if (/\p{Ll}\s+that\s+$/u.test(before)) continue;
    return m.index;
  }
  return -1;
}

/** A prose sentence is a statement when it is dated and someone says or does something in it. */
export function isDatedStatement(sentence: string): boolean {
  return statedDate(sentence) !== null && speechVerbIndex(sentence) >= 0;
}
