/**
 * The gold scorer's contract on small hand-written cases: matching by words, boundaries, each
 * field's precision and recall, and the fixed halves. Expected numbers are written out here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { position, type Position } from '../../../src/schemas';
import { loadGold } from '../../gold/gold';
import { halfOf } from '../../gold/halves';
import { belowFloors, comparableActor, formatBases, score, type Score } from '../../gold/score';

const SOURCE = 'kosovo-foreign-relations';

function goldDir(yaml: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gold-'));
  writeFileSync(path.join(dir, 'a.yaml'), yaml);
  return dir;
}

const GOLD = `
source: ${SOURCE}
scope: prose
sentences:
  - line: 4
    text: "In June 2009 Peru recognised Kosovo."
    statements:
      - text: "In June 2009 Peru recognised Kosovo."
        kind: position
        actor: state:peru
        speakers: [{name: "Jorge Taiana", role: "Foreign Minister"}]
        voice: stated
        date: "2009-06"
  - line: 4
    text: "It thanked Kosovo for its letter of 3 May 2009."
    statements:
      - text: "It thanked Kosovo for its letter of 3 May 2009."
        kind: position
        actor: state:peru
        voice: stated
        date: "2009-06"
        continues: true
  - line: 6
    text: "Amnesty International criticised Belarus in 2010."
    statements:
      - text: "Amnesty International criticised Belarus in 2010."
        kind: position
        actor: other:amnesty-international
        parties: [state:belarus]
        voice: stated
        date: "2010"
  - line: 8
    text: "Kosovo played Haiti in 2014."
    statements:
      - text: "Kosovo played Haiti in 2014."
        kind: event
        actor: kosovo
        voice: stated
        date: "2014"
  - line: 9
    text: "The country is landlocked."
    statements: []
    none: geography
`;

function pos(fields: Partial<Position> & { text: string; line: number }): Position {
  const { line, ...rest } = fields;
  return position.parse({
    id: 'x',
    actor: { type: 'state', id: 'peru', name: 'Peru' },
    actorBasis: 'subject',
    date: null,
    qualifiedDate: null,
    dateRelative: null,
    voice: 'stated',
    tellings: [{ source: SOURCE, voice: fields.voice ?? 'stated' }],
    topic: 'kosovo',
    parties: [],
    year: null,
    mentions: [],
    context: null,
    quotes: [],
    speaker: null,
    speakers: fields.speaker ? [fields.speaker] : [],
    reporter: null,
    formerIds: [],
    url: '/x/',
    ...rest,
    sources: [{ source: SOURCE, section: [], line, anchor: `L${line}`, excerpt: fields.text }],
  });
}

const field = (s: ReturnType<typeof score>, name: string) =>
  s.fields.find((f) => f.field === name)!;

describe('gold scorer', () => {
  const gold = loadGold(goldDir(GOLD));

  it('joins a continuing sentence to its statement and keeps every sentence', () => {
    expect(gold.sentences).toHaveLength(5);
    expect(gold.statements).toHaveLength(3 + 0);
    expect(gold.statements[0]!.text).toBe(
      'In June 2009 Peru recognised Kosovo. It thanked Kosovo for its letter of 3 May 2009.',
    );
  });

  it('makes a joined statement quoted when a continuation quotes, but keeps a report a report', () => {
    const joined = (first: string) =>
      loadGold(
        goldDir(`
source: ${SOURCE}
scope: prose
sentences:
  - line: 4
    text: "On 2 May 2009 Ruiz stated that Peru would wait."
    statements:
      - text: "On 2 May 2009 Ruiz stated that Peru would wait."
        kind: position
        actor: state:peru
        voice: ${first}
  - line: 4
    text: 'He said that "it is too early".'
    statements:
      - text: 'He said that "it is too early".'
        kind: position
        actor: state:peru
        voice: quoted
        continues: true
`),
      ).statements.map((s) => s.voice);
    expect(joined('stated')).toEqual(['quoted']);
    expect(joined('described')).toEqual(['quoted']);
    expect(joined('reported')).toEqual(['reported']);
    // The first sentence keeps its own voice when the continuation does not quote.
    expect(gold.statements[0]!.voice).toBe('stated');
  });

  it('scores a perfect reading as perfect on every field it gives', () => {
    const s = score(
      [
        pos({
          text: 'In June 2009 Peru recognised Kosovo. It thanked Kosovo for its letter of 3 May 2009.',
          line: 4,
          date: '2009-06',
          speaker: { name: 'Taiana', role: null },
        }),
        pos({
          text: 'Amnesty International criticised Belarus in 2010.',
          line: 6,
          actor: { type: 'other', id: 'amnesty-international', name: 'Amnesty International' },
          parties: [{ type: 'state', id: 'belarus', name: 'Belarus' }],
          date: '2010',
        }),
      ],
      gold,
    );
    for (const name of ['statement', 'boundary', 'actor', 'date', 'speakers', 'parties'])
      expect(field(s, name).correct, name).toBe(field(s, name).predicted);
    expect(field(s, 'statement')).toMatchObject({
      predicted: 2,
      correct: 2,
      expected: 2,
      found: 2,
    });
  });

  it('scores the voice of the gold article’s own telling of a statement two articles tell', () => {
    const told = (tellings: Position['tellings']) =>
      field(
        score(
          [
            pos({
              text: 'Amnesty International criticised Belarus in 2010.',
              line: 6,
              actor: { type: 'other', id: 'amnesty-international', name: 'Amnesty International' },
              parties: [{ type: 'state', id: 'belarus', name: 'Belarus' }],
              date: '2010',
              voice: tellings[0]!.voice,
              tellings,
            }),
          ],
          gold,
        ),
        'voice',
      ).correct;
    // Another article quotes it; this article tells it (stated), as its gold says.
    expect(
      told([
        { source: 'belarus-kosovo-relations', voice: 'quoted' },
        { source: SOURCE, voice: 'stated' },
      ]),
    ).toBe(1);
    expect(
      told([
        { source: 'belarus-kosovo-relations', voice: 'stated' },
        { source: SOURCE, voice: 'quoted' },
      ]),
    ).toBe(0);
  });

  it('matches each telling of a statement an article tells twice on that telling’s own words', () => {
    const twice = loadGold(
      goldDir(`
source: ${SOURCE}
scope: prose
sentences:
  - line: 2
    text: "In June 2009, after a long debate in its congress, Peru recognised Kosovo."
    statements:
      - text: "In June 2009, after a long debate in its congress, Peru recognised Kosovo."
        kind: position
        actor: state:peru
        voice: stated
        date: "2009-06"
  - line: 7
    text: "Peru recognised Kosovo in June 2009."
    statements:
      - text: "Peru recognised Kosovo in June 2009."
        kind: position
        actor: state:peru
        voice: stated
        date: "2009-06"
  - line: 11
    text: "Chile opened an embassy in 2012."
    statements:
      - text: "Chile opened an embassy in 2012."
        kind: position
        actor: state:chile
        voice: stated
        date: "2012"
  - line: 12
    text: "It named Ana Ruiz its first ambassador."
    statements:
      - text: "It named Ana Ruiz its first ambassador."
        kind: position
        actor: state:chile
        voice: stated
        date: "2012"
        continues: true
`),
    );
    const ref = (line: number, excerpt: string) => ({
      source: SOURCE,
      section: [],
      line,
      anchor: `L${line}`,
      excerpt,
    });
    const s = score(
      [
        // The merge shows one telling's words; each passage keeps its own in its excerpt.
        {
          ...pos({
            text: 'In June 2009, after a long debate in its congress, Peru recognised Kosovo.',
            line: 2,
            date: '2009-06',
          }),
          sources: [
            ref(2, 'In June 2009, after a long debate in its congress, Peru recognised Kosovo.'),
            ref(7, 'Peru recognised Kosovo in June 2009.'),
          ],
        },
        // A sentence and the one that carries it on, on two lines the gold joins: one telling.
        {
          ...pos({ text: 'Chile opened an embassy in 2012.', line: 11, date: '2012' }),
          actor: { type: 'state', id: 'chile', name: 'Chile' },
          sources: [
            ref(11, 'Chile opened an embassy in 2012.'),
            ref(12, 'It named Ana Ruiz its first ambassador.'),
          ],
        },
      ],
      twice,
    );
    expect(field(s, 'statement')).toMatchObject({
      predicted: 3,
      correct: 3,
      expected: 3,
      found: 3,
    });
    expect(field(s, 'boundary')).toMatchObject({ predicted: 3, correct: 3 });
  });

  it('matches a clause cited at a later line of a sentence that runs over gloss lines', () => {
    const dir = goldDir(`
source: glossed
scope: prose
sentences:
  - line: 1
    text: "Chile has sent officers to the United Nations Mission since 2001, and it kept them after 2008."
    statements:
      - text: "Chile has sent officers to the United Nations Mission since 2001"
        kind: position
        actor: state:chile
        voice: stated
      - text: "it kept them after 2008"
        kind: position
        actor: state:chile
        voice: stated
`);
    writeFileSync(
      path.join(dir, 'glossed.txt'),
      [
        'Chile has sent officers to the',
        'United Nations Mission The United Nations Mission is a mission of the United Nations ...',
        'since 2001, and it kept them after 2008.',
      ].join('\n'),
    );
    const glossed = loadGold(dir);
    expect(glossed.statements[1]!.span).toEqual([1, 2, 3]);
    const at = (text: string, line: number) => ({
      ...pos({ text, line }),
      actor: { type: 'state' as const, id: 'chile', name: 'Chile' },
      tellings: [{ source: 'glossed', voice: 'stated' as const }],
      sources: [{ source: 'glossed', section: [], line, anchor: `L${line}`, excerpt: text }],
    });
    const s = score(
      [
        at('Chile has sent officers to the United Nations Mission since 2001', 1),
        // The pipeline cites the cut clause at the line it starts on, inside the sentence's span.
        at('it kept them after 2008', 3),
      ],
      glossed,
    );
    expect(field(s, 'statement')).toMatchObject({ predicted: 2, correct: 2, found: 2 });
  });

  it('compares an other: actor without a leading article in its slug', () => {
    const s = score(
      [
        pos({
          text: 'Amnesty International criticised Belarus in 2010.',
          line: 6,
          actor: {
            type: 'other',
            id: 'the-amnesty-international',
            name: 'The Amnesty International',
          },
          parties: [{ type: 'state', id: 'belarus', name: 'Belarus' }],
          date: '2010',
        }),
      ],
      gold,
    );
    expect(field(s, 'actor')).toMatchObject({ predicted: 1, correct: 1 });
    expect(comparableActor('other:the-new-york-times')).toBe('other:new-york-times');
    // Only an other: slug loses its article: a state's id is its vocabulary id.
    expect(comparableActor('state:the-gambia')).toBe('state:the-gambia');
  });

  it('breaks actor precision down by the rule that decided each actor', () => {
    const s = score(
      [
        pos({
          text: 'In June 2009 Peru recognised Kosovo. It thanked Kosovo for its letter of 3 May 2009.',
          line: 4,
          actorBasis: 'subject',
        }),
        pos({
          text: 'Amnesty International criticised Belarus in 2010.',
          line: 6,
          actor: { type: 'state', id: 'belarus', name: 'Belarus' },
          actorBasis: 'carried',
        }),
      ],
      gold,
    );
    expect(s.byBasis).toEqual([
      { basis: 'carried', predicted: 1, correct: 0 },
      { basis: 'subject', predicted: 1, correct: 1 },
    ]);
    expect(formatBases(s).split('\n')).toEqual([
      'basis            all   actor precision',
      'carried            0.0% (0/1)',
      'subject          100.0% (1/1)',
    ]);
  });

  it('counts a glued half, a wrong actor, a lost date and an event made a position', () => {
    const s = score(
      [
        pos({ text: 'In June 2009 Peru recognised Kosovo.', line: 4 }),
        pos({
          text: 'Amnesty International criticised Belarus in 2010.',
          line: 6,
          date: '2010',
          actor: { type: 'state', id: 'belarus', name: 'Belarus' },
        }),
        pos({ text: 'Kosovo played Haiti in 2014.', line: 8, date: '2014' }),
        pos({ text: 'The country is landlocked.', line: 9 }),
      ],
      gold,
    );
    // Boundary: "In June 2009 Peru recognised Kosovo." alone is about half of the gold statement.
    expect(field(s, 'boundary')).toMatchObject({ predicted: 2, correct: 1 });
    expect(field(s, 'actor')).toMatchObject({ predicted: 2, correct: 1 });
    // The first statement's date was not given (recall), the second's was right (precision).
    expect(field(s, 'date')).toMatchObject({ predicted: 1, correct: 1, expected: 2, found: 1 });
    // Four statements made, two of them gold positions (the event and the geography are not).
    expect(field(s, 'statement')).toMatchObject({ predicted: 4, correct: 2 });
    expect(s.failures.some((f) => f.field === 'statement' && f.gold === 'event')).toBe(true);
  });

  it('splits sentences into halves by source and line only', () => {
    expect(halfOf(SOURCE, 4)).toBe(halfOf(SOURCE, 4));
    const halves = Array.from({ length: 200 }, (_, i) => halfOf(SOURCE, i + 1));
    const tune = halves.filter((h) => h === 'tune').length;
    expect(tune).toBeGreaterThan(70);
    expect(tune).toBeLessThan(130);
  });
});

describe('belowFloors', () => {
  const scored = (fields: Score['fields']): Score =>
    ({ half: 'tune', fields, goldPositions: 0, instances: 0 }) as unknown as Score;
  it('names each field under its precision or recall floor, and only those with a floor', () => {
    const s = scored([
      { field: 'voice', predicted: 84, correct: 75, expected: 84, found: 75 },
      { field: 'date', predicted: 10, correct: 10, expected: 20, found: 10 },
      { field: 'parties', predicted: 1, correct: 0, expected: 1, found: 0 },
    ]);
    expect(
      belowFloors(s, {
        voice: { precision: 0.9, recall: 0.85 },
        date: { precision: 1, recall: 0.5 },
      }),
    ).toEqual(['voice precision 0.893 < 0.9']);
  });
});
