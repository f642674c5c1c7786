/**
 * Synthetic input for the scaling benchmark: every source article copied `factor` times under
 * distinct file names, ids and titles, with a manifest listing them all, so the build reads
 * `factor` × the text through the same readers and extractors. Each copy shifts every year back by
 * (copy − 1), so its statements are distinct statements rather than duplicates the merge folds into
 * the originals: the copies then cost what as many new articles would.
 */
import path from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  [field: string]: unknown;
}

export function writeScaledSources(fromDir: string, toDir: string, factor: number): { files: number; bytes: number } {
  mkdirSync(toDir, { recursive: true });
  const manifest = parse(readFileSync(path.join(fromDir, 'sources.yaml'), 'utf8')) as ManifestEntry[];
  const scaled: ManifestEntry[] = [];
  let bytes = 0;
  for (let copy = 1; copy <= factor; copy += 1) {
    for (const entry of manifest) {
      // Copy 1 keeps the original names so the real articles' ids (and the pages linking them) still exist.
      const suffix = copy === 1 ? '' : `-copy-${copy}`;
      const file = entry.file.replace(/(\.[^.]+)?$/, `${suffix}$1`);
      const text = readFileSync(path.join(fromDir, entry.file), 'utf8');
      writeFileSync(path.join(toDir, file), copy === 1 ? text : shiftYears(text, copy - 1));
      bytes += readFileSync(path.join(toDir, file)).length;
      const { 'vendored-from': _vendoredFrom, ...rest } = entry;
      scaled.push({ ...rest, id: `${entry.id}${suffix}`, file, title: copy === 1 ? entry.title : `${entry.title} (copy ${copy})` });
    }
  }
  writeFileSync(path.join(toDir, 'sources.yaml'), stringify(scaled));
  return { files: scaled.length, bytes };
}

/** Moves every year 1950–2039 back by `years` ("February 2008" → "February 2006"). */
export function shiftYears(text: string, years: number): string {
  return text.replace(/(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)/g, (y) => String(Number(y) - years));
}
