/**
 * A module that both the build and the browser import lives in src/shared/, where nothing may
 * import Node modules: the build (pages' frontmatter, components, lib/, ingest/, integrations/)
 * and the client (src/scripts/ and the pages' `<script>` blocks) share no module anywhere else,
 * so a module written for one side is never pulled into the other by accident.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sidedImportGraph, SRC } from './importGraph';

/** Modules imported directly by build code and by client code, relative to `root`. */
function importedByBoth(root: string): string[] {
  const importers = new Map<string, Set<string>>();
  for (const [, edges] of sidedImportGraph(root))
    for (const side of ['build', 'client'] as const)
      for (const dep of edges[side]) {
        const sides = importers.get(dep) ?? new Set<string>();
        sides.add(side);
        importers.set(dep, sides);
      }
  return [...importers]
    .filter(([, sides]) => sides.size === 2)
    .map(([file]) => path.relative(root, file))
    .sort();
}

const outsideShared = (files: string[]) => files.filter((f) => !f.startsWith(`shared${path.sep}`));

describe('modules shared by the build and the client', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shared-modules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the check sees a module the build and a page script both import, and where it lives', () => {
    const files: Record<string, string> = {
      'pages/search.astro':
        "---\nimport { SORT } from '../scripts/search/sort';\n---\n<script>\n  import { start } from '../scripts/search/page';\n  start();\n</script>\n",
      'scripts/search/page.ts':
        "import { SORT } from './sort';\nexport const start = () => SORT;\n",
      'scripts/search/sort.ts': "export const SORT = ['newest'];\n",
      'lib/words.ts': "import { fold } from '../shared/fold';\nexport const w = fold;\n",
      'scripts/views/list.ts':
        "import { fold } from '../../shared/fold';\nexport const l = fold;\n",
      'shared/fold.ts': 'export const fold = (s: string) => s;\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const both = importedByBoth(dir);
    expect(both).toEqual([
      path.join('scripts', 'search', 'sort.ts'),
      path.join('shared', 'fold.ts'),
    ]);
    expect(outsideShared(both)).toEqual([path.join('scripts', 'search', 'sort.ts')]);
  });

  it('in src/, every module both sides import is in src/shared/', () => {
    const both = importedByBoth(SRC);
    // The modules the search page and the build share: the check is not empty by accident.
    expect(both).toEqual(
      expect.arrayContaining([
        path.join('shared', 'wordAliases.ts'),
        path.join('shared', 'searchSort.ts'),
        path.join('shared', 'lineAnchor.ts'),
      ]),
    );
    expect(outsideShared(both)).toEqual([]);
  });
});
