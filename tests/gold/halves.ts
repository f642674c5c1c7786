/**
 * The two fixed halves of the gold set. A sentence's half depends only on its source and file line
 * (a hash), never on its content or on how the pipeline does on it, so the split cannot be tuned:
 * rules may be changed from failures of `tune`; `held` is only measured.
 */
export type Half = 'tune' | 'held';

/** FNV-1a over `source:line`; stable across runs and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function halfOf(source: string, line: number): Half {
  return fnv1a(`${source}:${line}`) % 2 === 0 ? 'tune' : 'held';
}
