/**
 * fast-check arbitraries that damage the real source articles the way files get damaged in
 * the wild (cells lost or shifted, files cut short, codes nobody knows, Windows line ends,
 * a BOM, control characters), and a scratch copy of content/ to run the ingest on.
 */
import path from 'node:path';
import os from 'node:os';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sourcesDir = path.join(repoRoot, 'content/sources');
export const editorialDir = path.join(repoRoot, 'content/editorial');

export interface SourceFile {
  file: string;
  format: string;
  text: string;
}

export const sourceFiles: SourceFile[] = (
  parse(readFileSync(path.join(sourcesDir, 'sources.yaml'), 'utf8')) as Array<{
    file: string;
    format: string;
  }>
).map(({ file, format }) => ({
  file,
  format,
  text: readFileSync(path.join(sourcesDir, file), 'utf8'),
}));

/** A text edit; `describe` names it in fast-check's counterexample report. */
export interface Mutation {
  describe: string;
  apply(text: string): string;
}

/** Mutations print as their description, not as their source code and the whole file. */
function named(describe: string, apply: (text: string) => string): Mutation {
  return { describe, apply, [fc.toStringMethod]: () => describe } as Mutation;
}

const lines = (text: string): string[] => text.split('\n');
const tableLineIndexes = (text: string): number[] =>
  lines(text).flatMap((line, index) => (line.trimStart().startsWith('|') ? [index] : []));

/** Cells of a pipe-table line, without the outer pipes. */
const cellsOf = (line: string): string[] =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
const lineOf = (cells: readonly string[]): string => `|${cells.join('|')}|`;

/** Picks the n-th (mod count) table line and rewrites its cells; a file without tables is unchanged. */
function editTableLine(text: string, pick: number, edit: (cells: string[]) => string[]): string {
  const candidates = tableLineIndexes(text);
  if (candidates.length === 0) return text;
  const all = lines(text);
  const index = candidates[pick % candidates.length]!;
  all[index] = lineOf(edit(cellsOf(all[index]!)));
  return all.join('\n');
}

/** A file converted to CRLF twice: every line end becomes CR CR LF, i.e. a blank line after each. */
export const doubleConvertedLineEnds = named('CR CR LF line ends', (text) =>
  text.replace(/\n/g, '\r\r\n'),
);

/** Damage: what the ingest must either report row by row or reject with file and line. */
export const damage: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ pick: fc.nat(), cell: fc.nat() })
    .map(({ pick, cell }) =>
      named(`drop cell ${cell} of table line #${pick}`, (text) =>
        editTableLine(text, pick, (cells) =>
          cells.filter((_, i) => i !== cell % Math.max(cells.length, 1)),
        ),
      ),
    ),
  fc.record({ pick: fc.nat(), at: fc.nat(), left: fc.boolean() }).map(({ pick, at, left }) =>
    named(`shift cells of table line #${pick} ${left ? 'left' : 'right'} from cell ${at}`, (text) =>
      editTableLine(text, pick, (cells) => {
        const from = at % Math.max(cells.length, 1);
        return left
          ? [...cells.slice(0, from), ...cells.slice(from + 1), ' ']
          : [...cells.slice(0, from), ' ', ...cells.slice(from)];
      }),
    ),
  ),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((fraction) =>
      named(`cut the file at ${(fraction * 100).toFixed(1)} %`, (text) =>
        text.slice(0, Math.floor(text.length * fraction)),
      ),
    ),
  fc
    .record({ pick: fc.nat(), letter: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ') })
    .map(({ pick, letter }) =>
      // No ISO 3166-1 or IOC code starts with XQ: the code is unknown to every table.
      named(`replace code #${pick} with XQ${letter}`, (text) => {
        const code = /(\|\s*(?:nowrap\s*\|\s*)?)[A-Z]{3}(\s*\|)/g;
        const count = [...text.matchAll(code)].length;
        if (count === 0) return text;
        let seen = -1;
        return text.replace(code, (match, before: string, after: string) => {
          seen += 1;
          return seen === pick % count ? `${before}XQ${letter}${after}` : match;
        });
      }),
    ),
  fc.nat().map((pick) =>
    named(`delete table line #${pick}'s closing pipe`, (text) => {
      const candidates = tableLineIndexes(text);
      if (candidates.length === 0) return text;
      const all = lines(text);
      const index = candidates[pick % candidates.length]!;
      all[index] = all[index]!.replace(/\|\s*$/, '');
      return all.join('\n');
    }),
  ),
  fc.constant(doubleConvertedLineEnds),
);

/** C0 controls and DEL, except tab, LF and CR (which carry meaning: cells, lines). */
const controlCharacter = fc.constantFrom(
  ...[...Array(32).keys(), 127]
    .filter((code) => ![9, 10, 13].includes(code))
    .map((code) => String.fromCharCode(code)),
);

/** Noise: encoding artefacts the ingest must see through, leaving its result unchanged. */
export const noise: fc.Arbitrary<Mutation> = fc.oneof(
  // Idempotent: a file converted twice still has one CR per line.
  fc.constant(named('CRLF line ends', (text) => text.replace(/\r?\n/g, '\r\n'))),
  fc.constant(
    named('a byte order mark', (text) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`)),
  ),
  fc
    .array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), char: controlCharacter }), {
      minLength: 1,
      maxLength: 8,
    })
    .map((inserts) =>
      named(
        `control characters ${inserts.map(({ at, char }) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}@${at.toFixed(3)}`).join(', ')}`,
        (text) =>
          inserts.reduce((current, { at, char }) => {
            const index = Math.floor(current.length * at);
            return current.slice(0, index) + char + current.slice(index);
          }, text),
      ),
    ),
);

/** One of the real sources, printed by file name only (not its text) in counterexamples. */
export const printableSources: SourceFile[] = sourceFiles.map((source) => ({
  ...source,
  [fc.toStringMethod]: () => source.file,
}));
export const anySource: fc.Arbitrary<SourceFile> = fc.constantFrom(...printableSources);
export const sourceNamed = (file: string): SourceFile => {
  const source = printableSources.find((candidate) => candidate.file === file);
  if (source === undefined) throw new Error(`No source file ${file} in sources.yaml`);
  return source;
};

/** A copy of content/sources with `file` replaced by `text`; removed by the returned cleanup. */
/** A scratch copy of the sources with `mutations` applied, in order, to `source`'s file. */
export function mutatedSources(
  source: SourceFile,
  mutations: readonly Mutation[],
): { dir: string; cleanup(): void } {
  const text = mutations.reduce((current, mutation) => mutation.apply(current), source.text);
  return scratchSources(source.file, text);
}

export function scratchSources(file: string, text: string): { dir: string; cleanup(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-robust-'));
  const dir = path.join(root, 'sources');
  cpSync(sourcesDir, dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
