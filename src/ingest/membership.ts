import type { Organisation, Position } from '../schemas';
import { findDates } from './extract/dates';
import { splitSentences } from './extract/quotes';
import { mentionsSubject } from '../shared/subject';

type Status = NonNullable<Organisation['kosovoMembership']>['status'];

// Checked in order: a sentence stating full membership outranks one about an earlier provisional step.
const RULES: Array<[Status, RegExp]> = [
  [
    'member',
    /\bbecame (a |the )?(full |\d+\w* )?member\b|\bKosovo is a member of\b|\bwas voted into\b|\bsigned the [\w' ]*Articles of Agreement\b|\bagreeing to the membership of Kosovo\b[^.]*\bapproved\b/,
  ],
  ['rejected', /\bfalling short\b|\bfell short\b/],
  ['not-member', /\bis not (an active |a )?member\b|\bnot a member\b/],
  ['provisional', /\bprovisional member\b/],
  ['applied', /\bplans to apply\b|\bapplied for membership\b/],
];

/** Kosovo's membership of an organisation, from the organisation's own position statements. */
export function kosovoMembership(positions: Position[]): Organisation['kosovoMembership'] {
  for (const [status, re] of RULES) {
    for (const p of positions) {
      for (const sentence of splitSentences(p.text)) {
        if (!mentionsSubject(sentence) || !re.test(sentence)) continue;
        // The date nearest the last statement of membership ("voted into UEFA in April 2016, and on
        // 13 May 2016 … was voted into the organisation").
        const at = [...sentence.matchAll(new RegExp(re.source, 'g'))].at(-1)!.index;
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
