/**
 * The site's data as src/lib/site/data.ts hands it to the pages, assembled from the collections by
 * src/lib/site/assemble.ts: name order, the indexes by id, and which source is the authority.
 */
import { describe, expect, it } from 'vitest';
import { assembleSiteData, type SiteCollections } from '../../../../src/lib/site/assemble';
import type { Source, State } from '../../../../src/schemas';
import { buildOrganisation, buildState } from '../../../fixtures/factories';
import { realAtlas } from '../../support/atlas';

const recognisedBy = (source: string): State['recognition'] => ({
  order: 1,
  group: null,
  table: 'un-members',
  date: '2008-02-18',
  dateSources: [],
  dateNote: null,
  dateInferred: null,
  sameDay: [],
  sources: [{ source, section: ['Table'], line: 5, anchor: 'L5', excerpt: 'row' }],
});

const fixture = (states: State[]): SiteCollections => ({
  states,
  positions: [],
  organisations: [
    buildOrganisation({ id: 'nato', name: 'North Atlantic Treaty Organization' }),
    buildOrganisation({ id: 'eu', name: 'European Union' }),
  ],
  claims: [],
  events: [],
  figures: [],
  sources: [{ id: 'table-article' }, { id: 'other-article' }] as unknown as Source[],
  documents: [],
});

describe('assembleSiteData', () => {
  it('sorts states and organisations by name and indexes them by id', () => {
    const data = assembleSiteData(
      fixture([
        buildState({ id: 'zambia', name: 'Zambia' }),
        buildState({ id: 'chad', name: 'Chad' }),
      ]),
    );
    expect(data.states.map((s) => s.id)).toEqual(['chad', 'zambia']);
    expect(data.organisations.map((o) => o.id)).toEqual(['eu', 'nato']);
    expect(data.stateById.get('zambia')?.name).toBe('Zambia');
    expect(data.organisationById.get('nato')?.name).toBe('North Atlantic Treaty Organization');
    expect(data.sourceById.has('other-article')).toBe(true);
  });

  it('takes as the authority the source most recognition rows cite', () => {
    const data = assembleSiteData(
      fixture([
        buildState({ id: 'a', name: 'A', recognition: recognisedBy('other-article') }),
        buildState({ id: 'b', name: 'B', recognition: recognisedBy('table-article') }),
        buildState({ id: 'c', name: 'C', recognition: recognisedBy('table-article') }),
        buildState({ id: 'd', name: 'D' }),
      ]),
    );
    expect(data.authority?.id).toBe('table-article');
    expect(assembleSiteData(fixture([buildState({ id: 'd', name: 'D' })])).authority).toBe(
      undefined,
    );
  });

  it('on the real articles: the recognition article is the authority and every document is keyed by its source', () => {
    const atlas = realAtlas();
    const data = assembleSiteData({
      ...atlas,
      states: [...atlas.states],
      organisations: [...atlas.organisations],
    });
    expect(data.authority?.id).toBe('international-recognition-of-kosovo');
    expect([...data.documents.keys()].sort()).toEqual([
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      'international-recognition-of-kosovo',
      'kosovo-foreign-relations',
      'kosovo-russia-relations',
    ]);
    expect(data.positionById.size).toBe(atlas.positions.length);
  });
});
