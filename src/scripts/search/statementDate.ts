// Pagefind's sub-results carry only the heading text of the matched section, not attributes,
// so the date of a matching statement is read back out of that text (the pages put the date
// into each statement heading for exactly this reason).

import { monthNames } from '../../shared/months';

const MONTHS = monthNames('long');
const MONTH_PATTERN = `(?:${MONTHS.join('|')}|${monthNames('short').join('|')})\\.?`;

// Most specific first: a bare year must not win over a full date that contains it.
const DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/,
  new RegExp(`\\b\\d{1,2} ${MONTH_PATTERN},? \\d{4}\\b`, 'i'),
  new RegExp(`\\b${MONTH_PATTERN} \\d{1,2}, \\d{4}\\b`, 'i'),
  /\b\d{4}-\d{2}\b/,
  new RegExp(`\\b${MONTH_PATTERN} \\d{4}\\b`, 'i'),
  /\b(?:19|20)\d{2}\b/,
];

/** The first date-like phrase in `text` as written (e.g. "17 February 2008"), or undefined. */
export function findStatementDate(text: string): string | undefined {
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** A machine-readable form for `<time datetime>`, when the phrase can be read unambiguously. */
export function toDateTimeAttribute(phrase: string): string | undefined {
  if (/^\d{4}(-\d{2}){0,2}$/.test(phrase)) return phrase;
  const words = phrase.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const year = words.find((w) => /^\d{4}$/.test(w));
  const monthIndex = words
    .map((w) =>
      MONTHS.findIndex(
        (m) => m.slice(0, 3).toLowerCase() === w.slice(0, 3).toLowerCase() && /^[a-z]+$/i.test(w),
      ),
    )
    .find((i) => i >= 0);
  const day = words.find((w) => /^\d{1,2}$/.test(w));
  if (year === undefined) return undefined;
  if (monthIndex === undefined) return year;
  const month = String(monthIndex + 1).padStart(2, '0');
  return day === undefined ? `${year}-${month}` : `${year}-${month}-${day.padStart(2, '0')}`;
}

/**
 * The words a statement heading puts before a date it only qualifies ("As of 2011 — France",
 * "After 17 February 2008 — …"; the schema's `qualifiedDate.qualifier`, which a unit test keeps
 * in step): the word belongs with the date, or the label reads "As of — France".
 */
const QUALIFIER_BEFORE_DATE = /\b(?:as of|after|before|since|until|by)\s+$/i;

/**
 * Splits a statement heading into who/what and when, so the date can be shown as its own
 * `<time>` without repeating it in the link text: "Ivica Dačić, 17 February 2012" →
 * { label: "Ivica Dačić", date: "17 February 2012" }; "As of 2011 — France" →
 * { label: "France", date: "as of 2011" } (lower case, as it follows the label).
 */
export function splitStatementHeading(heading: string): { label: string; date?: string } {
  const found = findStatementDate(heading);
  if (found === undefined) return { label: heading };
  const start = heading.indexOf(found);
  const qualifier = QUALIFIER_BEFORE_DATE.exec(heading.slice(0, start))?.[0] ?? '';
  const label =
    `${heading.slice(0, start - qualifier.length)} ${heading.slice(start + found.length)}`
      .replace(/\(\s*\)/g, ' ')
      .replace(/\s+([,.;:])/g, '$1')
      .replace(/^[\s,.;:–—-]+|[\s,.;:–—(-]+$/g, '')
      .replace(/\s{2,}/g, ' ');
  const date = `${qualifier.toLowerCase().replace(/\s+/g, ' ')}${found}`;
  return label === '' ? { label: heading, date } : { label, date };
}
