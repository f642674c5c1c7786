/**
 * YAML files (content/sources/sources.yaml, content/editorial/*.yaml) read with their positions
 * kept. A syntax error, a schema error or a later check on an entry ("matches nothing in the
 * sources") then names `file:line:column` in one sentence instead of a stack trace or "line 0".
 */
import fs from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { SourceError } from './read/document';
import { decodeUtf8 } from './read/decode';

/** Where a parsed value stands in its file. */
export interface YamlPosition {
  file: string;
  line: number;
  column: number;
}

// Parsed entries (objects and arrays) → where they were written; filled by readYamlFile.
const POSITIONS = new WeakMap<object, YamlPosition>();

/** Where `entry` (an object or array returned by readYamlFile) was written; null if not from YAML. */
export function positionOf(entry: object): YamlPosition | null {
  return POSITIONS.get(entry) ?? null;
}

/** "organisations.yaml:12:5" for an entry, or the file alone. */
export function whereIs(entry: object, file: string): string {
  const p = positionOf(entry);
  return p ? `${p.file}:${p.line}:${p.column}` : file;
}

/** A SourceError pointing at an entry of a YAML file. */
export function entryError(
  entry: object,
  file: string,
  expected: string,
  found?: string,
): SourceError {
  const p = positionOf(entry);
  return new SourceError(file, p?.line ?? 0, expected, found, p?.column);
}

type Path = Array<string | number>;

/** Records the position of every object and array in `value`, read from the YAML document. */
function recordPositions(
  value: unknown,
  path: Path,
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  file: string,
): void {
  if (value === null || typeof value !== 'object') return;
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isNode(node) && node.range) {
    const { line, col } = counter.linePos(node.range[0]);
    POSITIONS.set(value, { file, line, column: col });
  }
  if (Array.isArray(value))
    value.forEach((v, i) => recordPositions(v, [...path, i], doc, counter, file));
  else
    for (const [k, v] of Object.entries(value))
      recordPositions(v, [...path, k], doc, counter, file);
}

/** The position of the node at `path`, or of the nearest ancestor that exists. */
function positionAt(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: PropertyKey[],
): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as Path, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/**
 * Reads `full` (shown as `file` in messages), parses it as YAML with line positions and validates
 * it with `schema`. Throws a SourceError at `file:line:column` for invalid UTF-8, a syntax error
 * or the first schema issue.
 */
export function readYamlFile<T>(full: string, file: string, schema: z.ZodType<T>): T {
  const text = decodeUtf8(fs.readFileSync(full), file);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = counter.linePos(error.pos[0]);
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new SourceError(file, line, `valid YAML (${what})`, undefined, col);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { line, col } = positionAt(doc, counter, issue.path);
    const at = issue.path.length ? `; at ${issue.path.join('.')}` : '';
    const what = issue.message.replace(/^Invalid input: /, '');
    throw new SourceError(
      file,
      line,
      `every entry to match its schema${at}: ${what}`,
      undefined,
      col,
    );
  }
  recordPositions(parsed.data, [], doc, counter, file);
  return parsed.data;
}
