import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorFinder } from '../../../src/ingest/extract/actors';
import { buildCountryIndex } from '../../../src/ingest/resolve/countries';
import { loadEditorial } from '../../../src/ingest/resolve/editorial';
import { buildOrganisationIndex } from '../../../src/ingest/resolve/organisations';
import { buildLinkables } from '../../../src/lib/text';
import { mentionFinder } from '../../../src/lib/text/mentions';
import type { State } from '../../../src/schemas';
import { partOfNameAfter, peopleAfter, PEOPLE_BEFORE } from '../../../src/shared/peopleWords';

const editorial = loadEditorial(path.resolve('content/editorial'));
const finder = actorFinder(
  buildCountryIndex(editorial.countries),
  buildOrganisationIndex(editorial.organisations),
);
const states = [
  { id: 'hungary', name: 'Hungary', iso3: 'HUN' },
  { id: 'serbia', name: 'Serbia', iso3: 'SRB' },
  { id: 'mexico', name: 'Mexico', iso3: 'MEX' },
  { id: 'palestine', name: 'Palestine', iso3: 'PSE' },
] as State[];
const links = mentionFinder(buildLinkables(states, []));

/** The ids the actor finder and the cross-links each find in `text`. */
function bothFind(text: string): { ingest: string[]; links: string[] } {
  return {
    ingest: finder.mentions(text).map((m) => m.actor.id),
    links: links.find(text).map((m) => m.id),
  };
}

describe('one set of rules for a nationality that names people, read by the ingest and the pages', () => {
  it('grammar: a people noun after it, a hyphenated participle, "ethnic" before it', () => {
    expect(peopleAfter([]).test(' minority in Vojvodina')).toBe(true);
    expect(peopleAfter([]).test('-speaking villages')).toBe(true);
    expect(peopleAfter([]).test(' government said')).toBe(false);
    expect(PEOPLE_BEFORE.test('the ethnic ')).toBe(true);
    expect(partOfNameAfter([]).test(' City, Kosovo')).toBe(true);
  });

  it('neither finds a state where the text names its people or a longer name', () => {
    expect(bothFind('the ethnic Hungarian minority')).toEqual({ ingest: [], links: [] });
    expect(bothFind('medieval Serbian Orthodox monasteries')).toEqual({ ingest: [], links: [] });
    expect(bothFind('the Palestine Liberation Organization had recognised it')).toEqual({
      ingest: [],
      links: [],
    });
    expect(bothFind('In Mexico City, Kosovo was voted in')).toEqual({
      ingest: ['kosovo'],
      links: [],
    });
  });

  it('both find the state where the nationality stands for its government', () => {
    expect(bothFind('The Hungarian government recognised Kosovo')).toEqual({
      ingest: ['hungary', 'kosovo'],
      links: ['hungary'],
    });
  });
});
