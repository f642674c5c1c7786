import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle } from '../../../../src/lib/site/title';

describe('page titles stay within 70 characters', () => {
  it('adds the site name when it fits, drops it otherwise, and cuts at a word', () => {
    const site = 'Kosovo Recognition Atlas';
    expect(pageTitle('Belarus', site)).toBe('Belarus — Kosovo Recognition Atlas');
    expect(pageTitle(site, site)).toBe(site);
    const long = 'European Bank for Reconstruction and Development (EBRD)';
    expect(pageTitle(long, site)).toBe(long);
    expect(pageTitle(long, site, 'EBRD')).toBe('EBRD — Kosovo Recognition Atlas');
    expect(pageTitle('Belarus', site, 'BLR')).toBe('Belarus — Kosovo Recognition Atlas');
    const tooLong =
      'A very long organisation name that goes on and on beyond any reasonable length';
    const cut = pageTitle(tooLong, site);
    expect(cut.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(cut.endsWith('…')).toBe(true);
    expect(tooLong.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
