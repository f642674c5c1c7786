/**
 * Calendar check of every date written in a source file, before any extractor reads it. The
 * date extractor recognises only valid-looking forms, so "31 February 2009" would be read as
 * February 2009 and "2008-13-45" not at all: the date (and the statement ids and permalinks built
 * from it) would change silently. Here an impossible date stops the ingest at file:line:column.
 */
import { monthNames } from '../../shared/months';
import { SourceError } from './document';

const MONTHS = new Map<string, number>();
for (const style of ['long', 'short'] as const)
  monthNames(style).forEach((name, m) => MONTHS.set(name.toLowerCase(), m + 1));
MONTHS.set('sept', 9);
const MONTH = `(${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name[0]!.toUpperCase() + name.slice(1))
  .join('|')})\\.?`;

// Day and month in either order, with or without a year; and ISO dates (any two digits, so a
// thirteenth month is caught). A day is one or two digits standing alone.
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}:.,]\\d|[\\p{L}\\p{N}])`,
  'gu',
);
const ISO = /(?<![\p{L}\p{N}-])((?:1[89]|20)\d\d)-(\d\d)-(\d\d)(?![\p{L}\p{N}-])/gu;

/** Days in `month` of `year`; without a year, February may have 29. */
function daysIn(month: number, year: number | null): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `day month year` is no calendar date, or null when it is one. */
function impossible(day: number, month: number, year: number | null): string | null {
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  if (day < 1 || day > daysIn(month, year))
    return `day ${day} does not exist in month ${month}${year === null ? '' : ` of ${year}`}`;
  return null;
}

/**
 * Throws a SourceError at the first impossible calendar date in `text` (file:line:column, the
 * date as found and why it is impossible).
 */
export function checkCalendarDates(text: string, file: string): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found: Array<{ index: number; raw: string; why: string }> = [];
    for (const m of line.matchAll(DAY_MONTH)) {
      const why = impossible(
        Number(m[1]),
        MONTHS.get(m[2]!.toLowerCase())!,
        m[3] ? Number(m[3]) : null,
      );
      if (why) found.push({ index: m.index, raw: m[0], why });
    }
    for (const m of line.matchAll(MONTH_DAY)) {
      const why = impossible(
        Number(m[2]),
        MONTHS.get(m[1]!.toLowerCase())!,
        m[3] ? Number(m[3]) : null,
      );
      if (why) found.push({ index: m.index, raw: m[0], why });
    }
    for (const m of line.matchAll(ISO)) {
      const why = impossible(Number(m[3]), Number(m[2]), Number(m[1]));
      if (why) found.push({ index: m.index, raw: m[0], why });
    }
    const first = found.sort((a, b) => a.index - b.index)[0];
    if (first)
      throw new SourceError(
        file,
        i + 1,
        `a calendar date (${first.why})`,
        first.raw,
        [...line.slice(0, first.index)].length + 1,
      );
  });
}

/** Edit distance with adjacent transpositions ("Febraury" is one step from "February"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

const LONG_MONTHS = monthNames('long');

/**
 * The month a capitalised word is a misspelling of: same first letter, not itself a month, and
 * one edit away (two for the long names, where a slip of two letters still leaves the word
 * unmistakable).
 */
function misspeltMonth(word: string): string | null {
  const w = word.toLowerCase();
  if (MONTHS.has(w)) return null;
  for (const month of LONG_MONTHS) {
    const m = month.toLowerCase();
    if (m[0] !== w[0]) continue;
    if (editDistance(w, m) <= (m.length >= 6 ? 2 : 1)) return month;
  }
  return null;
}

// A capitalised word where a month stands: after a day, or after a word that opens a date ("in",
// "since", "early"), and before a year. A name before a year ("Marco 2008") stands nowhere else.
const WORD_YEAR =
  /(?:(?<![\p{L}\p{N}])(\d{1,2})\s+|(?<![\p{L}])(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]o)\s+)(\p{Lu}\p{Ll}{2,9})\.?,?\s+((?:1[89]|20)\d\d)(?![\p{L}\p{N}])/gu;

/**
 * Throws a SourceError at the first word in a date position that is a misspelt month ("In
 * Febraury 2008"): the date extractor would otherwise read the year alone, and the statement's
 * date and id would change silently.
 */
export function checkMonthSpelling(text: string, file: string): void {
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(WORD_YEAR)) {
      const month = misspeltMonth(m[2]!);
      if (!month) continue;
      const at = m.index + m[0].indexOf(m[2]!);
      throw new SourceError(
        file,
        i + 1,
        `a month name in this date position ("${m[2]}" reads like a misspelt "${month}")`,
        line.slice(at, m.index + m[0].length),
        [...line.slice(0, at)].length + 1,
      );
    }
  });
}
