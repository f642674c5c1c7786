/**
 * The source manifest (content/sources/sources.yaml) and the files it lists. The manifest is the
 * only way in: a file in the folder that it does not list, or a listed file that is missing or
 * lies outside the folder, stops the ingest with the manifest's file:line:column.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sourceManifestEntry, type SourceDocument, type SourceManifestEntry } from '../schemas';
import { checkCalendarDates, checkMonthSpelling } from './read/calendarDates';
import { checkEndsComplete } from './read/completeness';
import { decodeUtf8 } from './read/decode';
import { SourceError } from './read/document';
import { readGlossedScrape } from './read/glossedScrape';
import { readNewsPage } from './read/newsPage';
import { readWikitext } from './read/wikitext';
import { entryError, readYamlFile, whereIs } from './yamlFile';
import { foldWords } from '../shared/fold';

const MANIFEST = 'sources.yaml';

const READERS: Record<
  SourceManifestEntry['format'],
  (text: string, meta: { sourceId: string; file: string }) => SourceDocument
> = {
  wikitext: readWikitext,
  'glossed-scrape': readGlossedScrape,
  'news-page': readNewsPage,
};

/** A listed file name that stays inside the sources folder: no absolute path, no "..", no folder. */
function insideFolder(file: string): boolean {
  return (
    !path.isAbsolute(file) &&
    !file.includes('\\') &&
    file.split('/').every((part) => part !== '..' && part !== '.' && part !== '') &&
    path.basename(file) === file
  );
}

/**
 * Reads and validates content/sources/sources.yaml: ids and files unique, every listed file inside
 * the folder and present, every file of the folder listed.
 */
export function loadManifest(sourcesDir: string): SourceManifestEntry[] {
  const full = path.join(sourcesDir, MANIFEST);
  if (!fs.existsSync(full)) throw new SourceError(MANIFEST, 0, `a manifest at ${full}`);
  const entries = readYamlFile(full, MANIFEST, z.array(sourceManifestEntry));
  const ids = new Map<string, SourceManifestEntry>();
  const files = new Map<string, SourceManifestEntry>();
  for (const e of entries) {
    if (ids.has(e.id)) throw entryError(e, MANIFEST, `unique source ids, "${e.id}" appears twice`);
    ids.set(e.id, e);
    if (!insideFolder(e.file))
      throw entryError(
        e,
        MANIFEST,
        `a file name inside content/sources/ (no folder, no "..", no absolute path)`,
        e.file,
      );
    if (files.has(e.file))
      throw entryError(e, MANIFEST, `each file listed once, "${e.file}" is listed twice`);
    files.set(e.file, e);
    if (!fs.existsSync(path.join(sourcesDir, e.file)))
      throw entryError(e, MANIFEST, `the listed file ${e.file} to exist in content/sources/`);
  }
  for (const name of fs.readdirSync(sourcesDir).sort()) {
    if (name === MANIFEST || name.startsWith('.')) continue;
    if (!files.has(name))
      throw new SourceError(
        MANIFEST,
        1,
        `an entry for every file in content/sources/ (add ${name} with its id, title, publisher and format, or remove the file)`,
      );
  }
  return entries;
}

/**
 * Runs the reader the manifest names for each source, on the file decoded as strict UTF-8 and
 * with every written date checked against the calendar.
 */
export function readSources(sourcesDir: string, manifest: SourceManifestEntry[]): SourceDocument[] {
  return manifest.map((entry) => {
    const text = decodeUtf8(fs.readFileSync(path.join(sourcesDir, entry.file)), entry.file);
    checkCalendarDates(text, entry.file);
    checkMonthSpelling(text, entry.file);
    checkFormatSignature(text, entry);
    const doc = withFormatHint(entry, () => {
      const read = READERS[entry.format](text, { sourceId: entry.id, file: entry.file });
      checkEndsComplete(read);
      return read;
    });
    // The file's own title must be the entry's: two `file:` values swapped would otherwise cite
    // every statement of one article to the other.
    if (foldWords(doc.title) !== foldWords(entry.title))
      throw entryError(
        entry,
        'sources.yaml',
        `the title of ${entry.file} to be the entry's title "${entry.title}"`,
        doc.title,
      );
    return doc;
  });
}

// A wiki dump opens with its "= Title =" heading; no scrape or news page does. Read with another
// reader, its lines would be taken for chrome or prose and the failure would surface far from the
// cause ("the file ends mid-sentence"), so the manifest's line is named first.
const WIKITEXT_TITLE = /^=+\s*\S.*?\s*=+\s*$/;

/** Stops at the manifest entry when a file opens with a wiki title but is listed under another format. */
function checkFormatSignature(text: string, entry: SourceManifestEntry): void {
  const first = text.split('\n').find((l) => l.trim() !== '');
  if (entry.format !== 'wikitext' && first !== undefined && WIKITEXT_TITLE.test(first.trim()))
    throw entryError(
      entry,
      MANIFEST,
      `format: wikitext for ${entry.file} (it opens with a "= Title =" heading)`,
      `format: ${entry.format}`,
    );
}

/**
 * A reader's complaint also names the manifest line that chose the reader: a file listed under the
 * wrong format fails somewhere inside the file, and the fix is in sources.yaml.
 */
function withFormatHint<T>(entry: SourceManifestEntry, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    throw new SourceError(
      e.file,
      e.line,
      `${e.expected} — read as format: ${entry.format} by the entry at ${whereIs(entry, MANIFEST)}; if the file is of another kind, correct the format there`,
      e.found,
      e.column,
    );
  }
}

/** Titles compared as words: case, dashes and spacing aside ("Kosovo–Russia Relations"). */
