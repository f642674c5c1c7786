/**
 * Synthetic input for the scaling benchmark: every source article copied `factor` times under
 * distinct file names, ids and titles, with a manifest listing them all, so the build reads
 * `factor` × the text through the same readers and extractors.
 *
 * Each copy must add *distinct* statements, as new articles would, not copies of the ones there
 * are: a copy that repeats a state's statements on the same state page only repeats words the
 * index already holds for that page. So copy k (k ≥ 2) moves every year back by k − 1 (new dates,
 * new statement ids) and gives every state's statements to another state: each state name is
 * replaced by the name k − 1 places further along the list of states (cyclically), so a state page
 * of the scaled atlas carries statements whose text it never had, and every page grows about as
 * the whole atlas does.
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

export function writeScaledSources(fromDir: string, toDir: string, factor: number, stateNames: readonly string[] = []): { files: number; bytes: number } {
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
      writeFileSync(path.join(toDir, file), copy === 1 ? text : rotateStateNames(shiftYears(text, copy - 1), stateNames, copy - 1));
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

/**
 * Replaces each state name with the one `by` places further along `names` (cyclically). One
 * pass with the longest names tried first, so "Papua New Guinea" is never read as "Guinea" and
 * a name put in is never replaced again.
 */
export function rotateStateNames(text: string, names: readonly string[], by: number): string {
  const unique = [...new Set(names)].filter((name) => name.trim() !== '');
  if (unique.length < 2 || by % unique.length === 0) return text;
  const next = new Map(unique.map((name, i) => [name, unique[(i + by) % unique.length]!]));
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...unique].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (name) => next.get(name) ?? name);
}
