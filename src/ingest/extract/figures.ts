import { LOST_VALUE } from '../read/lostValues';
import { numberWord } from './numberWords';
import { findDates } from './dates';

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
  const named = CLAIMANT.exec(sentence)?.[1]?.trim();
  if (named) return named;
  if (/\bthird[- ]party sources\b/i.test(sentence)) return 'Third-party sources';
  return 'the article';
}

/**
 * Finds the figures a sentence states. `context` carries the group named earlier in the paragraph
 * ("Among the G20 countries, …") for a following sentence that counts within it.
 */
export function findFigures(
  sentence: string,
  context: { group: string | null } = { group: null },
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
      label: `${m[3]!.trim()} member states recognising Kosovo`,
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
      label: `${m[2]} member states recognising Kosovo`,
      value: Number(m[1]),
      outOf: Number(m[3]),
      claimant,
      organisation: m[2]!,
      asOf,
    });
  }
  let m = /received (\d+) diplomatic recognitions by UN member states/.exec(sentence);
  if (m)
    out.push({
      kind: 'recognitions',
      label: 'Recognitions by UN member states',
      value: Number(m[1]),
      outOf: null,
      claimant,
      organisation: null,
      asOf,
    });
  for (const c of sentence.matchAll(
    /(\p{Lu}[\p{L}]+) claims (?:that )?the number[^.]*? is (\d+)/gu,
  )) {
    out.push({
      kind: 'recognitions',
      label: 'Countries recognising Kosovo',
      value: Number(c[2]),
      outOf: null,
      claimant: c[1]!,
      organisation: null,
      asOf,
    });
  }
  m = /give the number of recognising countries as around (\d+)/.exec(sentence);
  if (m)
    out.push({
      kind: 'recognitions',
      label: 'Countries recognising Kosovo (approximately)',
      value: Number(m[1]),
      outOf: null,
      claimant: 'Third-party sources',
      organisation: null,
      asOf,
    });
  m = /recogni[sz]ed by (\d+) countries/.exec(sentence);
  if (m)
    out.push({
      kind: 'recognitions',
      label: 'Countries recognising Kosovo',
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
  m = /a total of (\d+) countries had withdrawn/.exec(sentence);
  if (m)
    out.push({
      kind: 'withdrawals',
      label: 'Countries that withdrew recognition',
      value: Number(m[1]),
      outOf: null,
      claimant,
      organisation: null,
      asOf,
    });
  m = /of its (\w+) members with veto power, (\w+)/.exec(sentence);
  if (m && num(m[1]!) !== null && num(m[2]!) !== null) {
    out.push({
      kind: 'org-tally',
      label: 'Permanent members of the Security Council recognising Kosovo',
      value: num(m[2]!)!,
      outOf: num(m[1]!),
      claimant,
      organisation: 'permanent members',
      asOf,
    });
  }
  // "eleven (including all seven G7 countries) have recognised" / "Eight (including all five founding BRICS countries), however, have not recognised"
  for (const g of sentence.matchAll(
    /(\w+) \(including all (\w+) (?:founding )?([A-Z0-9]+) countries\),?(?: however,)? have (not )?recognised/g,
  )) {
    const n = num(g[1]!);
    const inner = num(g[2]!);
    const negative = g[4] !== undefined;
    if (n !== null && context.group) {
      out.push({
        kind: negative ? 'org-not-recognising' : 'org-tally',
        label: `${context.group} countries ${negative ? 'not recognising' : 'recognising'} Kosovo`,
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
        label: `${g[3]} countries recognising Kosovo`,
        value: negative ? 0 : inner,
        outOf: inner,
        claimant,
        organisation: g[3]!,
        asOf,
      });
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
