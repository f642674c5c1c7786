/**
 * The sentence a statement leans on, recorded by the ingest (src/ingest/statementContext.ts), on
 * invented sentences (pages review 4, finding 5; brief p24): "Secondly, …", "On the other hand,
 * …", "This proved …", "Their replacements …", "It is a technical mission …" read alone say
 * nothing, nor does a clause cut from its sentence ("after which …").
 */
import { describe, expect, it } from 'vitest';
import {
  cellContext,
  opensMidThought,
  proseSentenceBefore,
  runContext,
  statementContext,
} from '../../../src/ingest/statementContext';
import { allProseSentences } from '../../../src/ingest/context';
import { extractProsePositions } from '../../../src/ingest/prosePositions';
import { extractTablePositions, mergePositions } from '../../../src/ingest/positions';
import { ReportBuilder } from '../../../src/ingest/report';
import { position, type SourceDocument } from '../../../src/schemas';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';

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

/** The sentence before the prose sentence whose words start with `opening`, as the ingest finds it. */
function before(opening: string) {
  const s = [...allProseSentences(doc)].find((x) => x.sentence.startsWith(opening))!;
  return proseSentenceBefore(doc)(s);
}

describe('proseSentenceBefore', () => {
  it('gives the sentence before in its paragraph, with its line', () => {
    expect(before('Their replacements')).toEqual({
      text: 'Its president also fired his air defence chief over the incident.',
      line: 3,
    });
  });

  it("gives the last sentence of the paragraph before, in the same section, for a paragraph's first", () => {
    expect(before('On the other hand')).toEqual({
      text: 'Their replacements were told to use force.',
      line: 3,
    });
  });

  it('gives nothing across a heading', () => {
    expect(before('It is a technical mission')).toBeNull();
  });
});

describe('statementContext', () => {
  const sentence = {
    text: 'However, the talks stalled in November 2018, after which Ruritania imposed a tax.',
    line: 7,
  };
  const previous = { text: 'Ruritania and Freedonia opened talks.', line: 6 };

  it('gives the whole sentence a clause was cut from, with its source and line', () => {
    expect(
      statementContext('ruritania', 'after which Ruritania imposed a tax.', sentence, previous),
    ).toEqual({
      kind: 'enclosing',
      text: 'However, the talks stalled in November 2018, after which Ruritania imposed a tax.',
      source: 'ruritania',
      line: 7,
    });
  });

  it('gives the sentence before one that opens mid-thought', () => {
    expect(statementContext('ruritania', sentence.text, sentence, previous)).toEqual({
      kind: 'preceding',
      text: 'Ruritania and Freedonia opened talks.',
      source: 'ruritania',
      line: 6,
    });
  });

  it('gives nothing for a whole sentence standing alone, or mid-thought with nothing before it', () => {
    const whole = { text: 'Ruritania imposed a tax.', line: 7 };
    expect(statementContext('ruritania', whole.text, whole, previous)).toBeNull();
    expect(statementContext('ruritania', sentence.text, sentence, null)).toBeNull();
  });

  it('gives the whole sentence a statement was cut from at its end (pages review 7, finding 5)', () => {
    const expelled = {
      text: 'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy, after a Freedonian firm dropped leaflets over the capital.',
      line: 5,
    };
    const cutShort =
      'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy';
    expect(statementContext('ruritania', cutShort, expelled, previous, cutShort)).toEqual({
      kind: 'enclosing',
      text: 'In August 2012, Ruritania expelled the Freedonian diplomats and closed its embassy, after a Freedonian firm dropped leaflets over the capital.',
      source: 'ruritania',
      line: 5,
    });
    // The whole sentence, or only its full stop left out, is no cut.
    expect(statementContext('ruritania', expelled.text, expelled, previous)).toBeNull();
    expect(
      statementContext('ruritania', expelled.text.slice(0, -1), expelled, previous),
    ).toBeNull();
    // A first clause that the statement's next words carry on is not cut.
    expect(statementContext('ruritania', cutShort, expelled, previous, expelled.text)).toBeNull();
  });

  it('gives nothing for a clause with only punctuation before it', () => {
    const scraped = { text: ', which has been welcomed by many Freedonians.', line: 9 };
    expect(
      statementContext('ruritania', 'which has been welcomed by many Freedonians.', scraped, null),
    ).toBeNull();
  });
});

