import { describe, expect, it } from 'vitest';
import { reportUnpairedQuotes, unpairedQuotes } from '../../../../src/ingest/extract/quoteBalance';
import type { SourceDocument } from '../../../../src/ingest/read/document';
import { ReportBuilder } from '../../../../src/ingest/report';

describe('quotation marks that pair', () => {
  it('names an odd count of straight marks or unequal curly ones', () => {
    expect(unpairedQuotes('He said "a" and "b, then left.')).toBe('3 straight quotation marks (")');
    expect(unpairedQuotes('“One” and “two.')).toBe(
      '2 opening (“) and 1 closing (”) quotation marks',
    );
  });

  it('accepts paired marks and none', () => {
    expect(unpairedQuotes('He said "a" and "b".')).toBeNull();
    expect(unpairedQuotes('“One” and ‘two’.')).toBeNull();
    expect(unpairedQuotes('No quotes at all.')).toBeNull();
  });
});

describe('reportUnpairedQuotes', () => {
  const doc: SourceDocument = {
    sourceId: 'q',
    file: 'q.txt',
    title: 'Q',
    lineCount: 9,
    blocks: [
      { kind: 'heading', level: 1, text: 'Q "open', line: 1, id: 'q', section: [] },
      { kind: 'paragraph', text: 'The minister called it “a mistake.', line: 3, section: ['Q'] },
      { kind: 'paragraph', text: 'He said "no" twice.', line: 4, section: ['Q'] },
      { kind: 'list-item', text: 'A "list item', line: 5, section: ['Q'] },
      {
        kind: 'table',
        line: 7,
        section: ['Q'],
        header: { line: 7, cells: ['Country', 'Position'] },
        rows: [
          { line: 8, cells: ['Ruritania', 'It said "never'] },
          { line: 9, cells: ['Freedonia', 'It said "yes"'] },
        ],
      },
    ],
  };

  it('records a quote loss at each paragraph, list item and row whose marks do not pair', () => {
    const report = new ReportBuilder();
    report.addDocument(doc);
    reportUnpairedQuotes(doc, report);
    const built = report.build({});
    const quoteLosses = built.unexplainedLosses.filter((l) => l.includes('quotation marks'));
    // The heading is not read as a statement, so its stray mark is no loss.
    expect(quoteLosses.map((l) => l.split(':').slice(0, 2).join(':'))).toEqual([
      'q.txt:3',
      'q.txt:5',
      'q.txt:8',
    ]);
    expect(quoteLosses[0]).toContain(
      'expected quotation marks that pair, found 1 opening (“) and 0 closing (”) quotation marks',
    );
  });
});
