import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addSources,
  cspHash,
  inlineHashes,
  pagePolicy,
  withHashes,
  withInlineHashes,
} from '../../../src/shared/csp';
import { pageCspHeader } from '../../../scripts/serve';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{color:red}</style>',
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self';">`,
  '</head><body><svg><style>#a .b{fill:#000}</style></svg>',
  '<script type="module">go()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>',
  '<script>plain()</script></body></html>',
].join('');

describe('CSP hashes of inline scripts and styles', () => {
  it('hashes the exact text of executable inline scripts and of every style', () => {
    expect(cspHash('go()')).toBe(sha('go()'));
    expect(inlineHashes(page)).toEqual({
      script: [sha('go()'), sha('plain()')],
      style: [sha('body{color:red}'), sha('#a .b{fill:#000}')],
    });
  });

  it('adds each source once, creating the directive when missing', () => {
    expect(addSources("script-src 'self' 'x'; img-src 'self';", 'script-src', ["'x'", "'y'"])).toBe(
      "script-src 'self' 'x' 'y'; img-src 'self';",
    );
    expect(addSources("default-src 'self'", 'frame-ancestors', ["'none'"])).toBe(
      "default-src 'self'; frame-ancestors 'none';",
    );
  });

  it('sets the hashes of one directive, keeping its other sources and the other directives', () => {
    const policy =
      "script-src 'self' 'sha256-old='; script-src-elem 'sha256-keep='; style-src 'self';";
    expect(withHashes(policy, 'script-src', ["'sha256-new='"])).toBe(
      "script-src 'self' 'sha256-new='; script-src-elem 'sha256-keep='; style-src 'self';",
    );
  });

  it("sets the page policy's hashes to the page's own inline scripts and styles and moves it before the first style", () => {
    const html = withInlineHashes(page);
    const policy = pagePolicy(html)!;
    expect(policy).toContain(`script-src 'self' ${sha('go()')} ${sha('plain()')};`);
    expect(policy).toContain(
      `style-src 'self' ${sha('body{color:red}')} ${sha('#a .b{fill:#000}')};`,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(
      html.indexOf('content-security-policy'),
    );
  });

  it('leaves a page without a policy alone', () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><script>x()</script></body></html>';
    expect(withInlineHashes(html)).toBe(html);
    expect(pageCspHeader(html)).toBeUndefined();
  });

  it('gives the preview server the page policy plus frame-ancestors', () => {
    expect(pageCspHeader(withInlineHashes(page))).toMatch(
      /^default-src 'self'; .*frame-ancestors 'none';$/,
    );
  });
});
