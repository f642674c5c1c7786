import { globally, sourcePatterns, type SourcePatterns } from '../../shared/sourcePatterns';
import { LOST_VALUE } from '../read/lostValues';
import { numberWord } from './numberWords';
import { findDates } from './dates';
import { SUBJECT } from '../../shared/subject';

/** A number a source states, before it is compared with the data. */
export interface StatedFigure {
  /** What is counted: recognitions by UN members, an organisation's recognising members, withdrawals, a milestone. */
  kind: 'recognitions' | 'org-tally' | 'org-not-recognising' | 'withdrawals' | 'milestone';
  label: string;
  value: number;
  outOf: number | null;
  claimant: string;
  /** Organisation name or abbreviation as written, for org tallies. */
  organisation: string | null;
  asOf: string | null;
}

const num = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : numberWord(s));

// "Kosovo claims …", "The Serbian Foreign Ministry claimed …": the party named before the verb.
const CLAIMANT =
  /(?:^|[,;:]\s*|\b(?:whilst|while|and)\s+)(?:The\s+)?((?:\p{Lu}[\p{L}'’-]*\s?){1,4}?)\s*claim(?:s|ed)\b/u;

/** Who states the figures of a sentence: a party the sentence names as claiming them, or the article. */
function claimantOf(sentence: string): string {
  return CLAIMANT.exec(sentence)?.[1]?.trim() || 'the article';
}

/**
 * Finds the figures a sentence states: by the grammar below, which reads any article ("22 out of
 * 27 European Union member states", "recognised by 98 countries", "became the 100th country to
 * recognise"), and by the phrases of content/editorial/source-patterns.yaml written for single
 * sentences of these articles (by default the site's editorial folder's). `context` carries the group named earlier in the paragraph
 * ("Among the G20 countries, …") for a following sentence that counts within it.
 */
export function findFigures(
  sentence: string,
  context: { group: string | null } = { group: null },
  patterns: Pick<SourcePatterns, 'figures' | 'groupTallies'> = sourcePatterns(),
): StatedFigure[] {
  const out: StatedFigure[] = [];
  const claimant = claimantOf(sentence);
  const asOf = findDates(sentence)[0]?.date ?? null;

  // The share in parentheses may be written, empty, or marked as lost in this copy ("(81%)", "()").
  const share = String.raw`(?:\((?:\d*%?|${LOST_VALUE.replace(/[[\]]/g, '\\$&')})\)\s*)?`;
  for (const m of sentence.matchAll(
    new RegExp(
      String.raw`(\d+) out of (\d+)\s*${share}([A-Z][\p{L}]*(?:\s(?:[A-Z][\p{L}]*|of|and|for))*?)\s*(?:\([A-Z]+\)\s*)?member states`,
      'gu',
    ),
  )) {
    out.push({
      kind: 'org-tally',
      label: `${m[3]!.trim()} member states recognising ${SUBJECT.name}`,
      value: Number(m[1]),
      outOf: Number(m[2]),
      claimant,
      organisation: m[3]!.trim(),
      asOf,
    });
  }
  for (const m of sentence.matchAll(/(\d+) of the ([\p{L} ]+?)'s (\d+) member/gu)) {
    out.push({
      kind: 'org-tally',
      label: `${m[2]} member states recognising ${SUBJECT.name}`,
      value: Number(m[1]),
      outOf: Number(m[3]),
      claimant,
      organisation: m[2]!,
      asOf,
    });
  }
  for (const p of patterns.figures) {
    for (const f of sentence.matchAll(globally(p.re))) {
      const value = num(f.groups!['value']!);
      const outOf = f.groups!['outOf'] === undefined ? null : num(f.groups!['outOf']);
      if (value === null) continue;
      out.push({
        kind: p.kind,
        label: p.label,
        value,
        outOf,
        claimant: p.claimant ?? f.groups!['claimant'] ?? claimant,
        organisation: p.organisation,
        asOf,
      });
    }
  }
  let m = /recogni[sz]ed by (\d+) countries/.exec(sentence);
  if (m)
    out.push({
      kind: 'recognitions',
      label: `Countries recognising ${SUBJECT.name}`,
      value: Number(m[1]),
      outOf: null,
      claimant,
      organisation: null,
      asOf,
    });
  m = /became the (\d+)(?:st|nd|rd|th) country to recogni[sz]e/.exec(sentence);
  if (m)
    out.push({
      kind: 'milestone',
      label: `${m[1]}th recognition`,
      value: Number(m[1]),
      outOf: null,
      claimant,
      organisation: null,
      asOf,
    });
  for (const p of patterns.groupTallies) {
    for (const g of sentence.matchAll(globally(p.re))) {
      const n = num(g.groups!['count']!);
      const inner = num(g.groups!['inner']!);
      const group = g.groups!['group']!;
      const negative = g.groups!['negative'] !== undefined;
      if (n !== null && context.group) {
        out.push({
          kind: negative ? 'org-not-recognising' : 'org-tally',
          label: `${context.group} countries ${negative ? 'not recognising' : 'recognising'} ${SUBJECT.name}`,
          value: n,
          outOf: null,
          claimant,
          organisation: context.group,
          asOf,
        });
      }
      if (inner !== null) {
        out.push({
          kind: 'org-tally',
          label: `${group} countries recognising ${SUBJECT.name}`,
          value: negative ? 0 : inner,
          outOf: inner,
          claimant,
          organisation: group,
          asOf,
        });
      }
    }
  }
  return out;
}

/** The group a paragraph's sentence introduces ("Among the G20 countries, …"), if any. */
export function groupNamed(sentence: string): string | null {
  return /Among the ([A-Z0-9]+) countries/.exec(sentence)?.[1] ?? null;
}

/** A figure the source leaves blank ("at least out of () United Nations member states"). */
export function blankFigures(sentence: string): string[] {
  const lost = LOST_VALUE.replace(/[[\]]/g, '\\$&');
  return [
    ...sentence.matchAll(
      new RegExp(
        `at least\\s+${lost}\\s+out of \\(${lost}\\)\\s+([\\p{L} ]+?) member states`,
        'gu',
      ),
    ),
  ].map((m) => m[0]);
}
