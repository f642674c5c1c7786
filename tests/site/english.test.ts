/**
 * English a person would write (issue 16): the text of every built page, as a reader sees it,
 * is scanned for the defects templates make — a number that disagrees with its noun ("these 1",
 * "1 statements"), words joined where a space went missing ("5source", "asCSV"), and raw
 * "key:value" labels ("entities:recognised"), a space before a comma ("states.json , states.csv"). Any hit fails, with the page and the words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'hast';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertBuilt, distDir, htmlFiles, parsePage } from './builtSite';

// Elements whose boundaries a reader sees as a break, so their texts are not joined.
const BLOCK = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr label li main nav ol option p pre section select summary table tbody td textarea tfoot th thead title tr ul'.split(
    ' ',
  ),
);
// Not prose: code samples, scripts, styles, drawings and the source articles' own text.
const SKIP = new Set(['script', 'style', 'code', 'pre', 'svg', 'template', 'noscript']);

function readerText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    // Inline code stands for a word (“kept in <code>content/editorial/</code>, each …”).
    if (node.tagName === 'code') return '·';
    if (SKIP.has(node.tagName)) return ' ';
    const inner = node.children.map(readerText).join('');
    return BLOCK.has(node.tagName) ? ` ${inner} ` : inner;
  }
  if (node.type === 'root') return node.children.map(readerText).join('');
  return '';
}

const NOUNS =
  'states|members|statements|rows|countries|recognitions|withdrawals|claims|organisations|entities|sources|events|figures|articles|memberships|quotes|years|parties|times';
export const DEFECTS: Array<[string, RegExp]> = [
  [
    'a number that disagrees with its noun',
    new RegExp(`\\b(?:these|those) 1\\b|\\b1 (?:${NOUNS})\\b|\\bone (?:${NOUNS})\\b`, 'i'),
  ],
  ['a number joined to a word', /\b\d+(?!st\b|nd\b|rd\b|th\b|s\b)[a-z]{3,}/],
  // "ccTLDs" is a word the sources use, not a join.
  [
    'words joined without a space',
    /\b(?!ccTLDs?\b)[a-z]{2,}[A-Z]{2,}[a-z]*\b|[a-z]{3,}[.,;:][A-Z][a-z]{2,}/,
  ],
  ['a claim phrased as if it named a state', /\bclaims that a state\b/],
  // How the Atlas is built, not what a reader asked (pages review 4, finding 12).
  [
    'site-internal wording',
    /\binferred interval derived\b|\bthe sources discuss\.|\bComputed from the Atlas’s\b/,
  ],
  // A list whose separator starts a new line in the template ("states.json , states.csv").
  ['a space before a comma', /[\w)”’] ,(?=\s|$)/],
  ['a raw key:value label', /(?<![\w/.:-])(?!https?:|mailto:)[a-z]{3,}:[a-z]{3,}\b/],
];

// A word run into an inline element in the markup ("such as<code>?status=…</code>"): Astro drops
// the line break between a text and the next tag, so a space written as a newline is lost. Read
// from the HTML, because the text scan above skips code and noscript.
const GLUED_TAG =
  /[A-Za-z]<(?:code|a|strong|em|abbr|time|kbd)[\s>]|<\/(?:code|a|strong|em|abbr|time|kbd)>[A-Za-z]/;

/** The first word glued to an inline element in `html`, with the markup around it, or null. */
export function firstGluedTag(html: string): string | null {
  const m = GLUED_TAG.exec(html);
  return m ? html.slice(Math.max(0, m.index - 30), m.index + 40) : null;
}

/** The first defect in `text` with a few words around it, or null. */
export function firstDefect(text: string): string | null {
  for (const [what, pattern] of DEFECTS) {
    const m = pattern.exec(text);
    if (m)
      return `${what}: “…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}…”`;
  }
  return null;
}

describe('English on every page', () => {
  beforeAll(() => assertBuilt());

  it('the scan catches each kind of defect', () => {
    for (const bad of [
      'Jamaica says these 1 never recognised Kosovo',
      'read from 5source articles',
      'Download asCSV',
      'entities:recognised',
      'with 1 statements',
      'Kosovo claims that a state recognises Kosovo',
      'Download: states.json , states.csv.',
      'FIFA is a non-governmental organisation the sources discuss.',
      'Computed from the Atlas’s member list: 22 of 27 members recognise Kosovo.',
      'placed at the start of an inferred interval derived from neighbouring dated rows',
    ])
      expect(firstDefect(bad), bad).not.toBeNull();
    for (const good of [
      'read from 5 source articles',
      'in the 1990s, the 21st',
      'See https://example.org/x',
      'G20 and BRICS',
    ])
      expect(firstDefect(good), good).toBeNull();
  });

  it('no built page has a template defect in its text', () => {
    const found: string[] = [];
    for (const file of htmlFiles()) {
      // The source articles are shown as written: their words are the sources', not the Atlas's.
      if (file.startsWith('sources/') && file !== 'sources/index.html') continue;
      const text = readerText(parsePage(file)).replace(/\s+/g, ' ');
      const defect = firstDefect(text);
      if (defect) found.push(`${file}: ${defect}`);
    }
    expect(found).toEqual([]);
  });

  it('no built page runs a word into an inline element', () => {
    expect(firstGluedTag('a filter (such as<code>?status=withdrawn</code>)')).not.toBeNull();
    expect(firstGluedTag('see <a href="/x/">the counts</a>and more')).not.toBeNull();
    expect(firstGluedTag('a filter (such as <code>?x</code>) or (<a href="/">x</a>).')).toBeNull();
    const found = htmlFiles()
      .map((file) => [file, firstGluedTag(readFileSync(path.join(distDir, file), 'utf8'))] as const)
      .filter(([, glued]) => glued !== null)
      .map(([file, glued]) => `${file}: ${glued}`);
    expect(found).toEqual([]);
  });
});
