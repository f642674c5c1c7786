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
const STATUS_ORDER: Status[] = ['member', 'rejected', 'not-member', 'provisional', 'applied'];
const GRAMMAR: Partial<Record<Status, RegExp>> = {
  member: new RegExp(
    String.raw`\bbecame (a |the )?(full |\d+\w* )?member\b|\b${escapeRegExp(SUBJECT.name)} is a member of\b`,
  ),
  'not-member': /\bis not (an active |a )?member\b|\bnot a member\b/,
  provisional: /\bprovisional member\b/,
  applied: /\bplans to apply\b|\bapplied for membership\b/,
};

/** Per status in order, the expressions that state it: the grammar, then the editorial phrases. */
function rules(patterns: Pick<SourcePatterns, 'membership'>): Array<[Status, RegExp[]]> {
  return STATUS_ORDER.map((status) => [
    status,
    [
      ...(GRAMMAR[status] ? [GRAMMAR[status]] : []),
      ...patterns.membership.filter((p) => p.status === status).map((p) => p.re),
    ],
  ]);
}

/** Kosovo's membership of an organisation, from the organisation's own position statements. */
export function kosovoMembership(
  positions: Array<Pick<Position, 'text' | 'sources'>>,
  patterns: Pick<SourcePatterns, 'membership'> = sourcePatterns(),
): Organisation['kosovoMembership'] {
  for (const [status, expressions] of rules(patterns)) {
    for (const p of positions) {
      for (const sentence of splitSentences(p.text)) {
        if (!mentionsSubject(sentence)) continue;
        const stated = expressions.flatMap((re) => [...sentence.matchAll(globally(re))]);
        if (stated.length === 0) continue;
        // The date nearest the last statement of membership ("voted into UEFA in April 2016, and on
        // 13 May 2016 … was voted into the organisation").
        const at = Math.max(...stated.map((m) => m.index));
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
