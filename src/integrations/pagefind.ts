/**
 * Astro integration that indexes the finished build with Pagefind's Node API (the way Starlight
 * does), so `astro build` alone writes the site and its search index to <out>/pagefind/. Only
 * elements marked `data-pagefind-body` (the <main> of state, organisation and source pages) are
 * indexed. Besides Pagefind's own bundle it writes the word-alias table the search page reads
 * (see src/shared/wordAliases.ts).
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { buildWordAliases, wordsOf } from '../shared/wordAliases';
import { WORD_ALIASES_FILE } from '../shared/bundleFiles';
import { listFiles } from '../shared/files';

/** Printed when indexing ends; `npm run bench` reads it to split Pagefind's time from Astro's. */
export const PAGEFIND_TIME_LINE = /indexed in (\d+) ms\b/;

const listPaths = (dir: string): string[] => listFiles(dir).map((file) => join(dir, file));

interface BundleSize {
  files: number;
  bytes: number;
  byKind: Record<string, number>;
  /** Gzip size of the always-loaded entry files, i.e. the fixed cost of a first search. */
  entryGzipBytes: number;
}

// Files a search always loads, whatever the query (the rest are chunks fetched on demand).
const ENTRY_FILE =
  /(^pagefind\.js$|^pagefind-entry\.json$|^pagefind-worker\.js$|\.pf_meta$|^word-aliases\.json$|^wasm\.en\.pagefind$)/;

async function measureBundle(dir: string): Promise<BundleSize> {
  const files = listPaths(dir);
  const size: BundleSize = { files: files.length, bytes: 0, byKind: {}, entryGzipBytes: 0 };
  for (const file of files) {
    const { size: bytes } = await stat(file);
    size.bytes += bytes;
    const rel = relative(dir, file);
    const kind = rel.includes('/') ? rel.split('/')[0]! : rel.replace(/^.*?(\.[a-z_]+)$/, '$1');
    size.byKind[kind] = (size.byKind[kind] ?? 0) + bytes;
    if (ENTRY_FILE.test(rel)) size.entryGzipBytes += gzipSync(await readFile(file)).length;
  }
  return size;
}

// The site uses the JS API with its own UI; the prebuilt UIs would only be dead weight.
// pagefind-highlight.js stays: source pages load it when opened from a search result.
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

interface MarkedPage {
  /** The page's URL relative to the site root, as Pagefind would derive it from the file. */
  url: string;
  html: string;
  /** Text of the data-pagefind-body region. */
  text: string;
}

/** Pages that opt in with data-pagefind-body (the others are not indexed at all). */
async function readMarkedPages(outDir: string, htmlFiles: string[]): Promise<MarkedPage[]> {
  const pages: MarkedPage[] = [];
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8');
    const body = /<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/\1>/.exec(html);
    if (body)
      pages.push({ url: pageUrl(relative(outDir, file)), html, text: htmlToText(body[2] ?? '') });
  }
  return pages;
}

/** 'states/ghana/index.html' → '/states/ghana/', as Pagefind's own directory crawl names it. */
export function pageUrl(relativeFile: string): string {
  return `/${relativeFile.split(sep).join('/')}`.replace(/\/index\.html$/, '/');
}

/**
 * The page as Pagefind should read it. Pagefind joins the text of adjacent elements it does not
 * treat as blocks, so a definition list would be indexed as "RegionEurope" and excerpts would show
 * it so; each term gets its colon and each value ends its sentence ("Region: Europe. Kind: …").
 * Only the index sees this: the served page is unchanged (browsers and screen readers separate
 * <dt> from <dd>).
 */
export function indexableHtml(html: string): string {
  const labelled = html.replace(/:?(\s*)<\/dt>/g, ':</dt> ');
  return labelled.replace(/(\s*)<\/dd>/g, (_, space: string, offset: number) =>
    endsSentence(labelled.slice(Math.max(0, offset - 400), offset))
      ? `${space}</dd> `
      : `.${space}</dd> `,
  );
}

