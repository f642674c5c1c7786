import type { Event } from '../../schemas';
import { findDates } from './dates';
import { doubleQuotedSpans } from '../../shared/quotes';

type Kind = Event['kind'];

// Ordered: the first rule that matches names the event.
const RULES: Array<[Kind, RegExp]> = [
  ['milestone', /\b\d+(st|nd|rd|th) (country|recognition)\b/],
  ['vote', /\b(General Assembly|UNGA)\b.*\b(adopted|resolution)\b/],
  [
    'court',
    /\b(ICJ|International Court of Justice)\b.*\b(ruled|delivered|released|opinion|held)\b|\bcourt delivered\b/,
  ],
  [
    'declaration',
    /\bdeclared (the |its )?independence\b|\bdeclaration of independence\b.*\badopted\b|\bwhich was declared in\b/,
  ],
  [
    'membership',
    /\bbecame (a |the )?(full |\d+\w* )?member\b|\bvoted into\b|\bmembership\b.*\bapproved\b/,
  ],
  // Concluded agreements only: "agreed to appoint a liaison officer" or "normalisation stalled" are not one.
  [
    'agreement',
    /\b(reached|concluded|signed)\b[^.]*\bagreement\b|\bagreed (to|for) (a proposed |economic )?(normalis|normaliz)\w*|\bagreed to normalise\b/,
  ],
];

/** Names the kind of a dated prose sentence that records an event, or null when it records none. */
export function classifyEvent(sentence: string): Kind | null {
  for (const [kind, re] of RULES) if (re.test(sentence)) return kind;
  return null;
}

/** A short title: the sentence up to ~140 characters, cut at a word boundary. */
export function eventTitle(sentence: string): string {
  const s = sentence.trim();
  if (s.length <= 140) return s;
  return `${s.slice(0, 140).replace(/\s+\S*$/, '')} …`;
}

/**
 * The date an event sentence is about: the first date not introduced by "since" ("the 100th
 * recognition since Kosovo declared independence … in February 2008" is not dated February 2008).
 */
export function eventDate(sentence: string): string | null {
  // Unlike a statement's date, an event's may sit in a relative clause ("…, which was declared in
  // 2008"): the sentence is about that event.
  const quoted = doubleQuotedSpans(sentence);
  const d = findDates(sentence).find(
    (x) =>
      !/\bsince\b[^,.;]*$/.test(sentence.slice(Math.max(0, x.index - 80), x.index)) &&
      !quoted.some((q) => x.index >= q.start && x.index < q.end),
  );
  return d?.date ?? null;
}
