import { describe, expect, it } from 'vitest';
import { checkEndsComplete } from '../../../../src/ingest/read/completeness';
import type { SourceDocument } from '../../../../src/ingest/read/document';

describe('an article that ends mid-sentence', () => {
  const doc = (last: SourceDocument['blocks'][number]): SourceDocument => ({
    sourceId: 'a',
    file: 'a.txt',
    title: 'A',
    lineCount: 9,
    blocks: [{ kind: 'heading', level: 1, text: 'A', line: 1, id: 'a', section: ['A'] }, last],
  });

  it('stops at the last paragraph line when it has no terminal punctuation', () => {
    expect(() =>
      checkEndsComplete(
        doc({
          kind: 'paragraph',
          text: 'The delegation said that secession by',
          line: 7,
          lineMap: [
            { offset: 0, line: 7 },
            { offset: 10, line: 8 },
          ],
          section: ['A'],
        }),
      ),
    ).toThrow(/^a\.txt:8: expected the article to end on a finished sentence/);
  });

  it('accepts a finished sentence, a quotation closing it, or a list at the end', () => {
    for (const text of ['It ended.', 'He said "no."', 'Was it? (Yes.)'])
      expect(() =>
        checkEndsComplete(doc({ kind: 'paragraph', text, line: 7, section: ['A'] })),
      ).not.toThrow();
    expect(() =>
      checkEndsComplete(doc({ kind: 'list-item', text: 'See also', line: 7, section: ['A'] })),
    ).not.toThrow();
  });
});

describe('what the check leaves alone', () => {
  it('does not judge an article whose last block is a table or heading', () => {
    const tableLast: SourceDocument = {
      sourceId: 'a',
      file: 'a.txt',
      title: 'A',
      lineCount: 3,
      blocks: [
        {
          kind: 'table',
          line: 2,
          section: ['A'],
          header: { line: 2, cells: ['Country', 'Date'] },
          rows: [{ line: 3, cells: ['Ruritania', 'and then'] }],
        },
      ],
    };
    expect(() => checkEndsComplete(tableLast)).not.toThrow();
    expect(() => checkEndsComplete({ ...tableLast, blocks: [] })).not.toThrow();
  });

  it('cites the paragraph line when it spans one line, quoting the last words', () => {
    const doc: SourceDocument = {
      sourceId: 'a',
      file: 'b.txt',
      title: 'B',
      lineCount: 4,
      blocks: [{ kind: 'paragraph', text: 'Talks resumed in', line: 4, section: ['B'] }],
    };
    expect(() => checkEndsComplete(doc)).toThrow(
      'b.txt:4: expected the article to end on a finished sentence (the file ends mid-sentence: a copy cut short? restore the rest of the article), found "Talks resumed in"',
    );
  });
});
