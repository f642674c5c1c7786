import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/ingest/extract/figures';
import { kosovoMembership } from '../../../src/ingest/membership';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { ReportBuilder } from '../../../src/ingest/report';
import { checkSourcePatterns } from '../../../src/ingest/sourcePatternChecks';
import type { Position } from '../../../src/schemas';
import { loadSourcePatterns } from '../../../src/shared/sourcePatterns';

const EMPTY = {
  figures: [],
  groupTallies: [],
  membership: [],
  events: [],
  disputeAssertions: [],
  disputeDenials: [],
  withdrawalLists: [],
  positionTableSections: [],
  partOfNameWords: [],
  peopleWords: [],
};

/** An editorial folder holding only source-patterns.yaml with `yaml` as its text. */
function patternsDir(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'patterns-'));
  writeFileSync(path.join(dir, 'source-patterns.yaml'), yaml);
  return dir;
}

const FIGURE = (writtenFor: string) => `figures:
  - id: fleet
    pattern: 'operates (?<value>\\d+) lighthouses'
    kind: recognitions
    label: Lighthouses
    writtenFor: ${writtenFor}
    reason: A phrase of the test article only.
groupTallies: []
membership: []
events: []
disputeAssertions: []
disputeDenials: []
withdrawalLists: []
positionTableSections: []
partOfNameWords: []
peopleWords: []
`;

describe('a figure phrase lives in the editorial data, not in the code', () => {
  const sentence = 'The authority operates 42 lighthouses along the coast.';
  it('is found through its pattern in an article the code has never seen', () => {
    const patterns = loadSourcePatterns(patternsDir(FIGURE('t.txt:3')));
    expect(findFigures(sentence, { group: null }, patterns)).toEqual([
      {
        kind: 'recognitions',
        label: 'Lighthouses',
        value: 42,
        outOf: null,
        claimant: 'the article',
        organisation: null,
        asOf: null,
      },
    ]);
  });
  it('is not found without it', () => {
    expect(findFigures(sentence, { group: null }, EMPTY)).toEqual([]);
  });
});

describe('membership: grammar in the code, single-sentence phrases from the data', () => {
  const position = (text: string) =>
    ({ text, sources: [{ source: 's', line: 1 }] }) as unknown as Position;
  it('reads "became a member" in any article', () => {
    expect(
      kosovoMembership([position('On 3 May 2020 Kosovo became a member of the club.')], [], EMPTY),
    ).toMatchObject({ status: 'member', since: '2020-05-03' });
  });
  it('reads a vote only through an editorial pattern', () => {
    const voted = [position('In April 2016, Kosovo was voted into UEFA.')];
    expect(kosovoMembership(voted, [], EMPTY)).toBeNull();
    const membership = [
      { name: 'membership/1', at: null, file: 't.txt', line: 1, re: /\bwas voted into\b/u },
    ].map((p) => ({ ...p, status: 'member' as const }));
    expect(kosovoMembership(voted, [], { membership })).toMatchObject({
      status: 'member',
      since: '2016-04',
    });
  });
});

describe('each pattern is checked against the line it was written for', () => {
  const article = '= T =\nIntro line.\nThe authority operates 42 lighthouses.\n';
  function ingestLike(sourceText: string, writtenFor: string) {
    const sourcesDir = mkdtempSync(path.join(tmpdir(), 'sources-'));
    writeFileSync(path.join(sourcesDir, 't.txt'), sourceText);
    const doc = readWikitext(sourceText, { sourceId: 't', file: 't.txt' });
    const report = new ReportBuilder();
    report.addDocument(doc);
    const patterns = loadSourcePatterns(patternsDir(FIGURE(writtenFor)));
    checkSourcePatterns(patterns, { sourcesDir, documents: [doc], positions: [] }, report);
    return report.build({}).sources[0]!.items;
  }

  it('passes quietly when the line holds the phrase and the extractors read it', () => {
    expect(ingestLike(article, 't.txt:3')).toEqual([]);
  });

  it('reports a phrase that moved to another line, where it now stands', () => {
    expect(ingestLike(article.replace('Intro line.\n', 'Intro.\nMore.\n'), 't.txt:3')).toEqual([
      {
        file: 't.txt',
        line: 4,
        kind: 'note',
        reason:
          'the editorial pattern figures/fleet (source-patterns.yaml:2) was written for line 3 and now stands here: re-point its writtenFor',
      },
    ]);
  });

  it('stops the ingest at the pattern when its file no longer holds the phrase', () => {
    expect(() => ingestLike(article.replace('42 lighthouses', '42 beacons'), 't.txt:3')).toThrow(
      'source-patterns.yaml:2:5: expected figures/fleet to stand at the line it was written for, t.txt:3',
    );
  });

  it('lists a pattern that matched nothing the extractors read (here: a table cell, not prose)', () => {
    const table = '= T =\n| Who | What |\n| operates 42 lighthouses | x |\n';
    const items = ingestLike(table, 't.txt:3');
    expect(items.map((i) => i.reason)).toContain(
      'the editorial pattern figures/fleet (source-patterns.yaml:2) matched nothing the extractors read',
    );
  });
});
