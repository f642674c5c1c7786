// The cache headers README "Publishing" promises, as the preview server (scripts/serve.ts, which
// the browser tests run against) sends them: immutable only where a file name carries a hash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/shared/files';
import { assertBuilt, basePath, distDir } from '../site/builtSite';
import { startServer, type RunningServer } from './harness';

let server: RunningServer;
let files: string[];

beforeAll(async () => {
  assertBuilt();
  server = await startServer(distDir, basePath);
  files = listFiles(distDir);
});

afterAll(async () => {
  await server?.close();
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const first = (pattern: RegExp): string => {
  const file = files.find((f) => pattern.test(f));
  expect(file, `a built file matching ${pattern}`).toBeDefined();
  return file!;
};

describe('cache headers of the preview server', () => {
  it.each([
    ['an Astro asset', /^_astro\/.+\.js$/, IMMUTABLE],
    ['a Pagefind fragment', /^pagefind\/fragment\/.+\.pf_fragment$/, IMMUTABLE],
    ['a Pagefind index chunk', /^pagefind\/index\/.+\.pf_index$/, IMMUTABLE],
    ['the Pagefind entry script', /^pagefind\/pagefind\.js$/, 'no-cache'],
    ['the Pagefind entry file', /^pagefind\/pagefind-entry\.json$/, 'no-cache'],
    ['a data export', /^data\/states\.json$/, 'no-cache'],
    ['a page', /^states\/[^/]+\/index\.html$/, 'no-cache'],
  ])('%s (%s): %s', async (_what, pattern, expected) => {
    const file = first(pattern);
    const url = server.url + file.replace(/index\.html$/, '');
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    expect(response.headers.get('cache-control'), url).toBe(expected);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['a citation', /^cite\/.+\.bib$/, 'text/x-bibtex; charset=utf-8'],
    ['a citation as CSL-JSON', /^cite\/.+\.json$/, 'application/json; charset=utf-8'],
    ['a feed', /^feed\.xml$/, 'application/xml; charset=utf-8'],
    ['the feeds’ stylesheet', /^feed\.xsl$/, 'text/xsl; charset=utf-8'],
  ])('%s (%s) is served as %s', async (_what, pattern, type) => {
    const response = await fetch(server.url + first(pattern));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers a missing page with the 404 page, uncached', async () => {
    const response = await fetch(`${server.url}no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<h1');
  });
});
