/**
 * A partial date as the sources write it (`2008`, `2008-02`, `2008-02-17`) in words, never with more
 * precision than written. Shared because the ingest writes reader-facing explanations too ("Stated
 * as of 17 February 2013"), and the pages write every other date this way.
 */
import { monthNames } from './months';

const MONTHS = monthNames('long');

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2008" → "2008", "2008-02" → "February 2008", "2008-02-17" → "17 February 2008". */
export function formatPartialDate(date: string): string {
  const match = PARTIAL.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (month === undefined) return year ?? date;
  const name = MONTHS[Number(month) - 1];
  if (name === undefined) return date;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
