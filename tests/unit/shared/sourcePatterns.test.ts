import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globally, loadSourcePatterns } from '../../../src/shared/sourcePatterns';
import { SOURCE_PATTERN_SECTIONS } from '../ingest/resolve/editorialDir';

/** An editorial folder holding only source-patterns.yaml with `yaml` as its text. */
function patternsDir(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'patterns-'));
  writeFileSync(path.join(dir, 'source-patterns.yaml'), yaml);
  return dir;
}

const SECTIONS = SOURCE_PATTERN_SECTIONS;

/** A file with `sections` as written and every other section empty. */
const file = (sections: Record<string, string>) =>
  SECTIONS.map((s) => (sections[s] ? `${s}:\n${sections[s]}` : `${s}: []\n`)).join('');

const FIGURE = (writtenFor: string) =>
  file({
    figures: `  - id: fleet
    pattern: 'operates (?<value>\\d+) lighthouses'
    kind: recognitions
    label: Lighthouses
    writtenFor: ${writtenFor}
    reason: A phrase of the test article only.
`,
  });

describe('source-patterns.yaml is validated when read', () => {
  it('reads a pattern with its source line and its own position', () => {
    const p = loadSourcePatterns(patternsDir(FIGURE('t.txt:3'))).figures[0]!;
    expect(p).toMatchObject({
      name: 'figures/fleet',
      file: 't.txt',
      line: 3,
      label: 'Lighthouses',
    });
    expect(p.at).toMatchObject({ file: 'source-patterns.yaml', line: 2 });
  });

  it('refuses a figure pattern without its value group, at the pattern line', () => {
    const dir = patternsDir(FIGURE('t.txt:3').replace('(?<value>\\d+)', '(\\d+)'));
    expect(() => loadSourcePatterns(dir)).toThrow(
      /source-patterns\.yaml:3:.*needs the named group\(s\) value/,
    );
  });

  it('refuses an expression that does not compile, and a writtenFor that is no file:line', () => {
    expect(() =>
      loadSourcePatterns(patternsDir(FIGURE('t.txt:3').replace('lighthouses', '(?<x'))),
    ).toThrow(/source-patterns\.yaml:3:.*not a regular expression/);
    expect(() => loadSourcePatterns(patternsDir(FIGURE('line three')))).toThrow(
      /source-patterns\.yaml:6:.*file:line/,
    );
  });
});

describe('each section as the extractors read it', () => {
  const REASON = 'reason: A phrase of the test article only.';

  it('compiles dispute phrases case-blind only when asked, and names entries by their place', () => {
    const p = loadSourcePatterns(
      patternsDir(
        file({
          disputeAssertions: `  - pattern: 'recognises the republic'
    ignoreCase: true
    what: recognises
    writtenFor: t.txt:4
    ${REASON}
`,
          disputeDenials: `  - pattern: 'does not recognise'
    writtenFor: t.txt:5
    ${REASON}
`,
        }),
      ),
    );
    expect(p.disputeAssertions[0]!.name).toBe('disputeAssertions/1');
    expect(p.disputeAssertions[0]!.re.test('It Recognises The Republic.')).toBe(true);
    expect(p.disputeDenials[0]!.re.test('It Does Not Recognise it.')).toBe(false);
    expect(p.disputeDenials[0]!.re.test('It does not recognise it.')).toBe(true);
  });

  it('matches a word list as whole words, people words case-blind, section phrases lower-cased', () => {
    const p = loadSourcePatterns(
      patternsDir(
        file({
          partOfNameWords: `  - word: 'Dam|Canal'
    writtenFor: t.txt:6
    ${REASON}
`,
          peopleWords: `  - word: 'fishers'
    writtenFor: t.txt:7
    ${REASON}
`,
          positionTableSections: `  - contains: Other Entities
    kind: other-state
    writtenFor: t.txt:8
    ${REASON}
`,
        }),
      ),
    );
    expect(p.partOfNameWords[0]!.re.test('the Ruritania Canal')).toBe(true);
    expect(p.partOfNameWords[0]!.re.test('the Ruritania Canals')).toBe(false);
    expect(p.peopleWords[0]!.re.test('Ruritanian Fishers')).toBe(true);
    expect(p.positionTableSections[0]).toMatchObject({
      name: 'positionTableSections/Other Entities',
      contains: 'other entities',
      kind: 'other-state',
      file: 't.txt',
      line: 8,
    });
  });

  it('refuses an entry without a reason', () => {
    expect(() =>
      loadSourcePatterns(
        patternsDir(file({ peopleWords: "  - word: 'fishers'\n    writtenFor: t.txt:7\n" })),
      ),
    ).toThrow(/source-patterns\.yaml:\d+:\d+: expected every entry to match its schema/);
  });
});

describe('globally', () => {
  it('adds the g flag once, keeping the others', () => {
    expect(globally(/a/u).flags).toBe('gu');
    expect(globally(/a/giu).flags).toBe('giu');
    expect([...'aXa'.matchAll(globally(/a/u))]).toHaveLength(2);
  });
});

describe('the events section', () => {
  it('reads an event phrase with its kind, and is optional (no section, no phrases)', () => {
    expect(loadSourcePatterns(patternsDir(file({}))).events).toEqual([]);
    const events = loadSourcePatterns(
      patternsDir(
        file({}) +
          `events:
  - kind: court
    pattern: '\\bRCC ruled\\b'
    writtenFor: t.txt:4
    reason: The test article names its court by an abbreviation only.
`,
      ),
    ).events;
    expect(events.map((e) => [e.kind, e.name, e.file, e.line, e.re.test('the RCC ruled')])).toEqual(
      [['court', 'events/1 (court)', 't.txt', 4, true]],
    );
  });

  it('refuses a kind the events do not have, and membership (its own section)', () => {
    const entry = (kind: string) =>
      file({}) +
      `events:
  - kind: ${kind}
    pattern: 'x'
    writtenFor: t.txt:4
    reason: A phrase of the test article only.
`;
    expect(() => loadSourcePatterns(patternsDir(entry('membership')))).toThrow(
      /source-patterns\.yaml:\d+:/,
    );
    expect(loadSourcePatterns(patternsDir(entry('vote'))).events[0]!.kind).toBe('vote');
  });
});
