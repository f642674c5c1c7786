import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, basePath, distDir, htmlFiles, siteOrigin } from './builtSite';
import { listFiles } from '../../src/shared/files';
import {
  AnchorIndex,
  brokenLinksInPages,
  checkReference,
  formatBroken,
  urlsInJson,
} from './linkCheck';

beforeAll(() => assertBuilt());

describe('links in the build', () => {
  it('every href, src and #fragment in dist/ resolves', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(1);
    expect(formatBroken(brokenLinksInPages(pages))).toEqual([]);
  });

  it('every url in dist/data/*.json resolves', () => {
    const dataDir = path.join(distDir, 'data');
    const exports = ['states.json', 'positions.json', 'organisations.json'];
    for (const name of exports)
      expect(existsSync(path.join(dataDir, name)), `dist/data/${name} exists`).toBe(true);

    const anchors = new AnchorIndex();
    const siteRoot = siteOrigin + basePath;
    const problems: string[] = [];
    let checked = 0;
    for (const name of listFiles(dataDir).filter((file) => file.endsWith('.json'))) {
      const data: unknown = JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
      for (const { path: keyPath, url } of urlsInJson(data)) {
        checked += 1;
        const reason = checkReference(
          { from: `data/${name}`, via: keyPath, value: url },
          siteRoot,
          anchors,
        );
        if (reason !== undefined) problems.push(`data/${name} ${keyPath}="${url}" — ${reason}`);
      }
    }
    expect(checked, 'the exports carry urls to check').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
