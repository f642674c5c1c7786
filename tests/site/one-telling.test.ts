/**
 * Pages review 9, #4 and #13, on the built pages: a source's words are printed in full on one card
 * of a page, never on two (a pointer to the card that prints them is allowed), and an undated
 * card comes after the card it follows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import {
  assertBuilt,
  distDir,
  elements,
  hasClass,
  htmlFiles,
  parsePage,
  repoRoot,
} from './builtSite';
import { listFiles } from '../../src/shared/files';

assertBuilt();

// A run this long printed on two cards is one telling printed twice, not a shared phrase.
const RUN = 10;
const wordsIn = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const runsOf = (words: readonly string[]) => {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
};

// Runs the sources themselves print twice ("the OIC adopted a resolution calling on member states
// to consider recognising Kosovo", in 2011 and in 2012): two cards may each print their own.
const sourceDir = path.join(repoRoot, 'content/sources');
const sourceRunCount = new Map<string, number>();
for (const file of listFiles(sourceDir).filter((f) => f.endsWith('.txt'))) {
  const words = wordsIn(readFileSync(path.join(sourceDir, file), 'utf8'));
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN).join(' ');
    sourceRunCount.set(run, (sourceRunCount.get(run) ?? 0) + 1);
  }
}

/**
 * The words a card prints in full: its paragraphs and quotes, less pointers, its meta line and its
 * source links.
 */
function printedWords(card: Element): string[] {
  const out: string[] = [];
  const walk = (node: Element | Element['children'][number], skip: boolean) => {
    if (node.type === 'text') {
      if (!skip) out.push(node.value);
      return;
    }
    if (node.type !== 'element') return;
    const pointer = node.tagName === 'a' && hasClass(node, 'at');
    const meta =
      (node.tagName === 'p' && hasClass(node, 'voice')) || hasClass(node, 'statement-tools');
    const heading = /^h[1-6]$/.test(node.tagName);
    for (const child of node.children) walk(child, skip || pointer || meta || heading);
  };
  walk(card, false);
  return wordsIn(out.join(' '));
}

const heading = (card: Element) =>
  [...elements(card)].find((e) => /^h[23]$/.test(e.tagName))?.properties?.id?.toString() ?? '?';

describe('one telling per page (pages review 9, #4)', () => {
  it('no ten-word run of a source is printed in full on two cards of one page', () => {
    const repeated: string[] = [];
    let pages = 0;
    for (const file of htmlFiles()) {
      if (!readFileSync(path.join(distDir, file), 'utf8').includes('class="statement"')) continue;
      pages += 1;
      const cards = [...elements(parsePage(file))].filter(
        (e) => e.tagName === 'article' && hasClass(e, 'statement'),
      );
      const seen = new Map<string, number>();
      const pairs = new Set<string>();
      cards.forEach((card, i) => {
        for (const run of runsOf(printedWords(card))) {
          if ((sourceRunCount.get(run) ?? 0) > 1) continue;
          const first = seen.get(run);
          if (first === undefined) seen.set(run, i);
          else if (first !== i) pairs.add(`${file}: ${heading(cards[first]!)} / ${heading(card)}`);
        }
      });
      repeated.push(...pairs);
    }
    expect(pages).toBeGreaterThan(100);
    // Written out: the pairs no rule of the page joins yet (reported, not fixed): the page's first
    // card leaning on a card below it (Balochistan, France), a clause above the card whose words
    // it follows (the UN's "the council members …"), and one sentence told in two voices and dates
    // (Belarus's IMF sentence). Review 9's Jahjaga and Al-Nasser, Belarus's "illegal", the Council
    // of Europe's, Ban Ki-moon's, Slovakia's, the EBU's and Transnistria's repeats are gone.
    expect(repeated.sort()).toEqual([
      'organisations/balochistan/index.html: balochistan-undated-however-jumma-khan-marri-has / balochistan-2010-08-former-baloch-separatist-leader-jumma',
      'organisations/imf/index.html: belarus-2001-concluding-an-arrangement-for-an / belarus-undated-belarus-has-had-an-ongoing',
      'organisations/united-nations/index.html: united-nations-undated-council-members-given-differences-stated / russia-2008-02-17-russia-called-an-emergency-session',
      'states/belarus/index.html: belarus-2001-concluding-an-arrangement-for-an / belarus-undated-belarus-has-had-an-ongoing',
      'states/france/index.html: france-undated-secondly-france-maintained-an-active / france-undated-it-has-played-an-active',
    ]);
  });
});
