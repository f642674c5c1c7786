/**
 * Pages of statements inline only the rules their markup can use (src/lib/site/inlineCss.ts):
 * Belarus has no table, so no table rules; Kosovo's page has one and keeps them. A rule is never
 * left out of a page that uses its class, and the rules for what statements.js adds (copy
 * buttons, citation disclosures) stay on every page that loads it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, elements, htmlFiles, parsePage, repoRoot } from './builtSite';

const inlineCss = (file: string): string =>
  /<style>([\s\S]*?)<\/style>/.exec(readFileSync(path.join(distDir, file), 'utf8'))?.[1] ?? '';
const ruleFor = (css: string, selector: string) =>
  new RegExp(`(^|[}{,])${selector.replace(/[.[\]()]/g, '\\$&')}[{,]`).test(css);

let statementPages: string[];
beforeAll(() => {
  assertBuilt();
  statementPages = htmlFiles().filter((file) =>
    readFileSync(path.join(distDir, file), 'utf8').includes('statements.js'),
  );
});

describe('inlined CSS on pages of statements', () => {
  it('leaves out what Belarus cannot use and keeps what it and statements.js can', () => {
    const css = inlineCss('states/belarus/index.html');
    for (const unused of ['th', 'caption', '.table-wrap', '.cols', '.status--withdrawn'])
      expect(ruleFor(css, unused), unused).toBe(false);
    for (const used of ['.statement', '.tag', '.voice-legend', '.status--not-recognised'])
      expect(ruleFor(css, used), used).toBe(true);
    for (const scripted of [
      '.copy-link',
      '.cite summary',
      '.cite-label',
      '.statement.is-target',
      '.cite[open]',
    ])
      expect(ruleFor(css, scripted), scripted).toBe(true);
    expect(css).toContain('@media print');
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    // The colours of badges the page does not show are not declared either.
    expect(css).not.toContain('--wd-bg');
    expect(css).toContain('--no-bg');
  });

  it('keeps the table rules where there is a table (Kosovo)', () => {
    const css = inlineCss('kosovo/index.html');
    for (const used of ['table', 'th', 'caption']) expect(ruleFor(css, used), used).toBe(true);
  });

  it('keeps, on every page of statements, the rule of each class the page uses', () => {
    const source = readFileSync(path.join(repoRoot, 'src/styles/global.css'), 'utf8');
    // Classes with a rule of their own in the stylesheet (".name {" or ".name," opening a line).
    const styled = new Set([...source.matchAll(/^\.([\w-]+)\s*[{,]/gm)].map((m) => m[1]!));
    expect(statementPages.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of statementPages) {
      const css = inlineCss(file);
      const used = new Set(
        [...elements(parsePage(file))].flatMap((e) =>
          String(e.properties?.className ?? '').split(/[\s,]+/),
        ),
      );
      for (const name of used)
        if (styled.has(name) && !ruleFor(css, `.${name}`)) missing.push(`${file}: .${name}`);
    }
    expect(missing).toEqual([]);
  });
});
