/**
 * Issue 15 (unseen tune): a named medium that reports an act ("The newspaper El Tiempo reported that
 * the government was studying …") tells someone else's act: the reported clause's subject says
 * whose it is, the medium is its reporter. "The government" there, after a third party's act, takes
 * up the last state that acted. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, finder, fixtureArticle, orgs, persons } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { reporterOf } from '../../../../../src/ingest/extract/statement/reporter';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';

const read = (sentence: string) =>
  readSubject(sentence, finder.mentions(sentence), persons(), (m) => isDemonymMention(sentence, m));

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: `${p.actor.type}:${p.actor.id}`,
    reporter: p.reporter ?? null,
  }));
}

describe('a named medium reporting an act', () => {
  it('gives the act to the reported clause’s subject', () => {
    expect(
      read(
        'The newspaper El Tiempo reported in May 2019 that the Peruvian government was preparing a visit.',
      ),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } } });
    expect(
      read('In 2010, the daily El Comercio revealed that Chile had blocked the deal.'),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'chile' } } });
  });

  it('is the reporter', () => {
    expect(
      reporterOf('The newspaper El Tiempo reported that Chile had blocked the deal.', () => false),
    ).toBe('The newspaper El Tiempo');
    expect(
      reporterOf(
        'In 2010, the daily El Comercio revealed that Chile had blocked the deal.',
        () => false,
      ),
    ).toBe('the daily El Comercio');
  });

  it('acts for itself when it does something other than report an act', () => {
    expect(read('The Chilean paper La Tercera released the audio.')).toMatchObject({
      kind: 'third-party',
      actor: { id: 'la-tercera' },
    });
    expect(reporterOf('The Chilean paper La Tercera released the audio.', () => false)).toBeNull();
    // Not a named medium: a state that reports is the actor, no reporter.
    expect(reporterOf('Peru reported that it had closed the border.', () => false)).toBeNull();
  });
});

describe('"the government" after a third party’s act', () => {
  it('takes up the last state that acted, not the third party', () => {
    expect(
      prose(
        'Peru closed its embassy in 2012. The Lima Institute for Andean Studies argued in 2020 that Peru should reopen it. The newspaper El Tiempo reported in 2021 that the government was studying a reopening.',
      ),
    ).toEqual([
      { actor: 'state:peru', reporter: null },
      { actor: 'other:lima-institute-for-andean-studies', reporter: null },
      { actor: 'state:peru', reporter: 'The newspaper El Tiempo' },
    ]);
    expect(
      prose(
        'Chile expelled the Peruvian envoy in 2015. Several Chilean historians wrote in 2016 that the expulsion was rash. The government restored ties with Peru in 2018.',
      ).map((p) => p.actor),
    ).toEqual(['state:chile', 'other:chilean-historians', 'state:chile']);
  });
});
