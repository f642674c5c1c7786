/**
 * Loads the hand-made gold set (tests/gold/*.yaml, format in tests/gold/README.md) and flattens it
 * into statements: a `continues` sentence is joined to the statement before it, so a statement
 * told over two sentences is one unit, as a reader reads it. The joined statement keeps the first
 * sentence's fields, except its voice, which is `quoted` when any of its sentences quotes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { halfOf, SEEN_FILE, type Half } from './halves';
import { sentenceSpan } from './span';

const actorId = z
  .string()
  .regex(/^(?:kosovo|(?:state|organisation|other):[a-z0-9]+(?:-[a-z0-9]+)*)$/)
  .describe('state:<id>, organisation:<id>, other:<slug> or kosovo');
const partial = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

const goldStatement = z.object({
  text: z.string().min(1),
  kind: z.enum(['position', 'event']),
  actor: actorId.nullable(),
  speakers: z
    .array(z.object({ name: z.string().nullable(), role: z.string().nullable() }))
    .default([]),
  reporter: z.string().nullable().default(null),
  parties: z.array(actorId).default([]),
  voice: z.enum(['quoted', 'stated', 'reported', 'described', 'analysis']),
  date: partial.nullable().default(null),
  qualifier: z.enum(['after', 'before', 'since', 'until', 'by', 'as of']).nullable().default(null),
  qualifiedDate: partial.nullable().default(null),
  dateRelative: z.string().nullable().default(null),
  continues: z.boolean().default(false),
});

const goldFile = z.object({
  source: z.string(),
  scope: z.enum(['prose', 'position-table-rows']),
  sentences: z.array(
    z.object({
      line: z.number().int().positive(),
      text: z.string().min(1),
      statements: z.array(goldStatement).default([]),
      none: z.string().nullable().optional(),
    }),
  ),
});

export type GoldStatementFields = z.infer<typeof goldStatement>;

/** One statement of the gold set: one act of one actor, possibly told over several sentences. */
export interface GoldStatement extends Omit<GoldStatementFields, 'continues'> {
  source: string;
  /** File lines of the sentences that tell it. */
  lines: number[];
  /** Every file line its sentences cover (a sentence runs on over a glossed scrape's gloss lines). */
  span: number[];
  half: Half;
  /** `file:line` of its first sentence, for failure listings. */
  at: string;
}

export interface GoldSentence {
  source: string;
  line: number;
  text: string;
  half: Half;
}

export interface GoldSet {
  statements: GoldStatement[];
  sentences: GoldSentence[];
  /** `source:line` of every line the gold covers: pipeline output elsewhere is not scored. */
  scope: Set<string>;
  /** The half a source line is in: by hash for the five sources, by article for unseen ones. */
  halfOf: (source: string, line: number) => Half;
}

export const GOLD_DIR = path.dirname(new URL(import.meta.url).pathname);
const SOURCES_DIR = path.join(GOLD_DIR, '../../content/sources');

/** The article's lines: beside the gold (an unseen article), or the project's source for its gold. */
function articleLinesOf(dir: string, source: string): string[] | null {
  const beside = [path.join(dir, `${source}.txt`)];
  const files = dir === GOLD_DIR ? [...beside, path.join(SOURCES_DIR, `${source}.txt`)] : beside;
  for (const file of files) if (existsSync(file)) return readFileSync(file, 'utf8').split('\n');
  return null;
}

export interface GoldFolder {
  /** YAML files of the folder that are not gold (the seen list, an articles' manifest). */
  notGold?: string[];
  halfOf?: (source: string, line: number) => Half;
  /** Checks a gold file's sentence before it is taken (an unseen article's line count). */
  checkLine?: (file: string, source: string, line: number) => void;
}

export function loadGold(dir = GOLD_DIR, folder: GoldFolder = {}): GoldSet {
  const { notGold = [SEEN_FILE], halfOf: halfFor = halfOf, checkLine } = folder;
  const statements: GoldStatement[] = [];
  const sentences: GoldSentence[] = [];
  const scope = new Set<string>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !notGold.includes(f))
    .sort();
  for (const file of files) {
    const parsed = goldFile.safeParse(parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success)
      throw new Error(`${file}: not a gold file: ${z.prettifyError(parsed.error)}`);
    const { source } = parsed.data;
    const articleLines = articleLinesOf(dir, source);
    const spanOf = (line: number, text: string) =>
      articleLines ? sentenceSpan(articleLines, line, text) : [line];
    let last: GoldStatement | null = null;
    for (const sentence of parsed.data.sentences) {
      checkLine?.(file, source, sentence.line);
      const half = halfFor(source, sentence.line);
      scope.add(`${source}:${sentence.line}`);
      sentences.push({ source, line: sentence.line, text: sentence.text, half });
      const span = spanOf(sentence.line, sentence.text);
      for (const l of span) scope.add(`${source}:${l}`);
      for (const { continues, ...fields } of sentence.statements) {
        if (continues && last) {
          last.text = `${last.text} ${fields.text}`;
          // The guide defines `quoted` for the statement as a whole: when a continuation gives
          // the speaker's own words, the joined statement gives them ("He said that "…"" after
          // "X stated that …"). A report stays a report: only a source-told voice is raised.
          if (fields.voice === 'quoted' && (last.voice === 'stated' || last.voice === 'described'))
            last.voice = 'quoted';
          if (!last.lines.includes(sentence.line)) last.lines.push(sentence.line);
          for (const l of span) if (!last.span.includes(l)) last.span.push(l);
          continue;
        }
        last = {
          ...fields,
          source,
          lines: [sentence.line],
          span: [...span],
          half,
          at: `${file}:${source}:${sentence.line}`,
        };
        statements.push(last);
      }
    }
  }
  return { statements, sentences, scope, halfOf: halfFor };
}
