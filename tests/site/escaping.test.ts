/**
 * A source full of hostile markup (tests/fixtures/escaping/) is built with the real sources;
 * everything it carries must reach the pages as text a reader sees, never as markup a browser
 * runs.
 */
import path from 'node:path';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { elements, htmlFiles, parsePage, repoRoot, textOf } from './builtSite';
import { buildSite, scratchDirs, type BuildDirs } from './buildRunner';
import { exportedStates, relativeToBase } from './samplePages';

const fixtureDir = path.join(repoRoot, 'tests/fixtures/escaping');
const marker = 'atlas-xss';

let build: BuildDirs;
let pages: string[];

beforeAll(async () => {
  build = scratchDirs('escaping');
  const sourcesDir = path.join(path.dirname(build.outDir), 'sources');
  cpSync(path.join(repoRoot, 'content/sources'), sourcesDir, { recursive: true });
  cpSync(
    path.join(fixtureDir, 'hostile-article.txt'),
    path.join(sourcesDir, 'hostile-article.txt'),
  );
  const manifest = path.join(sourcesDir, 'sources.yaml');
  writeFileSync(
    manifest,
    `${readFileSync(manifest, 'utf8').trimEnd()}\n${readFileSync(path.join(fixtureDir, 'manifest-entry.yaml'), 'utf8')}`,
  );
  await buildSite(build, { ATLAS_SOURCES_DIR: sourcesDir });
  pages = htmlFiles(build.outDir);
}, 600_000);

/** Attribute values of an element as strings (hast keeps some as arrays). */
function attributeValues(element: Element): Array<[string, string]> {
  return Object.entries(element.properties).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.join(' ') : String(value),
  ]);
}

/** Every place in the build where fixture content became markup instead of text. */
function markupFromFixture(): string[] {
  const found: string[] = [];
  for (const file of pages) {
    for (const element of elements(parsePage(file, build.outDir))) {
      const where = `${file}: <${element.tagName}>`;
      for (const [name, value] of attributeValues(element)) {
        if (/^on/i.test(name) && value.includes(marker))
          found.push(`${where} event handler ${name}`);
        if (/^\s*javascript:/i.test(value)) found.push(`${where} ${name}="${value.slice(0, 60)}"`);
        if ((name === 'src' || name === 'href') && value.includes(marker))
          found.push(`${where} ${name}="${value.slice(0, 60)}"`);
      }
      const text = textOf(element);
      if ((element.tagName === 'script' || element.tagName === 'style') && text.includes(marker)) {
        found.push(`${where} executable content from the fixture`);
      }
      if (
        ['img', 'iframe'].includes(element.tagName) &&
        attributeValues(element).some(([, value]) => value.includes('x-atlas') || value === 'x')
      ) {
        found.push(`${where} element from the fixture`);
      }
      if (element.tagName === 'b' && text.includes('stray bold'))
        found.push(`${where} stray <b> became markup`);
      if (element.tagName === 'em' && text.includes('with markup'))
        found.push(`${where} heading <em> became markup`);
    }
  }
  return found;
}

/** The text of <main> on a page of the escaping build. */
function mainText(pagePath: string): string {
  const file = `${pagePath}index.html`;
  const main = [...elements(parsePage(file, build.outDir))].find(
    (element) => element.tagName === 'main',
  );
  if (main === undefined) throw new Error(`${file} has no <main>`);
  return textOf(main).replace(/\s+/g, ' ');
}

describe('escaping: hostile markup in a source stays text', () => {
  it('no page carries markup, handlers or javascript: URLs from the fixture', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(markupFromFixture()).toEqual([]);
  });

  it('the fixture article shows its markup as text on its source page', () => {
    const text = mainText('sources/hostile-markup-fixture/');
    expect(text).toContain('<b>stray bold</b>');
    expect(text).toContain(`<script>alert('${marker}-quote')</script>`);
    expect(text).toContain(`<style>body{--${marker}-style:1;display:none}</style>`);
  });

  it('a statement from the fixture shows its quote as text on the state page', () => {
    const azerbaijan = exportedStates(build.outDir).find((state) => state.iso3 === 'AZE');
    expect(azerbaijan, 'Azerbaijan in states.json').toBeDefined();
    const text = mainText(relativeToBase(azerbaijan!.url));
    expect(text).toContain(`<script>alert('${marker}-cell')</script>`);
  });
});
