import type { Organisation, Position } from '../schemas';
import { findDates } from './extract/dates';
import { splitSentences } from './extract/quotes';
import { mentionsSubject, SUBJECT } from '../shared/subject';
import { globally, sourcePatterns, type SourcePatterns } from '../shared/sourcePatterns';
import { escapeRegExp } from '../shared/text';

type Status = NonNullable<Organisation['kosovoMembership']>['status'];

// The grammar of membership, checked in this order: a sentence stating full membership outranks
// one about an earlier provisional step. The phrases of single sentences (a vote, an organisation's
// articles, a resolution) are in content/editorial/source-patterns.yaml and join their status.
const MEMBERSHIP_STATUS_ORDER: Status[] = [
  'member',
  'rejected',
  'not-member',
  'provisional',
  'applied',
  'planned',
];

/** Joining a body, as an act: "became a member", "became the 182nd member", "became a full member". */
export const JOINED = /\bbecame (a |the )?(full |\d+\w* )?member\b/;

const GRAMMAR: Partial<Record<Status, RegExp>> = {
  member: new RegExp(String.raw`${JOINED.source}|\b${escapeRegExp(SUBJECT.name)} is a member of\b`),
  'not-member': /\bis not (an active |a )?member\b|\bnot a member\b/,
  provisional: /\bprovisional member\b/,
  // A plan to apply is not an application.
  applied: /\bapplied for membership\b/,
  planned: /\bplans? to apply\b/,
};

/**
 * The expressions that tell the subject joined a body (the events' membership): the act in the
 * grammar, and the editorial phrases of single sentences that state membership (a vote, a signature).
 */
export function joinedExpressions(patterns: Pick<SourcePatterns, 'membership'>): RegExp[] {
  return [JOINED, ...patterns.membership.filter((p) => p.status === 'member').map((p) => p.re)];
}

/** Per status in order, the expressions that state it: the grammar, then the editorial phrases. */
function rules(patterns: Pick<SourcePatterns, 'membership'>): Array<[Status, RegExp[]]> {
  return MEMBERSHIP_STATUS_ORDER.map((status) => [
    status,
    [
      ...(GRAMMAR[status] ? [GRAMMAR[status]] : []),
      ...patterns.membership.filter((p) => p.status === status).map((p) => p.re),
    ],
  ]);
}

// What a membership phrase joins Kosovo to, when the sentence names it: "voted into UEFA", "a member
// of CEFTA and SECI". Grammar, not these sources: the object is the run of capitalised words after it.
const OBJECT = /^\s*(?:the\s+)?((?:[A-Z][\w.&'-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'-]*)*)/;

/**
 * Whether the phrase at `at` joins Kosovo to another body than this organisation: its object is a
 * proper name and none of the organisation's names follows it in the clause ("In April 2016,
 * Kosovo was voted into UEFA" sits in FIFA's row but tells the UEFA vote).
 */
function joinsAnotherBody(sentence: string, end: number, names: readonly string[]): boolean {
  const rest = sentence.slice(end);
  const object = OBJECT.exec(rest)?.[1];
  if (!object || names.length === 0) return false;
  const clause = rest.split(/[,;]\s+(?:and|but)\b|[;.]/)[0]!;
  return !names.some((n) => clause.includes(n));
}

/**
 * Kosovo's membership of an organisation, from the organisation's own position statements;
 * `names` are the organisation's names and abbreviations, so a sentence telling Kosovo's joining
 * another body is not read as joining this one.
 */
export function kosovoMembership(
  positions: Array<Pick<Position, 'text' | 'sources'>>,
  names: readonly string[] = [],
  patterns: Pick<SourcePatterns, 'membership'> = sourcePatterns(),
): Organisation['kosovoMembership'] {
  for (const [status, expressions] of rules(patterns)) {
    for (const p of positions) {
      for (const sentence of splitSentences(p.text)) {
        if (!mentionsSubject(sentence)) continue;
        const stated = expressions.flatMap((re) => [...sentence.matchAll(globally(re))]);
        if (stated.length === 0) continue;
        const last = stated.reduce((a, b) => (b.index > a.index ? b : a));
        if (joinsAnotherBody(sentence, last.index + last[0].length, names)) continue;
        // The date nearest the last statement of membership ("voted into UEFA in April 2016, and on
        // 13 May 2016 … was voted into the organisation").
        const at = last.index;
        const date =
          findDates(sentence).sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0]
            ?.date ?? null;
        return {
          status,
          since: status === 'member' || status === 'provisional' ? date : null,
          text: sentence,
          source: p.sources[0]!,
        };
      }
    }
  }
  return null;
}
