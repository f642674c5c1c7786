import { escapeRegExp } from '../../shared/text';
import { PEOPLE_BEFORE, partOfNameAfter, peopleAfter } from '../../shared/peopleWords';
import { SUBJECT } from '../../shared/subject';
import { foldText, nameKey } from '../../shared/fold';
import type { Linkable } from './linkable';

/** One name found in a text: original offsets and the entity it means. */
export interface Mention {
  start: number;
  end: number;
  id: string;
}

export interface MentionFinder {
  /** Every mention, left to right, never overlapping; at one position the longest name wins. */
  find(text: string): Mention[];
}

// A nationality that names people, or a name inside a longer one ("Mexico City", "Kosovo Force"):
// src/shared/peopleWords.ts, the actor finder's rules too. Also a nationality after a prefix that
// makes it an attribute ("anti-Albanian", "non-Serb") or after the subject's name ("Kosovo
// Albanian"): not the state.
const PREFIX_BEFORE = /\b(?:anti|non)-\s*$/i;
const SUBJECT_BEFORE = new RegExp(String.raw`\b${escapeRegExp(SUBJECT.name)}\s+$`, 'i');

// Building the alternation for ~250 entities costs more than matching one statement, and pages
// render many statements with the same list, so the finder is kept per list.
const finders = new WeakMap<readonly Linkable[], MentionFinder>();

export function mentionFinder(linkables: readonly Linkable[]): MentionFinder {
  const cached = finders.get(linkables);
  if (cached) return cached;
  const idByKey = new Map<string, string>();
  for (const l of linkables)
    for (const name of l.names) if (!idByKey.has(nameKey(name))) idByKey.set(nameKey(name), l.id);
  // Longest first, so at any position "Guinea-Bissau" is tried before "Guinea"; scanning left to
  // right makes "Equatorial Guinea" and "South Sudan" win over the names inside them. Names end
  // at a non-letter, so "Niger" is not found in "Nigeria" nor "Dominica" in "Dominican".
  const keys = [...idByKey.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern =
    keys.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{N}\\p{M}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
          'gu',
        );
  const peopleAfterRe = peopleAfter();
  const partOfNameRe = partOfNameAfter();
  const finder: MentionFinder = {
    find(text) {
      if (!pattern) return [];
      const folded = foldText(text);
      const mentions: Mention[] = [];
      for (const m of folded.text.matchAll(pattern)) {
        const id = idByKey.get(m[0]);
        const last = m.index + m[0].length - 1;
        const start = folded.start[m.index];
        const end = folded.end[last];
        if (id === undefined || start === undefined || end === undefined) continue;
        // "ethnic Albanian", "anti-Albanian", "the Albanian population": people, not the state.
        const before = folded.text.slice(Math.max(0, m.index - 12), m.index);
        const after = folded.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
        if (
          PEOPLE_BEFORE.test(before) ||
          PREFIX_BEFORE.test(before) ||
          SUBJECT_BEFORE.test(before) ||
          peopleAfterRe.test(after) ||
          partOfNameRe.test(after)
        )
          continue;
        mentions.push({ start, end, id });
      }
      return mentions;
    },
  };
  finders.set(linkables, finder);
  return finder;
}
