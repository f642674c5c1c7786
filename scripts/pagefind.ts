// Post-build step: index the Astro output with Pagefind's Node API and write <out>/pagefind/.
// Runs after `astro build` (see package.json "build"). Only elements marked
// `data-pagefind-body` (the <main> of state, organisation and source pages) are indexed.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildWordAliases, wordsOf } from '../src/scripts/search/foldText.ts';
import { WORD_ALIASES_FILE } from '../src/scripts/search/bundleFiles.ts';
import { listFiles } from '../src/shared/files.ts';

const outDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const bundleDir = join(outDir, 'pagefind');

const listPaths = (dir: string): string[] => listFiles(dir).map((file) => join(dir, file));

interface BundleSize {
  files: number;
  bytes: number;
  byKind: Record<string, number>;
  /** Gzip size of the always-loaded entry files, i.e. the fixed cost of a first search. */
  entryGzipBytes: number;
}

// Files a search always loads, whatever the query (the rest are chunks fetched on demand).
const ENTRY_FILE = /(^pagefind\.js$|^pagefind-entry\.json$|^pagefind-worker\.js$|\.pf_meta$|^word-aliases\.json$|^wasm\.en\.pagefind$)/;

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

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Text of the indexed region of each page that opts in with data-pagefind-body. */
async function readMarkedPageTexts(dir: string): Promise<string[]> {
  const htmlFiles = listPaths(dir).filter((file) => file.endsWith('.html') && !file.startsWith(bundleDir));
  const texts: string[] = [];
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8');
    const body = /<(\w+)[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/\1>/.exec(html);
    if (body) texts.push(htmlToText(body[2] ?? ''));
  }
  return texts;
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

async function countIndexedPages(): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  await stat(join(outDir, 'index.html')).catch(() => {
    throw new Error(`No Astro build in ${outDir} (index.html missing). Run \`astro build\` first.`);
  });
  // Without any data-pagefind-body marker Pagefind silently indexes whole pages, navigation
  // and all; that means the page templates broke the contract, so stop rather than ship it.
  const markedPageTexts = await readMarkedPageTexts(outDir);
  if (markedPageTexts.length === 0) {
    throw new Error(
      `No page in ${outDir} has data-pagefind-body; the state/organisation/source pages must mark their <main>.`,
    );
  }
  // A stale bundle from an earlier build would otherwise survive alongside the new one.
  await rm(bundleDir, { recursive: true, force: true });

  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);

  const { page_count: filesRead, errors: indexErrors } = await index.addDirectory({ path: outDir });
  if (indexErrors.length > 0) throw new Error(`Pagefind indexing errors:\n${indexErrors.join('\n')}`);
  if (filesRead === 0) throw new Error(`Pagefind found no HTML files in ${outDir}; is the out dir wrong?`);

  const { errors: writeErrors } = await index.writeFiles({ outputPath: bundleDir });
  if (writeErrors.length > 0) throw new Error(`Pagefind write errors:\n${writeErrors.join('\n')}`);
  await pagefind.close();

  // addDirectory's page_count counts every HTML file it read, including pages without
  // data-pagefind-body that were then skipped; the entry file holds what was really indexed.
  const indexedPages = await countIndexedPages();
  if (indexedPages === 0) {
    throw new Error(
      `Pagefind read ${filesRead} HTML files in ${outDir} but indexed 0 pages. Pages opt in with ` +
        'data-pagefind-body on <main>; did the state/organisation/source pages lose it?',
    );
  }
  // The site uses the JS API with its own UI; the prebuilt UI bundles would only be dead weight.
  await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(bundleDir, name), { force: true })));

  const aliases = buildWordAliases(markedPageTexts.flatMap(wordsOf));
  await writeFile(join(bundleDir, WORD_ALIASES_FILE), JSON.stringify(aliases));
  console.log(`pagefind: ${Object.keys(aliases).length} folded spellings for words like ${[...new Set(Object.values(aliases))].slice(0, 3).join(', ') || '(none)'}`);

  const size = await measureBundle(bundleDir);
  const breakdown = Object.entries(size.byKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
    .join(', ');
  console.log(`pagefind: indexed ${indexedPages} of ${filesRead} pages into ${relative(process.cwd(), bundleDir) || bundleDir}`);
  console.log(`pagefind: index ${kib(size.bytes)} in ${size.files} files (${breakdown})`);
  console.log(`pagefind: fixed cost of a first search ≈ ${kib(size.entryGzipBytes)} gzipped (js, wasm, metadata)`);
}

main().catch(async (error: unknown) => {
  await pagefind.close().catch(() => undefined);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
