/**
 * The import graph of src/, for the architecture tests: every TypeScript and JavaScript module and
 * every .astro component (its frontmatter and its `<script>` blocks), with every kind of import —
 * static `import … from`, `export … from` (type-only included), side-effect `import './x'` and
 * dynamic `import('./x')` — read by TypeScript's pre-processor, so an import inside a comment or a
 * string is none.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { listFiles } from '../../../src/shared/files';

export const SRC = path.resolve('src');
const MODULE = /\.(?:ts|mts|js|mjs|astro)$/;

/** Where a module's code runs: built (Node, at build time) or shipped to the browser. */
export type Side = 'build' | 'client';

/**
 * A module's code by where it runs: an .astro file's frontmatter is built and its `<script>` blocks
 * ship to the browser; a script under src/scripts/ is client code; any other module is built.
 */
function codeBySide(file: string, text: string, root: string): Array<[Side, string]> {
  if (!file.endsWith('.astro'))
    return [
      [path.relative(root, file).startsWith(`scripts${path.sep}`) ? 'client' : 'build', text],
    ];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [
    ['build', frontmatter],
    ['client', scripts.join('\n;\n')],
  ];
}

/** The specifiers in a piece of code, of every kind (static, re-export, side-effect, dynamic). */
export function specifiersOf(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names, or null for a package or a file outside the graph. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  // `./x.css?raw` and the like name a file with a query; `./x.js` names the TypeScript source.
  const base = path.resolve(path.dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    `${base}.ts`,
    path.join(base, 'index.ts'),
  ];
  for (const candidate of candidates)
    try {
      if (MODULE.test(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  return null;
}

/** Each module's imports within the folder, by the side of the code that imports them. */
export function sidedImportGraph(root = SRC): Map<string, Record<Side, string[]>> {
  const graph = new Map<string, Record<Side, string[]>>();
  for (const file of listFiles(root)
    .filter((f) => MODULE.test(f))
    .map((f) => path.resolve(root, f))) {
    const edges: Record<Side, string[]> = { build: [], client: [] };
    for (const [side, code] of codeBySide(file, readFileSync(file, 'utf8'), root)) {
      const deps = specifiersOf(code)
        .map((spec) => resolve(file, spec))
        .filter((d): d is string => d !== null);
      edges[side] = [...new Set(deps)];
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Each module's imports within the folder, whichever side imports them. */
export function importGraph(root = SRC): Map<string, string[]> {
  return new Map(
    [...sidedImportGraph(root)].map(([file, e]) => [file, [...new Set([...e.build, ...e.client])]]),
  );
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
