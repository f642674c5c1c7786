/**
 * No import cycle anywhere in src/: data flows one way (read → extract → resolve → merge →
 * validate → pages), and a cycle is where that order has been broken. Every module counts and
 * every kind of import (see importGraph.ts), since a cycle of types or through a component is
 * still a tangle of responsibilities.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cycles, importGraph, SRC } from './importGraph';

const ROOT = SRC;

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
