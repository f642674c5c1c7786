/**
 * Issue 15, stop 26: a subject written as a noun of kind followed by a name (a close apposition:
 * "the Dutch brewer Heineken", "the daily Blikk") is the named body, acting for itself; the
 * nationality before the kind says where it is from, not that the state acted. A person's name in
 * that place ("the tennis player Ana Ivić") is no body's name, and a state's official ("the
 * Peruvian foreign minister Ana Torres") stays the rules' that read offices. Every sentence here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => `${p.actor.type}:${p.actor.id}`,
  );
}

describe('a noun of kind, then a name, as the subject', () => {
  it('is the named body, not the state its nationality names', () => {
    expect(
      actors('In 2015 the Peruvian brewer Cusqueña Andina opened a plant near Pristina.'),
    ).toEqual(['other:cusquena-andina']);
    expect(
      actors('In 2019 the Chilean mining company Cobre Sur signed a contract with Kosovo.'),
    ).toEqual(['other:cobre-sur']);
    expect(
      actors('The weekly Vistazo published an interview with Kosovo’s envoy in 2012.'),
    ).toEqual(['other:vistazo']);
  });

  it('leaves a person named after the noun of kind to the rules that place people', () => {
    expect(
      actors('In 2010 the tennis player Ana Ivić said that she would play in Pristina.'),
    ).not.toContain('other:ana-ivic');
  });

  it('keeps an official named after the nationality the state’s', () => {
    expect(
      actors('In 2012 the Peruvian foreign minister Rafael Roncagliolo visited Pristina.'),
    ).toEqual(['state:peru']);
  });
});
