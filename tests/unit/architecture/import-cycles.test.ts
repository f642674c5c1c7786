/**
 * No import cycle anywhere in src/: data flows one way (read → extract → resolve → merge →
 * validate → pages), and a cycle is where that order has been broken. Imports are read from the
 * source text (static `import … from` and `export … from`, type-only included, since a cycle of
 * types is still a tangle of responsibilities).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/shared/files';

const ROOT = path.resolve('src');
const FROM = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base])
    try {
      if (statSync(candidate).isFile() && candidate.endsWith('.ts')) return candidate;
    } catch {
      // not this one
    }
  return null;
}

export function importGraph(root = ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of listFiles(root)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.resolve(root, f))) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(FROM)]
      .map((m) => resolve(file, m[1]!))
      .filter((d): d is string => d !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('form no cycle in src/', () => {
    const rel = (f: string) => path.relative(ROOT, f);
    expect(cycles(importGraph()).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });
});
