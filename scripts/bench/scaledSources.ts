/**
 * Synthetic input for the scaling benchmark: every source article copied `factor` times under
 * distinct file names, ids and titles, with a manifest listing them all, so the build reads
 * `factor` × the text through the same readers and extractors.
 *
 * Each copy must add *distinct* statements, as new articles would, not copies of the ones there
 * are: a copy that repeats a state's statements on the same state page only repeats words the
 * index already holds for that page. So copy k (k ≥ 2) moves every year back by k − 1 (new dates,
 * new statement ids) and gives every state's statements to another state: each state name is
 * replaced by the name k − 1 places further along the list of states with the same status
 * (cyclically), so a state page of the scaled atlas carries statements whose text it never had and
 * every page grows about as the whole atlas does, while each sentence still says what the ingest
 * can account for ("with the exception of <a state that does not recognise Kosovo>").
 */
import { escapeRegExp } from '../../src/shared/text';
import path from 'node:path';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { ingest } from '../../src/ingest/index';

interface ManifestEntry {
  id: string;
  file: string;
  title: string;
  [field: string]: unknown;
}

/** State names in groups whose members may stand in for each other (e.g. one group per status). */
export type NameGroups = ReadonlyArray<readonly string[]>;

export function writeScaledSources(
  fromDir: string,
  toDir: string,
  factor: number,
  nameGroups: NameGroups = [],
): { files: number; bytes: number } {
  mkdirSync(toDir, { recursive: true });
  const manifest = parse(
    readFileSync(path.join(fromDir, 'sources.yaml'), 'utf8'),
  ) as ManifestEntry[];
  const scaled: ManifestEntry[] = [];
  let bytes = 0;
  for (let copy = 1; copy <= factor; copy += 1) {
    for (const entry of manifest) {
      // Copy 1 keeps the original names so the real articles' ids (and the pages linking them) still exist.
      const suffix = copy === 1 ? '' : `-copy-${copy}`;
      const file = entry.file.replace(/(\.[^.]+)?$/, `${suffix}$1`);
      const text = readFileSync(path.join(fromDir, entry.file), 'utf8');
      // A copy's own title says it is a copy, as its manifest entry does (the ingest compares them).
      const retitled =
        copy === 1
          ? text
          : text.replace(
              new RegExp(escapeRegExp(entry.title), 'i'),
              `${entry.title} (copy ${copy})`,
            );
      writeFileSync(
        path.join(toDir, file),
        copy === 1
          ? text
          : rotateOutsideRecognitionRows(shiftYears(retitled, copy - 1), nameGroups, copy - 1),
      );
      bytes += readFileSync(path.join(toDir, file)).length;
      const { 'vendored-from': _vendoredFrom, ...rest } = entry;
      scaled.push({
        ...rest,
        id: `${entry.id}${suffix}`,
        file,
        title: copy === 1 ? entry.title : `${entry.title} (copy ${copy})`,
      });
    }
  }
  writeFileSync(path.join(toDir, 'sources.yaml'), stringify(scaled));
  return { files: scaled.length, bytes };
}

/**
 * The editorial folder for the scaled build: content/editorial without position-ids.yaml. The
 * former ids it keeps belong to the real atlas's published links; the copies' statements merge
 * with the originals and move some ids, and the ingest refuses a former id whose statement is
 * gone. The scaled build measures time, not links.
 */
export function writeScaledEditorial(fromDir: string, toDir: string): void {
  cpSync(fromDir, toDir, { recursive: true });
  rmSync(path.join(toDir, 'position-ids.yaml'), { force: true });
  // The lock holds the facts of the real sources, not of the scaled copies.
  rmSync(path.join(toDir, 'facts-lock.yaml'), { force: true });
}

/**
 * A swapped name can make a sentence say what no rule can place ("every successor state of
 * Yugoslavia recognises it except South Africa"); the build rightly refuses to lose such a
 * sentence silently. Those lines of the copies are blanked (line numbers kept) until the ingest
 * accounts for every row; returns how many lines were blanked. Copy 1, the real text, is never
 * touched: a loss there is a real failure and is thrown.
 */
export function blankUnplaceableLines(
  sourcesDir: string,
  editorialDir: string,
  rounds = 5,
): number {
  let blanked = 0;
  for (let round = 0; round < rounds; round += 1) {
    const losses = ingest({ sourcesDir, editorialDir }).report.unexplainedLosses;
    if (losses.length === 0) return blanked;
    for (const loss of losses) {
      const [, file, line] = /^([^:]+):(\d+):/.exec(loss) ?? [];
      if (file === undefined || line === undefined || !file.includes('-copy-'))
        throw new Error(`the real sources lose a row: ${loss}`);
      const lines = readFileSync(path.join(sourcesDir, file), 'utf8').split('\n');
      lines[Number(line) - 1] = '';
      writeFileSync(path.join(sourcesDir, file), lines.join('\n'));
      blanked += 1;
    }
  }
  throw new Error(`the scaled sources still lose rows after ${rounds} rounds`);
}

/**
 * Moves every year 1950–2039 back by `years` ("February 2008" → "February 2006"). A 29 February
 * that lands in a common year becomes 28 February: the ingest refuses impossible calendar dates.
 */
export function shiftYears(text: string, years: number): string {
  const shifted = text.replace(/(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)/g, (y) =>
    String(Number(y) - years),
  );
  const leap = (y: string) => {
    const n = Number(y);
    return n % 4 === 0 && (n % 100 !== 0 || n % 400 === 0);
  };
  return shifted
    .replace(/\b29 February,? (\d{4})\b/g, (all, y: string) => (leap(y) ? all : `28 February ${y}`))
    .replace(/\bFebruary 29,? (\d{4})\b/g, (all, y: string) =>
      leap(y) ? all : `February 28, ${y}`,
    )
    .replace(/\b(\d{4})-02-29\b/g, (all, y: string) => (leap(y) ? all : `${y}-02-28`));
}

/**
 * `rotateStateNames` on every line but the rows of recognition tables (those with a Yes/No
 * "Diplomatic relations" cell): a row's code is not rotated, and the ingest refuses a row whose
 * relations article names another state than its code.
 */
export function rotateOutsideRecognitionRows(text: string, groups: NameGroups, by: number): string {
  return text
    .split('\n')
    .map((line) =>
      /^\|.*\|\s*(?:Yes|No)\s*\|/.test(line) ? line : rotateStateNames(line, groups, by),
    )
    .join('\n');
}

/**
 * Replaces each state name with the one `by` places further along its group (cyclically). One
 * pass with the longest names tried first, so "Papua New Guinea" is never read as "Guinea" and
 * a name put in is never replaced again.
 */
export function rotateStateNames(text: string, groups: NameGroups, by: number): string {
  const next = new Map<string, string>();
  for (const group of groups) {
    const names = [...new Set(group)].filter((name) => name.trim() !== '');
    names.forEach((name, i) => next.set(name, names[(i + by) % names.length]!));
  }
  const unique = [...next.keys()];
  if (unique.length === 0) return text;
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...unique]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return text.replace(pattern, (name) => next.get(name) ?? name);
}
