import { describe, expect, it } from 'vitest';
import { ReportBuilder } from '../../../src/ingest/report';
import { readWikitext } from '../../../src/ingest/read/wikitext';

const doc = readWikitext('= T =\n| A | B |\n| 1 | x |\n| 2 | y |\n| 3 | z |\n', {
  sourceId: 't',
  file: 't.txt',
});

describe('build report accounting', () => {
  it('lists a table row that is neither an entry nor reported as an unexplained loss', () => {
    const report = new ReportBuilder();
    report.addDocument(doc);
    report.entry('t', 3);
    report.dropRow('t', 4, 'dropped', 'no country');
    const built = report.build({});
    expect(built.unexplainedLosses).toEqual([
      't.txt:5: table row neither made into an entry nor reported',
    ]);
    expect(built.sources[0]).toMatchObject({ rowsSeen: 3, rowsAsEntries: 1, rowsReported: 1 });
    expect(built.sources[0]!.items).toEqual([
      { file: 't.txt', line: 4, kind: 'dropped', reason: 'no country' },
    ]);
  });

  it('counts a row that became an entry once, even when a note is added about it', () => {
    const report = new ReportBuilder();
    report.addDocument(doc);
    for (const line of [3, 4, 5]) report.entry('t', line);
    report.note('t', 4, 'recovered', 'name recovered');
    const built = report.build({});
    expect(built.unexplainedLosses).toEqual([]);
    expect(built.sources[0]).toMatchObject({ rowsAsEntries: 3, rowsReported: 0 });
  });
});
