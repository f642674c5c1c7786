import path from 'node:path';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { buildCountryIndex } from '../../../src/ingest/resolve/countries';
import { loadEditorial } from '../../../src/ingest/resolve/editorial';
import { buildLinkables } from '../../../src/lib/text';
import type { State } from '../../../src/schemas';
import { allDemonyms, countryVocabulary } from '../../../src/shared/vocabulary';

const country = (cca3: string) => worldCountries.find((c) => c.cca3 === cca3)!;

describe('one vocabulary of names for the ingest and the cross-links', () => {
  it("joins the package's names and demonyms with the editorial short forms and demonyms", () => {
    const belarus = countryVocabulary(country('BLR'));
    expect(belarus.names).toEqual(['Belarus', 'Republic of Belarus']);
    expect(belarus.demonyms).toEqual(['Belarusian', 'Byelorussian']);
    const us = countryVocabulary(country('USA'));
    expect(us.shortForms).toEqual(['United States']);
    expect(us.abbreviations).toEqual(['US', 'U.S.', 'USA']);
    // No inverted index forms ("Korea, Republic of") and no codes.
    expect(countryVocabulary(country('KOR')).altSpellings).not.toContain('Korea, Republic of');
  });

  it('an editorial demonym the ingest resolves is one the pages link', () => {
    const index = buildCountryIndex(loadEditorial(path.resolve('content/editorial')).countries);
    expect(index.findInText('the Byelorussian delegation')?.record.name).toBe('Belarus');
    expect(index.findInText('the Surinamese foreign ministry')?.record.name).toBe('Suriname');
    const belarus = { id: 'belarus', name: 'Belarus', iso3: 'BLR' } as State;
    const [linkable] = buildLinkables([belarus], []);
    expect(linkable!.names).toContain('Byelorussian');
  });

  it("every demonym, the package's, the editorial ones by country and the entities', in one set", () => {
    const all = allDemonyms();
    // Package (world-countries), editorial by country (countries.yaml demonyms: Serb, Kosovar),
    // and an entity without a package record (countries.yaml extraEntities: Abkhaz).
    for (const word of [
      'French',
      'Serbian',
      'Serb',
      'Kosovar',
      'Kosovan',
      'Abkhaz',
      'Transnistrian',
    ])
      expect(all.has(word), word).toBe(true);
    expect(all.has('Serbia')).toBe(false);
  });
});
