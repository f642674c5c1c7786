/**
 * The two fixed halves of the gold set. A sentence's half depends only on its source and file line
 * (a hash), never on its content or on how the pipeline does on it, so the split cannot be tuned:
 * rules may be changed from failures of `tune`; `held` is only measured. A held line that has been
 * looked at since (tests/gold/seen.yaml) is `seen`: it can no longer give an honest estimate, and
 * moving it to `tune` would change what the tune floors measure, so it is scored in neither (only
 * in `all`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

export type Half = 'tune' | 'held' | 'seen';

/** FNV-1a over `source:line`; stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The half a line was dealt by the hash, before anything was seen. */
export function hashHalf(source: string, line: number): 'tune' | 'held' {
  return fnv1a(`${source}:${line}`) % 2 === 0 ? 'tune' : 'held';
}

/** The list of seen lines, in this folder beside the gold files (and not one of them). */
export const SEEN_FILE = 'seen.yaml';

const seenFile = z.array(
  z.object({
    at: z.string().regex(/^[a-z0-9-]+:\d+$/),
    why: z.string().min(10),
  }),
);

/** `source:line` of held lines that were seen; a tune line listed there is a mistake, so it fails. */
export function loadSeen(
  file = path.join(path.dirname(new URL(import.meta.url).pathname), SEEN_FILE),
) {
  const entries = seenFile.parse(parse(readFileSync(file, 'utf8')) ?? []);
  for (const { at } of entries) {
    const [source, line] = at.split(':');
    if (hashHalf(source!, Number(line)) !== 'held')
      throw new Error(`${file}: ${at} is a tune line; only held lines can be seen`);
  }
  return new Set(entries.map((e) => e.at));
}

let seen: Set<string> | null = null;

export function halfOf(source: string, line: number): Half {
  seen ??= loadSeen();
  return seen.has(`${source}:${line}`) ? 'seen' : hashHalf(source, line);
}
