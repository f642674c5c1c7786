/**
 * The Atlas deploys under a sub-path (e.g. a project page on a static host): built with
 * ATLAS_BASE, every link, asset and fragment must resolve inside that base — a link that forgets
 * the base works at a domain root and breaks only in production.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, siteOrigin, type SiteBuild } from './builtSite';
import { normaliseBase } from '../../src/shared/url';
import { buildSite, scratchDirs } from './buildRunner';
import { brokenLinksInPages, formatBroken } from './linkCheck';

const base = normaliseBase('/kosovo-atlas/');
let site: SiteBuild;

beforeAll(async () => {
  const dirs = scratchDirs('subpath');
  await buildSite(dirs, { ATLAS_BASE: base });
  site = { dir: dirs.outDir, base, origin: siteOrigin };
}, 600_000);

describe(`built under the sub-path ${base}`, () => {
  it('every href, src and #fragment resolves inside the base', () => {
    const pages = htmlFiles(site.dir);
    expect(pages.length).toBeGreaterThan(1);
    expect(formatBroken(brokenLinksInPages(pages, site))).toEqual([]);
  });
});
