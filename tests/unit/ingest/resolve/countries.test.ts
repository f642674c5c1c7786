import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCountryIndex } from '../../../../src/ingest/resolve/countries';
import { loadEditorial } from '../../../../src/ingest/resolve/editorial';

const editorial = loadEditorial(path.resolve('content/editorial'));
const index = buildCountryIndex(editorial.countries);

describe('country data checked against the sources', () => {
  it('counts 193 UN member states, as the recognition article does, once the Holy See is corrected', () => {
    expect(index.all.filter((r) => r.kind === 'un-member')).toHaveLength(193);
    expect(index.byIso3.get('VAT')).toMatchObject({ kind: 'non-member-state', name: 'Holy See' });
  });

  it('would count 194 without the editorial correction (the package is not an authority)', () => {
    const raw = buildCountryIndex({
      ...editorial.countries,
      corrections: editorial.countries.corrections.filter((c) => c.iso3 !== 'VAT'),
    });
    expect(raw.all.filter((r) => r.kind === 'un-member')).toHaveLength(194);
  });

  it('resolves recognition-table codes IOC-first and position-table codes ISO-first', () => {
    expect(index.resolveCode('GER', 'ioc-first')?.record.name).toBe('Germany');
    expect(index.resolveCode('SLO', 'ioc-first')?.record.iso3).toBe('SVN');
    expect(index.resolveCode('NIG', 'ioc-first')?.record.iso3).toBe('NER');
    expect(index.resolveCode('BHS', 'ioc-first')?.record.iso3).toBe('BHS');
    expect(index.resolveCode('SLB', 'ioc-first')?.record.iso3).toBe('SLB');
    expect(index.resolveCode('DZA', 'iso-first')?.record.name).toBe('Algeria');
  });

  it('resolves a code that is neither IOC nor ISO only through the editorial alias, with its reason', () => {
    const hit = index.resolveCode('ELS', 'ioc-first');
    expect(hit?.via).toBe('editorial');
    expect(hit?.record.iso3).toBe('SLV');
    expect(hit?.reason).toMatch(/El Salvador/);
    expect(index.resolveCode('XYZ', 'ioc-first')).toBeNull();
  });

  it('finds the earliest state a text names, by name, short form or demonym', () => {
    expect(
      index.findInText('In February 2008, Abkhazian president Sergei Bagapsh said', ['kosovo'])
        ?.record.id,
    ).toBe('abkhazia');
    expect(
      index.findInText('The Holy See does not recognise Kosovo and supports Serbia', ['kosovo'])
        ?.record.id,
    ).toBe('holy-see');
    expect(index.findInText('Kosovo–North Macedonia', ['kosovo'])?.record.id).toBe(
      'north-macedonia',
    );
    expect(index.findInText('Equatorial Guinea and Guinea', [])?.record.id).toBe(
      'equatorial-guinea',
    );
    expect(index.findInText('nothing here', [])).toBeNull();
  });

  it('has an IOC code for every UN member the recognition tables could name', () => {
    const missing = index.all.filter((r) => r.kind === 'un-member' && !r.ioc).map((r) => r.iso3);
    expect(missing).toEqual([]);
  });
});
