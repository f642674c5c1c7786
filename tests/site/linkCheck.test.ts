/** The link checker itself: a checker that passes everything would prove nothing. */
import path from 'node:path';
import os from 'node:os';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basePath, htmlFiles, siteOrigin } from './builtSite';
import { brokenLinksInPages } from './linkCheck';

function tinySite(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-linkcheck-'));
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(
      path.join(dir, file),
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  return dir;
}

describe('link checker', () => {
  it('finds missing pages, missing fragments, missing slashes and javascript: URLs', () => {
    const b = basePath;
    const dir = tinySite({
      'index.html': [
        `<a href="${b}states/">ok</a>`,
        `<a href="${b}states/#serbia-2008">ok fragment</a>`,
        `<a href="#top">implicit top</a>`,
        `<a href="https://example.org/">external</a>`,
        `<a href="${b}nowhere/">missing page</a>`,
        `<a href="${b}states/#nope">missing fragment</a>`,
        `<a href="${b}states">missing slash</a>`,
        `<a href="javascript:alert(1)">script</a>`,
        `<svg><a href="${b}gone/"><title>x</title></a></svg>`,
      ].join(''),
      'states/index.html': '<h2 id="serbia-2008">Serbia</h2><a href="../">relative up</a>',
    });
    const broken = brokenLinksInPages(htmlFiles(dir), {
      dir,
      base: basePath,
      origin: siteOrigin,
    }).map((link) => `${link.value} — ${link.reason}`);
    expect(broken).toEqual([
      `${b}nowhere/ — no such file in the build`,
      `${b}states/#nope — no element with id "nope" on states/index.html`,
      `${b}states — page linked without its trailing slash`,
      'javascript:alert(1) — javascript: URL',
      `${b}gone/ — no such file in the build`,
    ]);
  });
});
