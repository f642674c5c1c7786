import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../../../src/ingest/resolve/editorial';
import { buildOrganisationIndex } from '../../../../src/ingest/resolve/organisations';

// The real editorial list (content/editorial/organisations.yaml): EU, NATO (with "Nato"), OIC, …
const editorial = loadEditorial(path.resolve('content/editorial')).organisations;
const index = () => buildOrganisationIndex(editorial);

describe('the organisation index', () => {
  it('resolves a name, and an abbreviation only as written', () => {
    const orgs = index();
    expect(orgs.resolveToken('North Atlantic Treaty Organization')?.id).toBe('nato');
    expect(orgs.resolveToken(' OIC ')?.id).toBe('oic');
    expect(orgs.resolveToken('EU')?.id).toBe('european-union');
    expect(orgs.resolveToken('Eu')).toBeNull();
  });

  it('finds the earliest organisation a text names', () => {
    expect(
      index().findInText('Kosovo signed the IMF articles before joining the World Bank')?.id,
    ).toBe('imf');
  });

  it('finds every mention with where it starts, whole words only, abbreviations case-sensitive', () => {
    // Each alias reports its own match ("NATO" and "Nato" both at 31): the pairs are deduplicated.
    const text = "EU and Nato's members; Europe, NATO-led, an eu flag.";
    const found = index()
      .findAllInText(text)
      .map((m) => `${m.record.id}@${m.index}`);
    expect([...new Set(found)]).toEqual(['european-union@0', 'nato@7', 'nato@31']);
  });

  it('adds an organisation first met in a source table once, marked as from the source', () => {
    const orgs = index();
    const basque = orgs.addFromSource('Basque Government', null, 'sub-state');
    expect(basque).toMatchObject({ id: 'basque-government', origin: 'source', members: null });
    expect(orgs.addFromSource('Basque Government', null, 'sub-state')).toBe(basque);
    expect(orgs.findInText('the regional Basque government said')?.id).toBe('basque-government');
  });
});
