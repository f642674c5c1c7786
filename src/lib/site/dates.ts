/**
 * Partial dates as the sources write them (`2008`, `2008-02`, `2008-02-17`) in words, never with
 * more precision than written; inferred intervals in words that say they are inferred.
 */

import { formatPartialDate } from '../../shared/partialDate';

export { formatPartialDate };

/** How precisely a partial date is known. */
export function precisionOf(date: string): 'year' | 'month' | 'day' {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

export interface Interval {
  after: string;
  before: string | null;
}

/**
 * An inferred interval in words: "between 20 February 2008 and 5 March 2008", or "after 2020"
 * when nothing later bounds it. The caller labels it as inferred.
 */
export function formatInterval(interval: Interval): string {
  const after = formatPartialDate(interval.after);
  if (interval.before === null) return `after ${after}`;
  if (interval.before === interval.after) return after;
  return `between ${after} and ${formatPartialDate(interval.before)}`;
}

/**
 * A sort key for a partial date, padded with the earliest (or latest) day it may mean:
 * "2008-02" → "2008-02-01" (or "2008-02-31"). For ordering only, never for display.
 */
export function sortKey(date: string | null | undefined, end: 'start' | 'end' = 'start'): string {
  if (!date) return end === 'start' ? '0000-00-00' : '9999-99-99';
  const [year = '0000', month, day] = date.split('-');
  const pad = end === 'start' ? ['01', '01'] : ['12', '31'];
  return `${year}-${month ?? pad[0]}-${day ?? pad[1]}`;
}

/** Compares partial dates chronologically; undated entries go last. Ties keep input order (stable sort). */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  // Same start: the less precise date ("2008") goes before the more precise ("2008-02-17").
  return a.length - b.length;
}

/** Year of a partial date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}
