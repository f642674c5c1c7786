import type { Event } from '../../schemas';
import { findDates } from './dates';
import { doubleQuotedSpans } from '../../shared/quotes';
import { sourcePatterns, type SourcePatterns } from '../../shared/sourcePatterns';
import { joinedExpressions } from '../membership';
import { splitActs } from './statement/clauses';
import { mainClause } from './statement/mainClause';
import { resolveRelative } from './statements';
import { SUBJECT } from '../../shared/subject';

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
        // Accepting a plan is agreeing to it: "accepted a roadmap and timescale for its implementation".
        /\b(accepted|adopted|endorsed|ratified) (a|an|the) (\w+ ){0,2}(roadmap|plan|agreement|deal|treaty|framework)\b/,
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

/** Finds the states and organisations a stretch of text names, by id. */
export type NameFinder = (text: string) => string[];

/** One act a dated event sentence tells, with its own date and the actors it concerns. */
export interface EventAct {
  kind: Kind;
  date: string;
  /** The relative phrase the date was resolved from ("the following month"), when it was. */
  dateRelative: string | null;
  /** The act's words, with the shared subject put back when the act carries it on. */
  title: string;
  /** States and organisations the act concerns besides Kosovo (whose events have no subject). */
  parties: string[];
}

// "in European Union-mediated dialogue", "mediated by the EU", "brokered by Norway", "with the
// United States brokering", "under the auspices of the OSCE": who brought the sides together.
// A name: capitalised words, "of" and "the" allowed inside ("the Organization of American States").
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:\s+(?:(?:of|the|for|and)\s+)*\p{Lu}[\p{L}'’]*)*`;
const MEDIATOR = [
  new RegExp(String.raw`(${NAME})(?:-|\s+)(?:mediated|brokered|sponsored|facilitated)\b`, 'gu'),
  new RegExp(
    String.raw`\b(?:mediated|brokered|sponsored|facilitated)\s+by\s+(?:the\s+)?(${NAME})`,
    'gu',
  ),
  new RegExp(
    String.raw`\bwith\s+(?:the\s+)?(${NAME})\s+(?:mediating|brokering|facilitating)\b`,
    'gu',
  ),
  new RegExp(String.raw`\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?(${NAME})`, 'gu'),
];

function mediators(sentence: string, find: NameFinder): string[] {
  return MEDIATOR.flatMap((re) => [...sentence.matchAll(re)].flatMap((m) => find(m[1]!)));
}

// Words that may open an act carried on from the sentence's subject before its verb ("through
// further negotiations, accepted …"): the title puts the subject back before them.
const CARRIED_OPENING = /^(?:through|after|following|with|by|at|during|in)\b[^,]*,\s/;

/**
 * The events a dated sentence about Kosovo tells, one per act: "In February 2023, Serbia and
 * Kosovo agreed to A and, through further negotiations, accepted B the following month" is two
 * agreements, February and March. Each act is dated by its own words or, failing those, by a
 * relative phrase against the act before it; an act with neither is not an event. The actors named
 * as the sentence's subject ("Serbia and Kosovo", "the Governments of Kosovo and Serbia") and a
 * mediator ("European Union-mediated") are parties of every act of the sentence; Kosovo is not
 * listed, its events having no subject.
 */
export function eventActs(
  sentence: string,
  find: NameFinder,
  patterns: Phrases = sourcePatterns(),
): EventAct[] {
  const acts = splitActs(sentence, () => false);
  const subject = mainClause(acts[0]!).subject?.text ?? '';
  const parties = [...new Set([...find(subject), ...mediators(sentence, find)])].filter(
    (id) => id !== SUBJECT.id,
  );
  const whole = (): EventAct[] => {
    const date = eventDate(sentence);
    const kind = date ? classifyEvent(sentence, patterns) : null;
    return date && kind
      ? [{ kind, date, dateRelative: null, title: eventTitle(sentence), parties }]
      : [];
  };
  if (acts.length < 2) return whole();
  const out: EventAct[] = [];
  let previous: string | null = null;
  for (const act of acts) {
    const own = eventDate(act);
    const relative: { date: string; phrase: string } | null = own
      ? null
      : resolveRelative(act, previous);
    const date: string | null = own ?? relative?.date ?? null;
    if (date) previous = date;
    const kind = date ? classifyEvent(act, patterns) : null;
    if (!date || !kind) continue;
    // An act opening on its verb phrase carries the first act's subject on.
    const carried = /^\p{Ll}/u.test(act) && subject !== '';
    const title = carried
      ? `${subject}${CARRIED_OPENING.test(act) ? ', ' : ' '}${act}`
      : act.charAt(0).toUpperCase() + act.slice(1);
    out.push({
      kind,
      date,
      dateRelative: relative?.phrase ?? null,
      title: eventTitle(title),
      parties,
    });
  }
  return out.length ? out : whole();
}
