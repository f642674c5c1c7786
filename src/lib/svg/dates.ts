import { monthNames } from '../../shared/months';

/**
 * Dates as the charts need them: a partial date (`2008`, `2008-02`, `2008-02-17`) is a span of
 * days, a point only when the day is written. Values are decimal years (UTC) for scaling.
 */
export interface DateSpan {
  start: number;
  end: number;
  exact: boolean;
}

const DAY_MS = 86_400_000;

function decimalYear(y: number, m: number, d: number): number {
  const t = Date.UTC(y, m - 1, d);
  const y0 = Date.UTC(y, 0, 1);
  const y1 = Date.UTC(y + 1, 0, 1);
  return y + (t - y0) / (y1 - y0);
}

export function spanOfPartialDate(date: string): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const t = decimalYear(y, Number(m[2]), Number(m[3]));
    return { start: t, end: t, exact: true };
  }
  if (m[2]) {
    const mo = Number(m[2]);
    const last = new Date(Date.UTC(y, mo, 1) - DAY_MS).getUTCDate();
    return { start: decimalYear(y, mo, 1), end: decimalYear(y, mo, last), exact: false };
  }
  return { start: decimalYear(y, 1, 1), end: decimalYear(y, 12, 31), exact: false };
}

const MONTHS = monthNames('long').map((name) => name.toLowerCase());

/**
 * Reads the as-of phrase of a stated figure ("4 September 2020", "as of March 2023", "2024-01-05",
 * "2019"): the last date written in it, as a partial date. Null when the phrase names no date.
 */
export function partialDateOfPhrase(phrase: string): string | null {
  const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(phrase);
  if (iso) return iso[0];
  const text = phrase.toLowerCase();
  const monthAlt = MONTHS.join('|');
  const dmy = new RegExp(`(\\d{1,2})\\s+(${monthAlt})\\s+(\\d{4})`).exec(text);
  if (dmy) return `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2]!) + 1)}-${pad(Number(dmy[1]))}`;
  const mdy = new RegExp(`(${monthAlt})\\s+(\\d{1,2}),?\\s+(\\d{4})`).exec(text);
  if (mdy) return `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1]!) + 1)}-${pad(Number(mdy[2]))}`;
  const my = new RegExp(`(${monthAlt})\\s+(\\d{4})`).exec(text);
  if (my) return `${my[2]}-${pad(MONTHS.indexOf(my[1]!) + 1)}`;
  const y = /\b(19|20)\d{2}\b/.exec(text);
  return y ? y[0] : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
