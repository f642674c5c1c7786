import { describe, expect, it } from 'vitest';
import { checkCitedWords, citesItsLine } from '../../../../src/ingest/read/citedWords';
import { SourceError } from '../../../../src/ingest/read/document';
import { readGlossedScrape } from '../../../../src/ingest/read/glossedScrape';
import type { SourceRef } from '../../../../src/schemas';

// An invented scrape: the second sentence starts on line 7 after a link on line 6.
const scrape = [
  'Ruritania–Freedonia relations',
  '',
  'Ruritania Ruritania, officially the Kingdom of Ruritania, is a country in Central Europe with ...',
  'and Freedonia agreed to open embassies in',
  'Zenda Zenda is the capital city of Ruritania, a kingdom in Central Europe on the river ...',
  'in March 2011. The treaty was signed by the',
  'Prime Minister of Freedonia The Prime Minister of Freedonia is the head of government of ...',
  ', who visited Zenda in May 2011.',
].join('\n');
const doc = readGlossedScrape(scrape, { sourceId: 'invented', file: 'invented.txt' });

const ref = (line: number, excerpt: string): SourceRef => ({
  source: 'invented',
  section: ['Ruritania–Freedonia relations'],
  line,
  anchor: `L${line}`,
  excerpt,
});

describe('citesItsLine', () => {
  it('accepts a sentence cited at the line its first words are on, a link line included', () => {
    expect(
      citesItsLine(doc, ref(3, 'Ruritania and Freedonia agreed to open embassies in Zenda')),
    ).toBe(true);
    expect(citesItsLine(doc, ref(6, 'The treaty was signed by the Prime Minister'))).toBe(true);
  });

  it('rejects a sentence cited at a later line of its paragraph, or at a link it only contains', () => {
    expect(citesItsLine(doc, ref(5, 'The treaty was signed by the Prime Minister'))).toBe(false);
    expect(citesItsLine(doc, ref(7, 'The treaty was signed by the Prime Minister'))).toBe(false);
    expect(citesItsLine(doc, ref(4, 'Ruritania and Freedonia agreed'))).toBe(false);
  });

  it('rejects words the article does not hold', () => {
    expect(citesItsLine(doc, ref(6, 'The treaty was ratified'))).toBe(false);
  });

  it('matches a table row by its words, whatever joins the cells', () => {
    const table = {
      ...doc,
      blocks: [
        ...doc.blocks,
        {
          kind: 'table' as const,
          line: 10,
          section: ['Ruritania–Freedonia relations'],
          header: { line: 10, cells: ['#', 'State', 'Date'] },
          rows: [{ line: 11, cells: ['1', 'RUR', '4 May 2011'] }],
        },
      ],
    };
    expect(citesItsLine(table, ref(11, '1 | RUR | 4 May 2011'))).toBe(true);
    expect(citesItsLine(table, ref(10, '1 | RUR | 4 May 2011'))).toBe(false);
  });
});

describe('checkCitedWords', () => {
  it('fails at the cited file:line, naming the fact', () => {
    const check = () =>
      checkCitedWords(
        [doc],
        [
          { what: 'statement a', sources: [ref(3, 'Ruritania and Freedonia agreed')] },
          { what: 'statement b', sources: [ref(7, 'The treaty was signed')] },
        ],
      );
    expect(check).toThrow(SourceError);
    expect(check).toThrow(/^invented\.txt:7: expected the first words of statement b/);
  });

  it('passes when every fact starts on its cited line', () => {
    expect(() =>
      checkCitedWords([doc], [{ what: 'statement a', sources: [ref(6, 'The treaty was signed')] }]),
    ).not.toThrow();
  });
});
