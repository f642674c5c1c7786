/**
 * What each built page costs a reader: its HTML and CSS gzipped (what must arrive before the
 * first paint) and the JavaScript it loads up front (external scripts, module preloads and their
 * static imports; inline scripts are part of the HTML).
 */
import path from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { listFiles } from '../../src/shared/files';

export interface PageWeight {
  file: string;
  type: string;
  htmlGzip: number;
  cssGzip: number;
  /** HTML + CSS gzipped. */
  firstLoadGzip: number;
  jsGzip: number;
  jsFiles: number;
  inlineScripts: number;
  /** Bytes of inline script (already counted in the HTML). */
  inlineJsBytes: number;
}

export function directorySize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

/** Page type from its place in the site (one template per type). */
export function pageType(file: string): string {
  const types: Array<[RegExp, string]> = [
    [/^index\.html$/, 'home'],
    [/^404\.html$/, '404'],
    [/^states\/index\.html$/, 'states table'],
    [/^states\/[^/]+\/index\.html$/, 'state'],
    [/^organisations\/index\.html$/, 'organisations'],
    [/^organisations\/[^/]+\/index\.html$/, 'organisation'],
    [/^positions\/index\.html$/, 'positions'],
    [/^timeline\/index\.html$/, 'timeline'],
    [/^sources\/index\.html$/, 'sources'],
    [/^sources\/[^/]+\/index\.html$/, 'source'],
    [/^search\/index\.html$/, 'search'],
    [/^about\/index\.html$/, 'about'],
  ];
  return types.find(([pattern]) => pattern.test(file))?.[1] ?? 'other';
}

function* elementsOf(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elementsOf(child);
}

const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

export class WeightMeter {
  private readonly gzipCache = new Map<string, number>();
  constructor(
    private readonly distDir: string,
    private readonly basePath: string,
  ) {}

  /** A site URL (absolute path, base included) → file in the build. */
  private fileOf(url: string, pageFile: string): string | undefined {
    const pathname = new URL(
      url,
      `http://site.invalid/${this.basePath.replace(/^\//, '')}${pageFile}`,
    ).pathname;
    if (!pathname.startsWith(this.basePath)) return undefined;
    return decodeURIComponent(pathname.slice(this.basePath.length));
  }

  private gzipOf(file: string): number {
    let size = this.gzipCache.get(file);
    if (size === undefined) {
      size = gzipSize(readFileSync(path.join(this.distDir, file)));
      this.gzipCache.set(file, size);
    }
    return size;
  }

  /** The JS file plus everything it imports statically (loaded before it runs). */
  private withStaticImports(file: string, seen: Set<string>): void {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(this.distDir, file), 'utf8');
    for (const match of code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)) {
      this.withStaticImports(
        path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)),
        seen,
      );
    }
  }

  measure(file: string): PageWeight {
    const html = readFileSync(path.join(this.distDir, file));
    const css = new Set<string>();
    const js = new Set<string>();
    let inlineScripts = 0;
    let inlineJsBytes = 0;
    for (const element of elementsOf(fromHtml(html.toString('utf8')))) {
      const { href, src, rel } = element.properties;
      const rels = Array.isArray(rel) ? rel.map(String) : [];
      if (element.tagName === 'link' && typeof href === 'string' && rels.includes('stylesheet')) {
        const target = this.fileOf(href, file);
        if (target !== undefined) css.add(target);
      }
      if (
        element.tagName === 'link' &&
        typeof href === 'string' &&
        rels.includes('modulepreload')
      ) {
        const target = this.fileOf(href, file);
        if (target !== undefined) this.withStaticImports(target, js);
      }
      if (element.tagName === 'script') {
        const type = String(element.properties.type ?? '');
        if (type !== '' && type !== 'module' && !type.includes('javascript')) continue; // data blocks
        if (typeof src === 'string') {
          const target = this.fileOf(src, file);
          if (target !== undefined) this.withStaticImports(target, js);
        } else {
          inlineScripts += 1;
          inlineJsBytes += element.children.reduce(
            (sum, child) => sum + (child.type === 'text' ? Buffer.byteLength(child.value) : 0),
            0,
          );
        }
      }
    }
    const htmlGzip = gzipSize(html);
    const cssGzip = [...css].reduce((sum, target) => sum + this.gzipOf(target), 0);
    return {
      file,
      type: pageType(file),
      htmlGzip,
      cssGzip,
      firstLoadGzip: htmlGzip + cssGzip,
      jsGzip: [...js].reduce((sum, target) => sum + this.gzipOf(target), 0),
      jsFiles: js.size,
      inlineScripts,
      inlineJsBytes,
    };
  }
}

/** The heaviest page (HTML+CSS gzipped) of each type, and the most JS any page of the type loads. */
export function heaviestPerType(
  weights: readonly PageWeight[],
): Array<PageWeight & { pages: number; maxJsGzip: number; maxInlineJsBytes: number }> {
  const byType = new Map<string, PageWeight[]>();
  for (const weight of weights)
    byType.set(weight.type, [...(byType.get(weight.type) ?? []), weight]);
  return [...byType.entries()]
    .map(([, pages]) => {
      const heaviest = pages.reduce((a, b) => (b.firstLoadGzip > a.firstLoadGzip ? b : a));
      return {
        ...heaviest,
        pages: pages.length,
        maxJsGzip: Math.max(...pages.map((page) => page.jsGzip)),
        maxInlineJsBytes: Math.max(...pages.map((page) => page.inlineJsBytes)),
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}
