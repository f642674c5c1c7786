/**
 * Dates as the sources write them, at the precision written: "17 February 2008" → `2008-02-17`,
 * "February 2008" → `2008-02`, "in 2008" → `2008`. Nothing is padded or guessed: a day without a
 * year ("on 18 February") is no date here; `findYearlessDates` reads it for the statement rules
 * to date from the paragraph's last year (chrono-node's reference date would serve, but it is not
 * a dependency, and one year taken from the sentence before is all these sentences need).
 *
 * Why this hand-written rule and not chrono-node (issue 15 asked for the comparison): with each
 * finding the dates under the same statement rules, on the gold set's tune half (rules alone, no
 * editorial corrections, measured 2026-12-05 with chrono-node 2.10.3), statement date precision /
 * recall was: this rule 97.2 % (70/72) / 90.9 % (70/77); chrono's strict parser 93.3 % (28/30) /
 * 35.9 % (28/78), since it reads no bare year ("in 2008"); chrono's casual parser 95.2 % (60/63) /
 * 76.9 % (60/78), and it reads numbers that are not dates. Only components chrono marks certain
 * were kept (no guessed year); relative dates ("a year later") are resolved by `statements.ts`
 * against the previous statement's date, which chrono's single reference date cannot give.
 */

import { monthNames } from '../../shared/months';

export interface FoundDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text. */
  date: string;
  /** Offset of `raw` in the searched text. */
  index: number;
  length: number;
  /** The matched words, e.g. "17 February 2008" (without a leading "in"/"on"). */
  raw: string;
}

// Month names come from the runtime's CLDR data (Intl) rather than a hand-typed list, so long
// and short forms ("September", "Sep") stay consistent; "Sept" is the one common form CLDR lacks.
function monthNumbers(): Map<string, number> {
  const names = new Map<string, number>();
  for (const style of ['long', 'short'] as const)
    monthNames(style).forEach((name, m) => names.set(name.toLowerCase(), m + 1));
  names.set('sept', 9);
  return names;
}

const MONTHS = monthNumbers();
// Longest first so "June" is preferred to "Jun". Capitalised only: "they may 2012" is no month.
const MONTH = `(?:${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name[0]!.toUpperCase() + name.slice(1))
  .join('|')})\\.?`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
// A year standing alone is only trusted in 1900–2099; "1244" or "546 kilometres" are not years.
const STANDALONE_YEAR = '(?:19\\d\\d|20\\d\\d)';
const NOT_BEFORE = '(?<![\\p{L}\\p{N}]|\\p{N}[.,])';
const NOT_AFTER = '(?![\\p{L}\\p{N}]|[.,]\\p{N}|-\\p{N})';

// Alternatives are tried in order at each position, so the most precise form wins.
const DATE_PATTERN = new RegExp(
  [
    `(?<isoDay>(?<isoDayY>${YEAR})-(?<isoDayM>0[1-9]|1[0-2])-(?<isoDayD>0[1-9]|[12]\\d|3[01]))`,
    `(?<isoMonth>(?<isoMonthY>${YEAR})-(?<isoMonthM>0[1-9]|1[0-2]))`,
    `(?<dmy>(?<dmyD>${DAY})\\s+(?:of\\s+)?(?<dmyM>${MONTH}),?\\s+(?<dmyY>${YEAR}))`,
    `(?<mdy>(?<mdyM>${MONTH})\\s+(?<mdyD>${DAY}),?\\s+(?<mdyY>${YEAR}))`,
    `(?<my>(?<myM>${MONTH}),?\\s+(?<myY>${YEAR}))`,
    `(?<y>${STANDALONE_YEAR})`,
  ]
    .map((alt) => `${NOT_BEFORE}${alt}${NOT_AFTER}`)
    .join('|'),
  'gu',
);

// A bare number followed by a counted noun is a quantity, not a year ("2000 soldiers").
const COUNTED_NOUN =
  /^\s*(?:[a-z]+\s+)?(?:km|kilomet(?:re|er)s?|miles?|people|persons|soldiers|troops|votes|members|countries|states|dollars|euros)\b/i;
// Numbers that name things rather than times: "Resolution 1244", "No 2000", "ISO 3166".
const NUMBER_LABEL = /(?:\bNo\.?|\bnumber|\bResolution|\bUNSCR|\bArticle|\bISO)\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.replace(/\.$/, '').toLowerCase());
}