describe('cellContext', () => {
  const cell = ['Freedonia kept its embassy.', 'However, it sent no ambassador.'];

  it('gives the sentence before in the same cell, and nothing before its first', () => {
    expect(cellContext('ruritania', 'However, it sent no ambassador.', cell, 11)).toEqual({
      kind: 'preceding',
      text: 'Freedonia kept its embassy.',
      source: 'ruritania',
      line: 11,
    });
    expect(
      cellContext(
        'ruritania',
        'However, Sylvania never answered.',
        ['However, Sylvania never answered.'],
        12,
      ),
    ).toBeNull();
  });
});

describe('the export carries the sentence a statement leans on', () => {
  function exported(text: string) {
    const { doc, persons } = fixtureArticle(text);
    const report = new ReportBuilder();
    report.addDocument(doc);
    const raw = [
      ...extractTablePositions(doc, countries, orgs, report, persons),
      ...extractProsePositions(doc, countries, orgs, persons, new Set()).positions,
    ];
    // Parsed by the published schema: the field is part of the export's contract.
    return mergePositions(raw, (a) => `/${a.id}/`).map((p) => position.parse(p));
  }

  it('a statement opening mid-thought has the sentence before it; a whole sentence has none', () => {
    const positions = exported(
      'In March 2009, Serbia expelled the Montenegrin ambassador. Secondly, Serbia recalled its own ambassador from Podgorica.',
    );
    expect(positions.map((p) => [p.text, p.context])).toEqual([
      ['In March 2009, Serbia expelled the Montenegrin ambassador.', null],
      [
        'Secondly, Serbia recalled its own ambassador from Podgorica.',
        {
          kind: 'preceding',
          text: 'In March 2009, Serbia expelled the Montenegrin ambassador.',
          source: 'fixture',
          line: 3,
        },
      ],
    ]);
  });

  it('a statement cut before its sentence ends has the whole sentence (pages review 7, finding 5)', () => {
    const text =
      "Freedonia's plan is rejected by Serbia, with support from Russia, which has blocked the plan in the council.";
    const positions = exported(text);
    expect(positions.map((p) => p.text)).toEqual([
      'Russia, which has blocked the plan in the council.',
      "Freedonia's plan is rejected by Serbia, with support from Russia",
    ]);
    for (const p of positions)
      expect(p.context, p.text).toEqual({ kind: 'enclosing', text, source: 'fixture', line: 3 });
  });

  it('a clause cut from its sentence has the whole sentence', () => {
    const text =
      'The customs talks between the two governments broke down in May 2019, after which Kosovo imposed a tax on goods from Serbia.';
    const clause = exported(text).find((p) => p.text.startsWith('after which'));
    expect(clause?.context).toEqual({ kind: 'enclosing', text, source: 'fixture', line: 3 });
  });
});

describe('runContext: a statement told over several sentences', () => {
  const block = (text: string) => ({ text, line: 7 });
  const para =
    'In May 2019, Ruritania and Elbonia signed a treaty. Ruritania also agreed to lift its tariffs for two years, while Elbonia agreed to open its ports for the same period.';
  const [one, two] = [
    'In May 2019, Ruritania and Elbonia signed a treaty.',
    'Ruritania also agreed to lift its tariffs for two years, while Elbonia agreed to open its ports for the same period.',
  ];

  it('gives the whole last sentence when the statement stops inside it', () => {
    expect(
      runContext(
        'src',
        [
          { sentence: one, whole: one, block: block(para) },
          {
            sentence: 'Ruritania also agreed to lift its tariffs for two years',
            whole: two,
            block: block(para),
          },
        ],
        null,
        `${one} Ruritania also agreed to lift its tariffs for two years`,
      ),
    ).toEqual({ kind: 'enclosing', text: two, source: 'src', line: 7 });
  });

  it('gives none when every sentence is whole', () => {
    expect(
      runContext(
        'src',
        [
          { sentence: one, whole: one, block: block(para) },
          { sentence: two, whole: two, block: block(para) },
        ],
        null,
        `${one} ${two}`,
      ),
    ).toBeNull();
  });

  it("keeps the first sentence's context before the last's", () => {
    const before = { text: 'The talks had failed in 2018.', line: 6 };
    expect(
      runContext(
        'src',
        [
          {
            sentence: 'This changed in May 2019.',
            whole: 'This changed in May 2019.',
            block: block(para),
          },
          {
            sentence: 'Ruritania also agreed to lift its tariffs for two years',
            whole: two,
            block: block(para),
          },
        ],
        before,
        'This changed in May 2019. Ruritania also agreed to lift its tariffs for two years',
      ),
    ).toEqual({ kind: 'preceding', text: before.text, source: 'src', line: 6 });
  });
});
