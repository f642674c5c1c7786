import { describe, expect, it } from 'vitest';
import requireSite, { siteProblem } from '../../../src/integrations/requireSite';

describe('a build needs ATLAS_SITE', () => {
  it('stops a production build without a site, naming the variable to set', () => {
    expect(siteProblem('build', undefined)).toMatch(
      /^ATLAS_SITE is not set\..*ATLAS_SITE=https:\/\/example\.org npm run build/,
    );
    const hook = requireSite().hooks['astro:config:setup'] as unknown as (options: {
      command: string;
      config: { site?: string };
    }) => void;
    expect(() => hook({ command: 'build', config: {} })).toThrow(/ATLAS_SITE is not set/);
    expect(() => hook({ command: 'build', config: { site: 'https://example.org' } })).not.toThrow();
  });

  it('rejects an origin that is no web address', () => {
    expect(siteProblem('build', 'file:///tmp/site')).toMatch(
      /ATLAS_SITE must be an http\(s\) origin/,
    );
  });

  it('lets the dev server and the type check run without one', () => {
    expect(siteProblem('dev', undefined)).toBeUndefined();
    expect(siteProblem('sync', undefined)).toBeUndefined();
    expect(siteProblem('build', 'https://example.org')).toBeUndefined();
  });
});