/** Whether the text before `</dd>` (tags aside) already ends with sentence punctuation. */
function endsSentence(before: string): boolean {
  const text = before.replace(/<[^>]*>/g, '').trimEnd();
  return text === '' || /[.!?:;]$/.test(text);
}

// Only needs to be good enough to find words for the alias table, not to render anything.
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&[a-z]+;/gi, ' ');
}

async function countIndexedPages(bundleDir: string): Promise<number> {
  const entry = JSON.parse(
    await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8'),
  ) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} errors:\n${errors.join('\n')}`);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** Indexes the build in `outDir` into `outDir/pagefind/`; throws when the result is unusable. */
export async function indexSite(outDir: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  const bundleDir = join(outDir, 'pagefind');
  await stat(join(outDir, 'index.html')).catch(() => {
    throw new Error(`No Astro build in ${outDir} (index.html missing).`);
  });
  const htmlFiles = listPaths(outDir).filter(
    (file) => file.endsWith('.html') && !file.startsWith(bundleDir),
  );
  // Without any data-pagefind-body marker Pagefind silently indexes whole pages, navigation
  // and all; that means the page templates broke the contract, so stop rather than ship it.
  const markedPages = await readMarkedPages(outDir, htmlFiles);
  if (markedPages.length === 0) {
    throw new Error(
      `No page in ${outDir} has data-pagefind-body; the state/organisation/source pages must mark their <main>.`,
    );
  }
  // A stale bundle from an earlier build would otherwise survive alongside the new one.
  await rm(bundleDir, { recursive: true, force: true });

  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    assertNoErrors('index', createErrors);
    if (!index) throw new Error('Pagefind could not create an index.');
    for (const page of markedPages) {
      const { errors } = await index.addHTMLFile({
        url: page.url,
        content: indexableHtml(page.html),
      });
      assertNoErrors(`indexing ${page.url}`, errors);
    }
    const filesRead = htmlFiles.length;
    const { errors: writeErrors } = await index.writeFiles({ outputPath: bundleDir });
    assertNoErrors('write', writeErrors);

    // The entry file holds what Pagefind really indexed.
    const indexedPages = await countIndexedPages(bundleDir);
    if (indexedPages === 0) {
      throw new Error(
        `Pagefind read ${filesRead} HTML files in ${outDir} but indexed 0 pages. Pages opt in with ` +
          'data-pagefind-body on <main>; did the state/organisation/source pages lose it?',
      );
    }
    await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(bundleDir, name), { force: true })));

    const aliases = buildWordAliases(markedPages.flatMap((page) => wordsOf(page.text)));
    await writeFile(join(bundleDir, WORD_ALIASES_FILE), JSON.stringify(aliases));
    log(
      `${Object.keys(aliases).length} folded spellings for words like ${[...new Set(Object.values(aliases))].slice(0, 3).join(', ') || '(none)'}`,
    );

    const size = await measureBundle(bundleDir);
    const breakdown = Object.entries(size.byKind)
      .sort(([, a], [, b]) => b - a)
      .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
      .join(', ');
    log(
      `indexed ${indexedPages} of ${filesRead} pages into ${relative(process.cwd(), bundleDir) || bundleDir}`,
    );
    log(`index ${kib(size.bytes)} in ${size.files} files (${breakdown})`);
    log(`fixed cost of a first search ≈ ${kib(size.entryGzipBytes)} gzipped (js, wasm, metadata)`);
    log(`indexed in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}

/** `astro:build:done` → Pagefind. A failure fails the build: a site without its index is broken. */
export default function atlasPagefind(): AstroIntegration {
  let logger: AstroIntegrationLogger | undefined;
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger: buildLogger }) => {
        logger = buildLogger;
        await indexSite(fileURLToPath(dir), (message) => logger?.info(message));
      },
    },
  };
}
