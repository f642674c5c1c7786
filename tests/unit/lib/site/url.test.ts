import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  actorHref,
  positionHref,
  siteHref,
  sourceRefHref,
  stateHref,
} from '../../../../src/lib/site/url';

describe('site URLs work at the root and under a sub-path', () => {
  for (const base of ['/', '/atlas/', '/atlas']) {
    const prefix = base === '/' ? '/' : '/atlas/';
    it(`joins with exactly one slash (base ${base})`, () => {
      expect(siteHref(base)).toBe(prefix);
      expect(siteHref(base, 'states/')).toBe(`${prefix}states/`);
      expect(siteHref(base, '/states/')).toBe(`${prefix}states/`);
      expect(stateHref(base, 'belarus')).toBe(`${prefix}states/belarus/`);
    });
  }
  it('links a fact to its source line', () => {
    expect(
      sourceRefHref('/atlas/', { source: 'international-recognition-of-kosovo', anchor: 'L78' }),
    ).toBe('/atlas/sources/international-recognition-of-kosovo/#L78');
  });
  it('gives statements a permalink on their actor page; a third party has a page of its own', () => {
    expect(
      positionHref('/', { id: 'belarus-2008-02-x', actor: { type: 'state', id: 'belarus' } }),
    ).toBe('/states/belarus/#belarus-2008-02-x');
    expect(
      positionHref('/', { id: 'eu-2008', actor: { type: 'organisation', id: 'european-union' } }),
    ).toBe('/organisations/european-union/#eu-2008');
    expect(positionHref('/a/', { id: 'p', actor: { type: 'other', id: 'someone' } })).toBe(
      '/a/actors/someone/#p',
    );
    expect(actorHref('/', { type: 'other', id: 'kosovo' })).toBe('/kosovo/');
    expect(actorHref('/', { type: 'other', id: 'unattributed-reports' })).toBeNull();
  });
  it('makes canonical URLs absolute against the configured site', () => {
    expect(absoluteUrl('https://example.org', '/atlas/states/')).toBe(
      'https://example.org/atlas/states/',
    );
    expect(absoluteUrl(undefined, '/states/')).toBe('/states/');
  });
});
