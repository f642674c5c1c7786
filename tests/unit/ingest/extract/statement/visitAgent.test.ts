/**
 * Issue 15, actors: "a visit by Foreign Minister Ana Ruiz to Lima in 2019" (a list item) is the
 * visitor's act. The visitor is the actor when the phrase names a state or organisation, or a
 * person the sources place; an unplaced visitor is not guessed. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { nominalActAgent } from '../../../../../src/ingest/extract/statement/nominalActs';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';

describe('a visit by someone to somewhere', () => {
  it('names its visitor as the agent', () => {
    expect(nominalActAgent('a visit by Foreign Minister Ana Ruiz to Lima in 2019.')).toEqual({
      text: 'Foreign Minister Ana Ruiz',
      index: 11,
      visit: true,
      standing: false,
      organ: false,
    });
    expect(
      nominalActAgent('an official visit by the President of Chile to Quito in May 2012'),
    ).toEqual({
      text: 'the President of Chile',
      index: 21,
      visit: true,
      standing: false,
      organ: false,
    });
    expect(nominalActAgent('a visit to Lima in 2019 by the minister.')).toBeNull();
  });

  it('is the act of the placed visitor’s side; an unplaced visitor stays unattributed', () => {
    const { doc, persons } = fixtureArticle(
      [
        "In 2018, Chile's Foreign Minister Ana Ruiz said that relations with Peru were good.",
        '',
        'Visits to Peru have included:',
        '* a visit by Foreign Minister Ana Ruiz to Lima in 2019;',
        '* a visit by Deputy Minister Luis Soto to Cusco in 2021.',
      ].join('\n'),
    );
    const result = extractProsePositions(doc, countries, orgs, persons, new Set());
    expect(
      result.positions.filter((p) => /visit/.test(p.text)).map((p) => [p.actor.id, p.date, p.text]),
    ).toEqual([['chile', '2019', 'a visit by Foreign Minister Ana Ruiz to Lima in 2019;']]);
    expect(result.unattributed.map((u) => u.sentence)).toContain(
      'a visit by Deputy Minister Luis Soto to Cusco in 2021.',
    );
  });
});

describe('a grant, loan or donation from someone', () => {
  it('names its giver as the agent', () => {
    expect(
      nominalActAgent('A 2015 grant from the Peruvian Development Fund for a clinic in Arica;'),
    ).toEqual({
      text: 'the Peruvian Development Fund',
      index: 18,
      visit: false,
      standing: false,
      organ: false,
    });
    expect(nominalActAgent('a loan of 20 million euros from Chile to build a road')).toEqual({
      text: 'Chile',
      index: 32,
      visit: false,
      standing: false,
      organ: false,
    });
    expect(nominalActAgent('Grants for students have come from many donors.')).toBeNull();
  });

  it('is the giver’s act, dated by the year before the noun', () => {
    const { doc, persons } = fixtureArticle(
      [
        'Aid to Peru has included:',
        '* A 2015 grant from Chile for a clinic in Arica;',
        '* Food parcels handed out by volunteers.',
      ].join('\n'),
    );
    const result = extractProsePositions(doc, countries, orgs, persons, new Set());
    expect(result.positions.map((p) => [p.actor.id, p.date, p.text])).toEqual([
      ['chile', '2015', 'A 2015 grant from Chile for a clinic in Arica;'],
    ]);
  });
});

describe('a thing paid for or run by someone (a list item with no verb of its own)', () => {
  it('names its payer as the agent, an organ by its state’s adjective included', () => {
    expect(
      nominalActAgent(
        'Scholarships for Peruvian students in Santiago, paid for by the Chilean government since 2010;',
      ),
    ).toEqual({
      text: 'the Chilean government',
      index: 60,
      visit: false,
      standing: true,
      organ: true,
    });
    expect(
      nominalActAgent('Peru opened the school in Tacna, run by the Chilean government since 2002.'),
    ).toBeNull();
  });

  it('is the payer’s standing act, described since its date; a payer it cannot place is no one’s', () => {
    const { doc, persons } = fixtureArticle(
      [
        'Aid to Peru has included:',
        '* Scholarships for Peruvian students in Santiago, paid for by the Chilean government since 2010;',
        '* Clinics in the Andes, run by the Red Star Relief since 2012.',
      ].join('\n'),
    );
    const result = extractProsePositions(doc, countries, orgs, persons, new Set());
    expect(result.positions.map((p) => [p.actor.id, p.date, p.qualifiedDate, p.voice])).toEqual([
      ['chile', null, { qualifier: 'since', date: '2010' }, 'described'],
    ]);
  });
});
