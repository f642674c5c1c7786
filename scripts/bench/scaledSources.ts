/**
 * Synthetic input for the scaling benchmark: every source article copied `factor` times under
 * distinct file names, ids and titles, with a manifest listing them all, so the build reads
 * `factor` × the text through the same readers and extractors.
 */
import path from 'node:path';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
      copyFileSync(path.join(fromDir, entry.file), path.join(toDir, file));
      bytes += readFileSync(path.join(toDir, file)).length;
      const { 'vendored-from': _vendoredFrom, ...rest } = entry;
      scaled.push({ ...rest, id: `${entry.id}${suffix}`, file, title: copy === 1 ? entry.title : `${entry.title} (copy ${copy})` });
    }
  }
  writeFileSync(path.join(toDir, 'sources.yaml'), stringify(scaled));
  return { files: scaled.length, bytes };
}
