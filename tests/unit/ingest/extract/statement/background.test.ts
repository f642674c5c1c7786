/** Issue 15: sentences that name an actor but tell no act are no statement, with the reason. */
import { describe, expect, it } from 'vitest';
import { notAStatement } from '../../../../../src/ingest/extract/statement/background';
import { readWikitext } from '../../../../../src/ingest/read/wikitext';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { extractTablePositions } from '../../../../../src/ingest/positions';
import { proseLedger } from '../../../../../src/ingest/proseLedger';
import { ReportBuilder } from '../../../../../src/ingest/report';
import { countries, orgs, persons } from './fixtures';

const reason = (sentence: string) => notAStatement(sentence)?.reason ?? null;

describe('sentences that tell no act', () => {
  it('reads where a state has no embassy, representation or presence as a status', () => {
    for (const sentence of [
      'Peru had no resident embassy anywhere in Africa.',
      'Chile has no representation in Lima.',
      'Bolivia had no diplomatic presence in the region before the war, and its affairs were handled from Quito.',
    ])
      expect(reason(sentence)).toContain('a status');
    // Closing or opening one is an act; so is having no objection.
    expect(reason('Peru closed its embassy in Santiago.')).toBeNull();
    expect(reason('Chile has no objection to the plan.')).toBeNull();
  });

  it('reads a trade flow measured in money as a figure, dated or not', () => {
    for (const sentence of [
      'According to the national statistics office, Peru exported goods worth about €40 million to Chile in 2021.',
      'In 2019 Chile imported €12 million of copper from Peru.',
      'Bolivia exports 2 million dollars of fruit to Peru each year.',
    ])
      expect(reason(sentence)).toContain('a figure');
    // Trading in a thing, or stopping a trade, is an act.
    expect(reason('Peru imported arms from Russia in 2010.')).toBeNull();
    expect(reason('Peru banned imports worth €5 million from Chile in 2010.')).toBeNull();
  });

  it('reads where a state has embassies, counted among a whole, as a status', () => {
    for (const sentence of [
      'As of 2020, Peru has resident embassies in four of the seven Andean states.',
      'Chile has missions in 12 of the 27 member states.',
      'Bolivia has permanent embassies in two of its neighbours.',
    ])
      expect(reason(sentence)).toMatch(/a status|a count of the places a state has missions in/);
    // Opening them is the act, and a count of what it did is no status.
    expect(reason('Peru opened embassies in four of the seven Andean states in 2020.')).toBeNull();
  });

  it('reads a sentence that only introduces the list after its colon ("… have included:")', () => {
    for (const sentence of [
      'Visits by Peruvian ministers to Chile have included:',
      'By 2015, the Andean states that had recognised it also included:',
      'The delegation comprised:',
    ])
      expect(reason(sentence)).toContain('introduces the list');
    // A list of what the actor said or did is its act; so is an inclusion that ends in its object.
    expect(reason('Peru named two conditions for any change:')).toBeNull();
    expect(reason('The agreement included a clause on trade.')).toBeNull();
  });

  it('reads a status as background: membership, beneficiary, accreditation, mandate, capacity', () => {
    for (const [sentence, words] of [
      ['Peru is a beneficiary of the EU’s trade preferences.', 'a status'],
      ['Both countries share common membership of the WTO.', 'a status'],
      ['Chile is accredited to Peru through its embassy in Lima.', 'a status'],
      [
        'Radio Ruritania (RR) is not an active member of the EBU, so it cannot take part.',
        'a status',
      ],
      [
        'The OSCE, like other bodies, does not possess the legal capacity to recognise a state.',
        'a status',
      ],
      ['ICANN, through its committee, is responsible for adding new domains.', 'a status'],
      [
        'The Ruritanian SSR was one of only two republics to be separate members of the UN.',
        'a status',
      ],
      ['Peru has historically maintained close relations with Chile.', 'told as history'],
      ['Peru holds particular importance to Chile due to its history.', 'a status'],
      ['This declaration followed years of conflict in the region.', 'an event in time'],
      [
        'The EU mission is to assume police duties from the UN, under a resolution of 1999.',
        'a status',
      ],
    ] as const)
      expect(reason(sentence), sentence).toContain(words);
  });

  it('reads a rule or procedure: a condition with what would follow, what a step would take', () => {
    expect(reason('If Peru receives 2/3 of the votes, it will be admitted to the CoE.')).toContain(
      'a condition',
    );
    expect(
      reason('To become a member of Interpol, a country would need 2/3 of the votes.'),
    ).toContain('what a step would take');
    expect(reason('To agree a common policy would require unanimity among the members.')).toContain(
      'what a step would take',
    );
  });

  it("reads a situation as subject and the source's own method as analysis of no actor", () => {
    expect(reason('This complex relationship remains a key issue in the region.')).toContain(
      'a situation, not an actor',
    );
    expect(reason('The mutual interest of Peru and Chile is based on sovereignty.')).toContain(
      'a situation, not an actor',
    );
    expect(reason('Through analysing its history, Peru’s stance on Chile is explained.')).toContain(
      "the source's own method",
    );
    expect(
      reason('Chile has already been recognised by 2/3 of the members, so it could join.'),
    ).toContain('a count of recognitions');
  });

  it('leaves acts, stances and dated occasions alone', () => {
    for (const sentence of [
      'In 2009, Peru became a member of the IMF.',
      'Peru is against the recognition of Kosovo.',
      'This position is rooted in both legal arguments and strategic interests.',
      'Chile has been recognised by Peru.',
      'If asked, Peru said it would not recognise Kosovo.',
      'To date, Chile has not recognised Kosovo.',
      'Chile recognised Kosovo on 5 March 2008, through its embassy in Lima.',
      'In March 2005 Peru was accredited to Chile.',
      'The relationship worsened when Peru expelled the ambassador.',
      'Peru was one of the first states to recognise Kosovo.',
      // Kosovo's own membership status is read by the membership rules from the statement.
      'Kosovo is not a member of the governing structures of the ISO.',
      'This declaration was followed by the expulsion of two diplomats.',
    ])
      expect(reason(sentence), sentence).toBeNull();
  });

  it('keeps such a sentence off every page, explained in the ledger and the table report', () => {
    const doc = readWikitext(
      [
        '= Peru test article =',
        '',
        'Peru is a beneficiary of the EU’s trade preferences. In 2003, the European Union decided to review them.',
        '',
        '| Country | Position |',
        '| PER | If Kosovo receives 2/3 of the votes, it will be admitted. On 5 May 2010, Peru welcomed the vote. |',
        '',
      ].join('\n'),
      { sourceId: 'fixture', file: 'fixture.txt' },
    );
    const registry = persons();
    const prose = extractProsePositions(doc, countries, orgs, registry, new Set());
    expect(prose.positions.map((p) => p.text)).toEqual([
      'In 2003, the European Union decided to review them.',
    ]);
    const ledger = proseLedger(
      doc,
      {
        positions: [],
        events: [],
        claims: [],
        figures: [],
        states: [],
        organisations: [],
      },
      countries,
      orgs,
      [],
      prose.unattributed,
    );
    expect(ledger[0]).toMatchObject({
      outcome: 'explained',
      reason: expect.stringMatching(/^not a statement: background: a status/),
    });
    const report = new ReportBuilder();
    report.addDocument(doc);
    const table = extractTablePositions(doc, countries, orgs, report, registry);
    expect(table.map((p) => p.text)).toEqual(['On 5 May 2010, Peru welcomed the vote.']);
    expect(report.build({}).sources[0]!.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'note',
          reason: expect.stringMatching(/^not a statement: "If Kosovo/),
        }),
      ]),
    );
  });

  it("lets the next sentence's pronoun refer to a background sentence's subject, not a body named later", () => {
    const doc = readWikitext(
      [
        '= Peru test article =',
        '',
        'Peru was one of only two republics to be separate members of the Andean Pact. Both republics joined the United Nations in 1945.',
        '',
      ].join('\n'),
      { sourceId: 'fixture', file: 'fixture.txt' },
    );
    const { positions } = extractProsePositions(doc, countries, orgs, persons(), new Set());
    expect(positions.map((p) => [p.actor.id, p.text])).toEqual([
      ['peru', 'Both republics joined the United Nations in 1945.'],
    ]);
  });
});

describe('figures: trade in money and counted missions', () => {
  it('tells no act, whatever year the figure was counted in', () => {
    for (const sentence of [
      'According to the national statistics office, Freedonia imported goods worth about €40 million from Ruritania in 2021.',
      'In 2019 Ruritania exported machinery worth $3 million to Freedonia.',
      'As of 2020, Ruritania has resident embassies in four of the nine member states.',
      'Freedonia had consulates in most of the region.',
    ])
      expect(notAStatement(sentence)?.reason, sentence).toMatch(/^a figure/);
  });
  it('leaves an act with money, and missions opened, as acts', () => {
    for (const sentence of [
      'Freedonia pledged €10 million to Ruritania in 2015.',
      'In 2012 Ruritania opened embassies in three of the five states.',
      'Freedonia imported the idea of a joint commission from Ruritania.',
    ])
      expect(notAStatement(sentence), sentence).toBeNull();
  });
});
