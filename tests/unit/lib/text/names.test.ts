import { describe, expect, it } from 'vitest';
import { buildLinkables } from '../../../../src/lib/text/names';
import { fixtureOrganisations, fixtureStates } from '../../../fixtures/text/atlas';

const linkables = buildLinkables(fixtureStates, fixtureOrganisations);
const namesOf = (id: string) => linkables.find((l) => l.id === id)?.names ?? [];
const ownerOf = (name: string) => linkables.filter((l) => l.names.includes(name)).map((l) => l.id);

describe('buildLinkables', () => {
  it('gives every state and organisation a page path without the base', () => {
    expect(linkables.find((l) => l.id === 'france')).toMatchObject({
      kind: 'state',
      href: 'states/france/',
    });
    expect(linkables.find((l) => l.id === 'nato')).toMatchObject({
      kind: 'organisation',
      href: 'organisations/nato/',
    });
    expect(linkables).toHaveLength(fixtureStates.length + fixtureOrganisations.length);
  });

  it('names a state by its name, official name and demonyms', () => {
    expect(namesOf('belarus')).toEqual(
      expect.arrayContaining(['Belarus', 'Republic of Belarus', 'Belarusian']),
    );
    expect(namesOf('serbia')).toContain('Serbian');
    expect(namesOf('argentina')).toContain('Argentine');
    expect(namesOf('france')).toContain('French');
  });

  it('adds the short forms prose uses', () => {
    expect(namesOf('united-states')).toEqual(
      expect.arrayContaining(['United States', 'US', 'U.S.']),
    );
    expect(namesOf('united-kingdom')).toEqual(expect.arrayContaining(['UK', 'Britain', 'British']));
    expect(namesOf('turkiye')).toEqual(expect.arrayContaining(['Türkiye', 'Turkey', 'Turkish']));
    expect(namesOf('czechia')).toContain('Czech Republic');
    expect(namesOf('ivory-coast')).toContain("Côte d'Ivoire");
  });

  it('names organisations by name and abbreviation, without a parenthetical qualifier', () => {
    expect(namesOf('european-union')).toEqual(expect.arrayContaining(['European Union', 'EU']));
    expect(namesOf('nato')).toEqual(
      expect.arrayContaining(['North Atlantic Treaty Organization', 'NATO']),
    );
    expect(namesOf('brics')).toContain('BRICS');
  });

  it('drops names two entities share and names that mostly mean something else', () => {
    expect(ownerOf('Dominican')).toEqual([]);
    expect(ownerOf('Congolese')).toEqual([]);
    expect(ownerOf('Congo')).toEqual([]);
    expect(ownerOf('American')).toEqual([]);
    // A state's own name beats another's short form.
    expect(ownerOf('Dominican Republic')).toEqual(['dominican-republic']);
    expect(ownerOf('Republic of China')).toEqual(['taiwan']);
    expect(ownerOf("People's Republic of China")).toEqual(['china']);
  });

  it('never keeps two- and three-letter codes or non-Latin spellings from the package', () => {
    expect(namesOf('belarus')).not.toContain('BY');
    expect(namesOf('china')).not.toContain('中华人民共和国');
    expect(namesOf('south-korea')).toEqual([]); // not in the fixture at all
  });

  it('knows entities without an ISO code by id', () => {
    expect(namesOf('abkhazia')).toEqual(
      expect.arrayContaining(['Abkhazia', 'Abkhazian', 'Abkhaz']),
    );
  });

  it('takes extra names by id, e.g. editorial aliases', () => {
    const withAliases = buildLinkables(fixtureStates, fixtureOrganisations, {
      oic: ['Organization of Islamic Cooperation'],
    });
    expect(withAliases.find((l) => l.id === 'oic')?.names).toContain(
      'Organization of Islamic Cooperation',
    );
  });

  it('lists names longest first', () => {
    for (const l of linkables) {
      const lengths = l.names.map((n) => n.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
  });
});

describe('buildLinkables on invented entities', () => {
  const state = (id: string, name: string, officialName: string | null = null) =>
    ({ id, name, officialName, iso3: null }) as (typeof fixtureStates)[number];
  const org = (id: string, name: string, abbreviation: string | null) =>
    ({ id, name, abbreviation }) as (typeof fixtureOrganisations)[number];

  it('keeps an own name over another entity’s short form, and drops a short form two share', () => {
    const linkables = buildLinkables(
      [state('ruritania', 'Ruritania', 'Kingdom of Ruritania'), state('freedonia', 'Freedonia')],
      [org('arctic-league', 'Arctic League (founding members)', 'AL')],
      { freedonia: ['Ruritania', 'Rury', 'Fredo'], ruritania: ['Rury'] },
    );
    expect(linkables.map((l) => [l.id, l.href, l.names])).toEqual([
      ['ruritania', 'states/ruritania/', ['Kingdom of Ruritania', 'Ruritania']],
      ['freedonia', 'states/freedonia/', ['Freedonia', 'Fredo']],
      [
        'arctic-league',
        'organisations/arctic-league/',
        ['Arctic League (founding members)', 'Arctic League', 'AL'],
      ],
    ]);
  });
});
