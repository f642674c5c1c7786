import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import { SourceError } from '../../../../src/ingest/read/document';

const meta = { sourceId: 'x', file: 'x.txt' };

describe('wikitext reader', () => {
  it('reads headings into section paths, paragraphs, lists and tables with their lines', () => {
    const doc = readWikitext(
      '= Title =\n\nIntro.\n\n== A ==\n=== B ===\nText.\n| H1 | H2 |\n| a | b |\n- item\n',
      meta,
    );
    expect(doc.title).toBe('Title');
    const [h1, p1, h2, h3, p2, table, li] = doc.blocks;
    expect(h1).toMatchObject({ kind: 'heading', level: 1, line: 1, id: 'title' });
    expect(p1).toMatchObject({ kind: 'paragraph', line: 3, section: ['Title'] });
    expect(h3).toMatchObject({ kind: 'heading', level: 3, section: ['Title', 'A', 'B'] });
    expect(p2).toMatchObject({ text: 'Text.', section: ['Title', 'A', 'B'] });
    expect(table).toMatchObject({
      kind: 'table',
      line: 8,
      header: { cells: ['H1', 'H2'] },
      rows: [{ line: 9, cells: ['a', 'b'] }],
    });
    expect(li).toMatchObject({ kind: 'list-item', text: 'item', line: 10 });
    expect(h2).toMatchObject({ text: 'A' });
  });

  it('drops template attribute cells and infobox residue', () => {
    const doc = readWikitext(
      '= T =\nInfobox\n- Filetype: PNG\n\n| Country | Position |\n| nowrap | AZE | Text |\n',
      meta,
    );
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toEqual([]);
    const t = doc.blocks.find((b) => b.kind === 'table');
    expect(t && t.kind === 'table' && t.rows[0]!.cells).toEqual(['AZE', 'Text']);
  });

  it('gives the same blocks for CRLF and BOM input', () => {
    const lf = readWikitext('= T =\n| a | b |\n| c | d |\nPara.\n', meta);
    const crlf = readWikitext('\uFEFF= T =\r\n| a | b |\r\n| c | d |\r\nPara.\r\n', meta);
    expect(crlf).toEqual(lf);
    const crcrlf = readWikitext('= T =\r\r\n| a | b |\r\r\n| c | d |\r\r\nPara.\r\r\n', meta);
    expect(crcrlf).toEqual(lf);
    const controlInCrlf = readWikitext('= T =\r\u0001\n| a | b |\r\n| c | d |\r\nPara.\r\n', meta);
    expect(controlInCrlf).toEqual(lf);
  });

  it('names file and line for a truncated table row and a missing title', () => {
    expect(() => readWikitext('= T =\n| a | b |\n| c | d', meta)).toThrow(SourceError);
    expect(() => readWikitext('= T =\n| a | b |\n| c | d', meta)).toThrow(
      /x\.txt:3: expected a table row closed by "\|"/,
    );
    expect(() => readWikitext('no title here', meta)).toThrow(
      /x\.txt:1: expected a "= Title =" heading/,
    );
  });

  it('makes heading ids unique', () => {
    const doc = readWikitext('= T =\n== Member states ==\n== Member states ==\n', meta);
    expect(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.id : '')),
    ).toEqual(['t', 'member-states', 'member-states-2']);
  });
});
