/**
 * Where the production build under test lives and how its URLs map onto files. The site
 * project tests dist/ (or ATLAS_OUT_DIR) as built with ATLAS_SITE/ATLAS_BASE, the same
 * variables astro.config.mjs reads.
 */
import path from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { listFiles } from '../../src/shared/files';
import { LOCAL_PREVIEW_SITE, normaliseBase } from '../../src/shared/url';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const distDir = path.resolve(repoRoot, process.env.ATLAS_OUT_DIR ?? 'dist');
/** The origin the build under test was made for: ATLAS_SITE, or the local preview's (`npm test`). */
export const siteUrl = process.env.ATLAS_SITE || LOCAL_PREVIEW_SITE;
export const siteOrigin = new URL(siteUrl).origin;
export const basePath = normaliseBase(process.env.ATLAS_BASE ?? '/');

/** A build on disk and where it is meant to be served. */
export interface SiteBuild {
  dir: string;
  /** Base path, '/x/' form. */
  base: string;
  origin: string;
}

/** The build under test, as configured by the environment. */
export const builtSite: SiteBuild = { dir: distDir, base: basePath, origin: siteOrigin };

export function assertBuilt(dir = distDir): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `No production build in ${dir}; run \`npm run build\` (npm test does it) first.`,
    );
  }
}

export function htmlFiles(dir = distDir): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/** The built page of every state (`states/<id>/index.html`). */
export const statePageFiles = (dir = distDir): string[] =>
  htmlFiles(dir).filter((f) => /^states\/[^/]+\/index\.html$/.test(f));

/** The site path a built HTML file is served at: `states/bel/index.html` → `/base/states/bel/`. */
export function pagePathOf(file: string, site: SiteBuild = builtSite): string {
  const withoutIndex = file.replace(/(^|\/)index\.html$/, '$1');
  return site.base + withoutIndex;
}

/**
 * The file that answers a site path, or undefined. With `trailingSlash: 'always'` a page is
 * only reachable as `…/`; a link to `…` without the slash counts as unresolved, because a
 * static host answers it with a redirect at best.
 */
export function fileForPath(sitePath: string, site: SiteBuild = builtSite): string | undefined {
  if (!sitePath.startsWith(site.base)) return undefined;
  const rel = decodeURIComponent(sitePath.slice(site.base.length));
  const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const full = path.join(site.dir, candidate);
  if (!full.startsWith(site.dir)) return undefined;
  return statSync(full, { throwIfNoEntry: false })?.isFile() ? candidate : undefined;
}

export function parsePage(file: string, dir = distDir): Root {
  return fromHtml(readFileSync(path.join(dir, file), 'utf8'));
}

export function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
  // <template> content lives in a separate fragment in hast.
  if (node.type === 'element' && node.tagName === 'template' && node.content)
    yield* elements(node.content);
}

/** The text a reader sees inside `node` (no markup, whitespace collapsed). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/** Whether element `e` carries class `name`. */
export const hasClass = (e: Element, name: string): boolean =>
  ([] as unknown[]).concat(e.properties?.className ?? []).includes(name);

/** The text a reader reads in `node`, with runs of whitespace as one space and no ends. */
export const squashedText = (node: Root | RootContent): string =>
  textOf(node).replace(/\s+/g, ' ').trim();

/** The first `<tag class="name">` under `root`, if any. */
export const findByClass = (root: Root | Element, tag: string, name: string): Element | undefined =>
  [...elements(root)].find((e) => e.tagName === tag && hasClass(e, name));

/** The text of a state page's lead part (`<p class="name">`), '' when the page has none. */
export function leadPart(state: string, name: string): string {
  const p = findByClass(parsePage(`states/${state}/index.html`), 'p', name);
  return p ? squashedText(p) : '';
}
