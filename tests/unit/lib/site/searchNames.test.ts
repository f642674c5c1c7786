import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aliasesMeta,
  loadEditorialSearchNames,
  searchNames,
  speakerPages,
} from '../../../../src/lib/site/searchNames';
import type { Position } from '../../../../src/schemas';
import worldCountries from 'world-countries';
import { buildLinkables } from '../../../../src/lib/text';
import { toSlug } from '../../../../src/shared/slug';
import { buildState } from '../../../fixtures/factories';
import { fixtureOrganisations } from '../../../fixtures/text/atlas';

/** A state as the ingest writes it from world-countries (the test's own `name` may override). */
function makeState(iso3: string, fields: { name?: string } = {}) {
  const country = worldCountries.find((c) => c.cca3 === iso3)!;
  return buildState({
    id: toSlug(country.name.common),
    name: fields.name ?? country.name.common,
    officialName: country.name.official,
    iso3,
    ioc: country.cioc || null,
  });
}

const editorialDir = path.resolve('content/editorial');
const states = [
  makeState('TUR', { name: 'Türkiye' }),
  makeState('SWZ'),
  makeState('MMR'),
  makeState('GBR'),
  makeState('USA'),
  makeState('UKR'),
  makeState('COD'),
];
const linkables = buildLinkables(states, fixtureOrganisations);
const editorial = loadEditorialSearchNames(editorialDir);
const namesOf = (iso3: string): string[] => {
  const state = states.find((s) => s.iso3 === iso3)!;
  return searchNames(state, linkables, editorial);
};

describe('searchNames', () => {
  it('gives a state its common, former, official and short names and its codes, from the data', () => {
    expect(namesOf('TUR')).toEqual(
      expect.arrayContaining(['Türkiye', 'Turkey', 'Republic of Türkiye', 'TUR']),
    );
    expect(namesOf('SWZ')).toEqual(expect.arrayContaining(['Eswatini', 'Swaziland', 'SWZ']));
    expect(namesOf('MMR')).toEqual(expect.arrayContaining(['Myanmar', 'Burma', 'MMR', 'MYA']));
    expect(namesOf('GBR')).toEqual(
      expect.arrayContaining(['United Kingdom', 'UK', 'Great Britain', 'GBR']),
    );
    expect(namesOf('USA')).toEqual(
      expect.arrayContaining(['United States', 'US', 'USA', 'United States of America']),
    );
    expect(namesOf('COD')).toEqual(
      expect.arrayContaining(['DRC', 'Democratic Republic of the Congo']),
    );
  });

  it('adds the editorial names, each kept with a reason', () => {
    expect(namesOf('USA')).toContain('America');
  });

  it('never gives a state another state’s name, and lists each name once', () => {
    expect(namesOf('UKR')).not.toContain('UK');
    for (const iso3 of ['TUR', 'SWZ', 'MMR', 'GBR', 'USA', 'UKR', 'COD']) {
      const folded = namesOf(iso3).map((name) =>
        name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      );
      expect(new Set(folded).size).toBe(folded.length);
    }
  });

  it('gives an organisation its name, abbreviation and the aliases the ingest reads', () => {
    const eu = fixtureOrganisations.find((o) => o.id === 'european-union')!;
    expect(searchNames(eu, linkables, editorial)).toEqual(
      expect.arrayContaining(['European Union', 'EU']),
    );
  });

  it('writes Pagefind inline metadata, or nothing', () => {
    expect(aliasesMeta(['Türkiye', 'Turkey, the country'])).toBe(
      'aliases:Türkiye, Turkey, the country',
    );
    expect(aliasesMeta([])).toBeUndefined();
  });
});

describe('content/editorial/search-aliases.yaml', () => {
  it('is valid (every entry has a reason) and names only pages that exist', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const entries = parse(
      readFileSync(path.join(editorialDir, 'search-aliases.yaml'), 'utf8'),
    ) as Array<{ id: string; reason: string }>;
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.reason.length).toBeGreaterThan(10);
    expect(() => loadEditorialSearchNames(editorialDir)).not.toThrow();
  });
});

describe('speakerPages', () => {
  const position = (
    actor: string,
    name: string,
    role: string | null,
    speakers: Array<{ name: string; role: string | null }> = [],
  ) =>
    ({
      actor: { type: 'state', id: actor, name: actor },
      speaker: { name, role },
      speakers,
    }) as unknown as Position;
  const serbia = makeState('SRB');
  const namibia = makeState('NAM');
  const people = buildLinkables([...states, serbia, namibia], fixtureOrganisations);

  it('gives a person to the page their role names, by majority, with full name and surname', () => {
    const pages = speakerPages(
      [
        position('serbia', 'Vuk Jeremić', 'Serbian Foreign Minister'),
        position('namibia', 'Vuk Jeremić', 'Serbian Foreign Minister'),
        position(
          'united-nations',
          'Vuk Jeremić',
          'President of the United Nations General Assembly',
        ),
        position('european-union', 'Javier Solana', 'High Representative of the EU'),
      ],
      people,
    );
    expect(pages.get('serbia')).toEqual(['Vuk Jeremić', 'Jeremić']);
    expect(pages.get('namibia')).toBeUndefined();
    expect(pages.get('european-union')).toEqual(['Javier Solana', 'Solana']);
  });

  it('falls back to the only actor, skips bodies, and drops a surname two pages share', () => {
    const pages = speakerPages(
      [
        position('serbia', 'Petar Petković', null),
        position('serbia', 'Foreign Ministry of Serbia', null),
        position('namibia', 'Ana Petković', 'Namibian envoy'),
      ],
      people,
    );
    expect(pages.get('serbia')).toEqual(['Petar Petković']);
    expect(pages.get('namibia')).toEqual(['Ana Petković']);
  });

  it('names every speaker of a joint statement, not only the first', () => {
    const pages = speakerPages(
      [
        position('namibia', 'Ilka Kanervo', 'Chairman', [
          { name: 'Ilka Kanervo', role: 'Chairman' },
          { name: 'Knud Vollbæk', role: 'Minorities Commissioner' },
        ]),
      ],
      people,
    );
    expect(pages.get('namibia')).toEqual(['Ilka Kanervo', 'Kanervo', 'Knud Vollbæk', 'Vollbæk']);
  });
});
