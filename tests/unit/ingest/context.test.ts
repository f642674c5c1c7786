import { describe, expect, it } from 'vitest';
import {
  allProseSentences,
  introducesTable,
  partRef,
  proseSentences,
} from '../../../src/ingest/context';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { readGlossedScrape } from '../../../src/ingest/read/glossedScrape';

const meta = { sourceId: 'x', file: 'x.txt' };
// Lines: 1 title, 3 paragraph of two sentences, 5 heading, 6 a list item, 7 a sentence that
// introduces the table on line 8, 11 end matter heading, 12 its list item.
const doc = readWikitext(
  [
    '= T =',
    '',
    'France recognised Kosovo on 18 February 2008. Serbia objected.',
    '',
    '== Relations ==',
    '- a list item says something.',
    'List of countries which Belarus maintains diplomatic relations with:',
    '| Country | Formal Relations Began |',
    '| Cuba | 1992 |',
    '',
    '== See also ==',
    '- Foreign relations of Kosovo',
    '',
  ].join('\n'),
  meta,
);

describe('prose sentences and their provenance', () => {
  it('yields each sentence of the paragraphs outside end matter, cited at its line', () => {
    const found = [...proseSentences(doc)].map((s) => [
      s.sentence,
      s.index,
      s.ref.line,
      s.ref.anchor,
    ]);
    expect(found).toEqual([
      ['France recognised Kosovo on 18 February 2008.', 0, 3, 'L3'],
      ['Serbia objected.', 1, 3, 'L3'],
      ['List of countries which Belarus maintains diplomatic relations with:', 0, 7, 'L7'],
    ]);
  });

  it('cites the section the sentence stands in, or the title outside any section', () => {
    const [first, , third] = [...proseSentences(doc)];
    expect(first!.ref).toMatchObject({ source: 'x', section: ['T'] });
    expect(third!.ref.section).toEqual(['T', 'Relations']);
  });

  it('counts list items and end matter in every sentence, marking end matter as such', () => {
    const all = [...allProseSentences(doc)].map((s) => [s.ref.line, s.endMatter]);
    expect(all).toEqual([
      [3, false],
      [3, false],
      [6, false],
      [7, false],
      [12, true],
    ]);
  });

  it('knows a sentence ending in a colon before a table introduces it', () => {
    const verdicts = [...proseSentences(doc)].map((s) => introducesTable(doc, s));
    expect(verdicts).toEqual([false, false, true]);
  });
});

describe('partRef: the citation of a part cut from a sentence', () => {
  // An invented scrape: the sentence starts on line 3, its relative clause on line 5, after a link.
  const scrape = readGlossedScrape(
    [
      'Ruritania–Freedonia relations',
      '',
      'She won the title again in Ruritania, this time in',
      'Zenda Zenda is the capital city of Ruritania, a kingdom in Central Europe on the river ...',
      ', which has been greeted with joy by many Freedonians as a victory.',
    ].join('\n'),
    { sourceId: 'invented', file: 'invented.txt' },
  );
  const whole = [...allProseSentences(scrape)][0]!;

  it('cites the line the part’s own first words stand on', () => {
    expect(whole.ref.line).toBe(3);
    const part = 'which has been greeted with joy by many Freedonians as a victory.';
    expect(partRef(scrape, whole, part)).toMatchObject({ line: 5, anchor: 'L5', excerpt: part });
    expect(partRef(scrape, whole, 'She won the title again in Ruritania')).toMatchObject({
      line: 3,
    });
  });
});
