/**
 * Feed entries: dated statements and events, newest first, for the whole site or one state.
 * Undated entries and events whose date is only inferred are left out: a feed item needs a date
 * a source wrote. The RSS itself is written by @astrojs/rss in the feed pages.
 */
import type { Event, Position } from '../../schemas';
import { compareDates, formatPartialDate } from './dates';
import { statementHeading } from './statement';
import { positionHref, siteHref } from './url';

export interface FeedEntry {
  title: string;
  /** Site path with the base (the feed package makes it absolute). */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** The date as written, for ordering and tests. */
  date: string;
}

/** A partial date as the first instant it may mean (UTC): "2008-02" → 1 February 2008. */
export function partialDateToDate(date: string): Date {
  const [y, m = '1', d = '1'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function feedEntries(
  positions: readonly Position[],
  events: readonly Event[],
  base: string,
  options: { subject?: string; title?: (e: Event) => string } = {},
): FeedEntry[] {
  const subject = options.subject;
  // The pages' wording of an event (eventTitle), so a feed reader reads what the timeline says.
  const titleOf = options.title ?? ((e: Event) => e.title);
  const statements = positions
    .filter((p) => p.date && (!subject || (p.actor.type === 'state' && p.actor.id === subject)))
    .map((p): FeedEntry => ({
      title: `Statement: ${statementHeading(p)}`,
      link: positionHref(base, p),
      pubDate: partialDateToDate(p.date!),
      description: p.text,
      categories: ['statement', p.actor.name],
      date: p.date!,
    }));
  const dated = events
    .filter((e) => e.date && (!subject || e.subject === subject))
    .map((e): FeedEntry => ({
      title: `${formatPartialDate(e.date!)}: ${titleOf(e)}`,
      link: `${siteHref(base, 'timeline/')}#event-${e.id}`,
      pubDate: partialDateToDate(e.date!),
      description: `${titleOf(e)} (${formatPartialDate(e.date!)}).`,
      categories: ['event', e.kind],
      date: e.date!,
    }));
  // Newest first; among entries of the same date, the more precise date first, then by link.
  return [...statements, ...dated].sort(
    (a, b) => compareDates(b.date, a.date) || a.link.localeCompare(b.link),
  );
}
