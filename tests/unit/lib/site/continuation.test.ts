/**
 * Statements that open mid-thought (src/lib/site/continuation.ts) and the sentence they lean on,
 * on invented sentences (pages review 4, finding 5): "Secondly, …", "On the other hand, …",
 * "This proved …", "Their replacements …", "It is a technical mission …" read alone say nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  continuationMark,
  opensMidThought,
  sentenceBefore,
} from '../../../../src/lib/site/continuation';
import { antecedentWords, openingWords, summaryWords } from '../../../../src/lib/site/statement';
import type { SourceDocument } from '../../../../src/schemas';

describe('opensMidThought', () => {
  it('a connective, an ordinal or a pronoun standing for what came before leans on the sentence before', () => {
    for (const text of [
      'Secondly, Ruritania kept a mission in the field.',
      'On the other hand, Ruritania does not recognise Kosovo.',
      'However, the treaty was never ratified.',
      'But in 2014 Ruritania changed its mind.',
      'This proved to be correct when Ruritania left the union in 2011.',
      'Their replacements were told to stand firm.',
      'These dynamics reflect older alliances.',
      'It is a technical mission which advises the courts.',
      'It has played an active role in the talks.',
      'They allegedly wanted to lobby the summit.',
      '“However, nothing changed,” the minister said.',
      'In addition, Ruritania opened an embassy.',
    ])
      expect(opensMidThought(text), text).toBe(true);
  });

  it('a sentence that names its own subject, or an empty "it", stands alone', () => {
    for (const text of [
      'Ruritania recognised Kosovo on 3 March 2009.',
      'In response to a letter from a university, the ministry wrote back.',
      'First Deputy Prime Minister Jan Novak said the matter was closed.',
      'It is necessary to look for the solution in negotiations.',
      'It has been reported that an earlier draft called for recognition.',
      'It remains unclear whether the note was sent.',
      'Thessaloniki hosted the talks.',
      'Theirs was a small delegation.',
      'Hence-forward spelled oddly is still a word.',
      'Its-a-small-world diplomacy began.',
    ])
      expect(opensMidThought(text), text).toBe(false);
  });

  it('marks a list opening that leans on what came before, or starts mid-sentence', () => {
    expect(continuationMark('Secondly, Ruritania kept a mission.')).toBe('… ');
    expect(continuationMark('after which Ruritania imposed a tax.')).toBe('… ');
    expect(continuationMark('Ruritania kept a mission.')).toBe('');
    expect(summaryWords('On the other hand, Ruritania does not recognise Kosovo.')).toBe(
      '… On the other hand, Ruritania does not recognise Kosovo.',
    );
  });
});

const doc: SourceDocument = {
  sourceId: 'ruritania',
  file: 'ruritania.txt',
  title: 'Ruritania',
  lineCount: 12,
  blocks: [
    { kind: 'heading', level: 2, text: 'Relations', section: ['Ruritania'], line: 2 },
    {
      kind: 'paragraph',
      text: 'In August 2012, Ruritania expelled all Freedonian diplomats. Its president also fired his air defence chief over the incident. Their replacements were told to use force.',
      section: ['Ruritania', 'Relations'],
      line: 3,
    },
    {
      kind: 'paragraph',
      text: 'On the other hand, Ruritania does not recognise Kosovo.',
      section: ['Ruritania', 'Relations'],
      line: 5,
    },
    { kind: 'heading', level: 2, text: 'Missions', section: ['Ruritania'], line: 7 },
    {
      kind: 'paragraph',
      text: 'It is a technical mission which advises the courts.',
      section: ['Ruritania', 'Missions'],
      line: 8,
    },
    {
      kind: 'table',
      line: 10,
      section: ['Ruritania', 'Missions'],
      header: { line: 10, cells: ['Code', 'Position'] },
      rows: [
        {
          line: 11,
          cells: ['FRE', 'Freedonia kept its embassy. However, it sent no ambassador.'],
        },
        { line: 12, cells: ['SYL', 'However, Sylvania never answered.'] },
      ],
    },
  ],
} as unknown as SourceDocument;

describe('sentenceBefore', () => {
  it('gives the sentence before in its paragraph', () => {
    expect(sentenceBefore(doc, 3, 'Their replacements were told to use force.')).toBe(
      'Its president also fired his air defence chief over the incident.',
    );
  });

  it("gives the last sentence of the paragraph before, in the same section, for a paragraph's first", () => {
    expect(sentenceBefore(doc, 5, 'On the other hand, Ruritania does not recognise Kosovo.')).toBe(
      'Their replacements were told to use force.',
    );
  });

  it('gives nothing across a heading, or before the first sentence of a table cell', () => {
    expect(
      sentenceBefore(doc, 8, 'It is a technical mission which advises the courts.'),
    ).toBeNull();
    expect(sentenceBefore(doc, 12, 'However, Sylvania never answered.')).toBeNull();
    expect(sentenceBefore(doc, 11, 'However, it sent no ambassador.')).toBe(
      'Freedonia kept its embassy.',
    );
  });

  it('gives nothing for words not on the cited line', () => {
    expect(sentenceBefore(doc, 5, 'Their replacements were told to use force.')).toBeNull();
  });
});

describe('antecedentWords', () => {
  it('shows the sentence leaned on, "…" where the source has none, nothing for a whole sentence', () => {
    expect(antecedentWords(doc, 3, 'Their replacements were told to use force.')).toBe(
      'Its president also fired his air defence chief over the incident.',
    );
    expect(antecedentWords(doc, 8, 'It is a technical mission which advises the courts.')).toBe(
      '…',
    );
    expect(
      antecedentWords(doc, 3, 'In August 2012, Ruritania expelled all Freedonian diplomats.'),
    ).toBeNull();
  });

  it('shortens a long sentence leaned on to its opening words', () => {
    expect(
      antecedentWords(doc, 3, 'Their replacements were told to use force.', (s) =>
        openingWords(s, 30),
      ),
    ).toBe('Its president also fired his …');
  });
});