function toDate(groups: Record<string, string | undefined>): string | null {
  if (groups.isoDay) {
    const [y, m, d] = [Number(groups.isoDayY), Number(groups.isoDayM), Number(groups.isoDayD)];
    return isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  if (groups.isoMonth) return `${groups.isoMonthY}-${groups.isoMonthM}`;
  if (groups.dmy || groups.mdy) {
    const y = Number(groups.dmyY ?? groups.mdyY);
    const m = monthNumber(groups.dmyM ?? groups.mdyM ?? '');
    const d = Number.parseInt(groups.dmyD ?? groups.mdyD ?? '', 10);
    if (m === undefined) return null;
    // An impossible day ("31 February 2008") still tells the month and year the text meant.
    return isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
  }
  if (groups.my) {
    const m = monthNumber(groups.myM ?? '');
    return m === undefined ? null : `${groups.myY}-${pad(m)}`;
  }
  return groups.y ?? null;
}

/** Every date in `text`, left to right, each at the precision the text gives. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const groups = match.groups ?? {};
    const index = match.index;
    const raw = match[0];
    if (groups.y) {
      if (
        COUNTED_NOUN.test(text.slice(index + raw.length)) ||
        NUMBER_LABEL.test(text.slice(0, index))
      )
        continue;
    }
    const date = toDate(groups);
    if (date !== null) found.push({ date, index, length: raw.length, raw });
  }
  return found;
}

/**
 * A table cell that should hold one date ("11 June 2008", "1992-04", "January 1992", "1923").
 * Null when the cell is blank or holds anything besides a single date.
 */
export function parseDateCell(cell: string): string | null {
  const text = cell.trim().replace(/\.$/, '');
  if (text === '') return null;
  const dates = findDates(text);
  const only = dates[0];
  if (dates.length !== 1 || !only || only.index !== 0 || only.length !== text.length) return null;
  return only.date;
}

/** A day or month the text gives without a year ("on 18 February", "in late April"). */
export interface YearlessDate {
  month: number;
  /** Null when only the month is written. */
  day: number | null;
  index: number;
  length: number;
  raw: string;
}

// A month alone is a date only after a preposition ("in late April", "by March"): capitalised
// "May" opens sentences as a verb. A day with its month ("18 February", "February 18") needs none.
const YEARLESS_PATTERN = new RegExp(
  [
    `(?<dm>(?<dmD>${DAY})\\s+(?:of\\s+)?(?<dmM>${MONTH}))`,
    `(?<md>(?<mdM>${MONTH})\\s+(?<mdD>${DAY}))`,
    // "the following February": a month the words place after the date just told.
    `(?<=\\b(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|the\\s+following|the\\s+next)\\s+(?:(?:early|late|mid)\\s+|mid-)?)(?<m>${MONTH})`,
  ]
    .map((alt) => `${NOT_BEFORE}${alt}${NOT_AFTER}`)
    .join('|'),
  'gu',
);

const LONG_MONTH_THEN_STOP = new RegExp(`(?:${monthNames('long').join('|')})\\.$`);

/**
 * Every day or month in `text` written without a year, left to right; the parts of full dates
 * (see `findDates`) are not among them. "Late", "early" and "mid" are dropped: the schema's date
 * qualifiers place a date before or after another, not within its month.
 */
export function findYearlessDates(text: string): YearlessDate[] {
  const full = findDates(text);
  const found: YearlessDate[] = [];
  for (const match of text.matchAll(YEARLESS_PATTERN)) {
    const groups = match.groups ?? {};
    const index = match.index;
    // "in late April." ends the sentence; only a short form ("Sept.") takes the period.
    const raw = LONG_MONTH_THEN_STOP.test(match[0]) ? match[0].slice(0, -1) : match[0];
    if (full.some((d) => index < d.index + d.length && d.index < index + raw.length)) continue;
    // "18 February, 2008" is a full date findDates reads; "February 18, 2008" too.
    if (/^,?\s+(?:1[89]|20)\d\d\b/.test(text.slice(index + raw.length))) continue;
    const month = monthNumber(groups.dmM ?? groups.mdM ?? groups.m ?? '');
    if (month === undefined) continue;
    const dayText = groups.dmD ?? groups.mdD;
    const day = dayText === undefined ? null : Number.parseInt(dayText, 10);
    // "February 30" is no day of any year; a month without its day is still the month written.
    if (day !== null && !isRealDay(2000, month, day)) continue;
    found.push({ month, day, index, length: raw.length, raw });
  }
  return found;
}

/** `found` in `year`, at the precision written; a 29 February outside a leap year is its month. */
export function inYear(found: Pick<YearlessDate, 'month' | 'day'>, year: number): string {
  const month = `${year}-${pad(found.month)}`;
  if (found.day === null) return month;
  return isRealDay(year, found.month, found.day) ? `${month}-${pad(found.day)}` : month;
}
