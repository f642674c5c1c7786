/**
 * No import cycle anywhere in src/: data flows one way (read → extract → resolve → merge →
 * validate → pages), and a cycle is where that order has been broken. Every module counts —
 * TypeScript and JavaScript files and .astro components (their frontmatter and their `<script>`
 * blocks) — and every kind of import: static `import … from` and `export … from` (type-only
 * included, since a cycle of types is still a tangle of responsibilities), side-effect
 * `import './x'` and dynamic `import('./x')`. Imports are read by TypeScript's pre-processor, so
 * an import inside a comment or a string is none.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/shared/files';

const ROOT = path.resolve('src');
const MODULE = /\.(?:ts|mts|js|mjs|astro)$/;

/** The code of a module: all of a script; an .astro file's frontmatter and `<script>` blocks. */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [frontmatter, ...scripts].join('\n;\n');
}

/** The specifiers a module imports, of every kind (static, re-export, side-effect, dynamic). */
export function importsOf(file: string, text: string): string[] {
  return ts.preProcessFile(codeOf(file, text), true, true).importedFiles.map((f) => f.fileName);
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

export function importGraph(root = ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of listFiles(root)
    .filter((f) => MODULE.test(f))
    .map((f) => path.resolve(root, f))) {
    const deps = importsOf(file, readFileSync(file, 'utf8'))
      .map((spec) => resolve(file, spec))
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

  // Each kind of import closes a cycle with a file that imports back statically; the graph of a
  // folder written for the test must find each one, and nothing from a comment or a string.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>): Map<string, string[]> => {
    const root = mkdtempSync(path.join(dir, 'case-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    const graph = importGraph(root);
    return new Map(
      [...graph].map(([file, deps]) => [
        path.relative(root, file),
        deps.map((d) => path.relative(root, d)),
      ]),
    );
  };
  const BACK = "import { a } from './a';\nexport const b = a;\n";

  it.each([
    ['static import', "import { b } from './b';\nexport const a = b;\n"],
    ['re-export', "export { b } from './b';\nexport const a = 1;\n"],
    ['type-only import', "import type { B } from './b';\nexport const a = 1 as unknown as B;\n"],
    ['side-effect import', "import './b';\nexport const a = 1;\n"],
    ['dynamic import()', "export const a = 1;\nexport const load = () => import('./b');\n"],
    ['.js specifier of a .ts file', "import { b } from './b.js';\nexport const a = b;\n"],
  ])('sees a %s', (_kind, a) => {
    expect(cycles(write({ 'a.ts': a, 'b.ts': BACK }))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });

  it("sees an .astro component's frontmatter imports and its <script> imports", () => {
    const graph = write({
      'A.astro': "---\nimport B from './B.astro';\n---\n<B />\n",
      'B.astro': "---\nimport A from './A.astro';\n---\n<A />\n",
      'C.astro':
        "---\nconst x = 1;\n---\n<p>{x}</p>\n<script>\n  import { c } from './c';\n  c();\n</script>\n",
      'c.ts': "export { default } from './C.astro';\nexport const c = () => 1;\n",
    });
    expect(cycles(graph)).toEqual([
      ['A.astro', 'B.astro', 'A.astro'],
      ['C.astro', 'c.ts', 'C.astro'],
    ]);
  });

  it('ignores imports in comments and strings, packages, and queries on a file name', () => {
    const graph = write({
      'a.ts':
        "// import { b } from './b';\n/* import './b'; */\nconst s = \"import('./b')\";\nimport x from 'node:fs';\nimport css from './s.css?raw';\nexport const a = [s, x, css];\n",
      'b.ts': BACK,
    });
    expect(graph.get('a.ts')).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });

  it('form no cycle in src/', () => {
    const graph = importGraph();
    const rel = (f: string) => path.relative(ROOT, f);
    // The graph holds the components and pages, and the edges of every kind src/ uses.
    expect([...graph.keys()].filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(graph.get(path.join(ROOT, 'pages/search.astro'))?.map(rel)).toContain(
      'scripts/search/searchPage.ts',
    );
    expect(cycles(graph).map((c) => c.map(rel).join(' → '))).toEqual([]);
  });
});
