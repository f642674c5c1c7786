import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { sourceManifestEntry, type SourceDocument, type SourceManifestEntry } from '../schemas';
import { SourceError } from './read/document';
import { readGlossedScrape } from './read/glossedScrape';
import { readNewsPage } from './read/newsPage';
import { readWikitext } from './read/wikitext';

const READERS: Record<
  SourceManifestEntry['format'],
  (text: string, meta: { sourceId: string; file: string }) => SourceDocument
> = {
  wikitext: readWikitext,
  'glossed-scrape': readGlossedScrape,
  'news-page': readNewsPage,
};

/** Reads and validates content/sources/sources.yaml; ids must be unique. */
export function loadManifest(sourcesDir: string): SourceManifestEntry[] {
  const file = path.join(sourcesDir, 'sources.yaml');
  if (!fs.existsSync(file)) throw new SourceError('sources.yaml', 0, `a manifest at ${file}`);
  const parsed = z.array(sourceManifestEntry).safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError('sources.yaml', 0, `${issue.message} at entry ${issue.path.join('.')}`);
  }
  const ids = new Set<string>();
  for (const e of parsed.data) {
    if (ids.has(e.id))
      throw new SourceError('sources.yaml', 0, `unique source ids, "${e.id}" appears twice`);
    ids.add(e.id);
  }
  return parsed.data;
}

/** Runs the reader the manifest names for each source. */
export function readSources(sourcesDir: string, manifest: SourceManifestEntry[]): SourceDocument[] {
  return manifest.map((entry) => {
    const full = path.join(sourcesDir, entry.file);
    if (!fs.existsSync(full))
      throw new SourceError(entry.file, 0, `the file named in sources.yaml at ${full}`);
    return READERS[entry.format](fs.readFileSync(full, 'utf8'), {
      sourceId: entry.id,
      file: entry.file,
    });
  });
}
