/**
 * The Atlas deploys under a sub-path (e.g. a project page on a static host): built with
 * ATLAS_BASE, every link, asset and fragment must resolve inside that base — a link that forgets
 * the base works at a domain root and breaks only in production. The same build is made for a
 * real origin (ATLAS_SITE) and must not mention localhost anywhere; a build without ATLAS_SITE
 * must fail instead of guessing one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/shared/files';
import { htmlFiles, type SiteBuild } from './builtSite';
import { normaliseBase } from '../../src/shared/url';
import { buildSite, scratchDirs } from './buildRunner';
import { brokenLinksInPages, formatBroken } from './linkCheck';

const base = normaliseBase('/kosovo-atlas/');
const origin = 'https://atlas.example.org';
let site: SiteBuild;

beforeAll(async () => {
  const dirs = scratchDirs('subpath');
  await buildSite(dirs, { ATLAS_BASE: base, ATLAS_SITE: origin });
  site = { dir: dirs.outDir, base, origin };
}, 600_000);

describe(`built under the sub-path ${base}`, () => {
  it('every href, src and #fragment resolves inside the base', () => {
    const pages = htmlFiles(site.dir);
    expect(pages.length).toBeGreaterThan(1);
    expect(formatBroken(brokenLinksInPages(pages, site))).toEqual([]);
  });
});

describe('the origin a build publishes', () => {
  it(`a build for ${origin} names it in canonical URLs and the sitemap and never mentions localhost`, () => {
    const files = listFiles(site.dir).filter((file) => /\.(html|xml|txt|json|csv)$/.test(file));
    expect(files.length).toBeGreaterThan(1);
    expect(
      files.filter((file) =>
        /localhost|127\.0\.0\.1/.test(readFileSync(path.join(site.dir, file), 'utf8')),
      ),
    ).toEqual([]);
    expect(readFileSync(path.join(site.dir, 'index.html'), 'utf8')).toContain(
      `<link rel="canonical" href="${origin}${base}">`,
    );
    expect(readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${origin}${base}states/</loc>`,
    );
  });

  it('a build without ATLAS_SITE fails, says which variable to set, and writes no site', async () => {
    const dirs = scratchDirs('no-site');
    await expect(buildSite(dirs, { ATLAS_SITE: '' })).rejects.toThrow(/ATLAS_SITE is not set/);
    expect(existsSync(path.join(dirs.outDir, 'index.html'))).toBe(false);
  }, 120_000);
});
