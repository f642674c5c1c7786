import type { Event } from '../../schemas';
import { findDates } from './dates';
import { doubleQuotedSpans } from '../../shared/quotes';
import { sourcePatterns, type SourcePatterns } from '../../shared/sourcePatterns';
import { joinedExpressions } from '../membership';

type Kind = Event['kind'];

type Phrases = Pick<SourcePatterns, 'membership' | 'events'>;

/**
 * The rules, ordered: the first that matches names the event. The grammar is here; what fits one
 * sentence of these sources is in content/editorial/source-patterns.yaml (`events`, each joining its
 * kind), and membership is membership.ts's (its grammar of joining and the editorial phrases that
 * state membership).
 */
function rules(patterns: Phrases): Array<[Kind, RegExp[]]> {
  const phrases = (kind: Kind) => patterns.events.filter((p) => p.kind === kind).map((p) => p.re);
  const grammar: Array<[Kind, RegExp[]]> = [
    ['milestone', [/\b\d+(st|nd|rd|th) (country|recognition)\b/]],
    // An assembly's vote: "the General Assembly adopted …", "an Assembly resolution adopted on …".
    ['vote', [/\bAssembly\b.*\b(adopted|resolution)\b/]],
    // A court's ruling or opinion, whichever court ("the court delivered its opinion", "the Court ruled").
    ['court', [/\b[Cc]ourt\b.*\b(ruled|delivered|released|opinion|held)\b/]],
    // Active or passive: "declared its independence", "independence, which was declared in 2008".
    [
      'declaration',
      [
        /\bdeclared (the |its )?independence\b/,
        /\bdeclaration of independence\b.*\badopted\b/,
        /\bindependence\b[^.;]*\bwas declared\b/,
      ],
    ],
    ['membership', joinedExpressions(patterns)],
    // Concluded agreements only: "agreed to appoint a liaison officer" or "normalisation stalled" are
    // not one. Up to two words may qualify it ("agreed to a proposed normalisation agreement").
    [
      'agreement',
      [
        /\b(reached|concluded|signed)\b[^.]*\bagreement\b/,
        /\bagreed (to|for) (\w+ ){0,2}normali[sz]/,
      ],
    ],
  ];
  return grammar.map(([kind, expressions]) => [kind, [...expressions, ...phrases(kind)]]);
}

/** Names the kind of a dated prose sentence that records an event, or null when it records none. */
export function classifyEvent(sentence: string, patterns: Phrases = sourcePatterns()): Kind | null {
  return (
    rules(patterns).find(([, expressions]) => expressions.some((re) => re.test(sentence)))?.[0] ??
    null
  );
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
