import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/shared/files';
import { buildSite, scratchDirs } from './buildRunner';

/**
 * Files allowed to differ between two builds from the same sources, each with its reason.
 * Empty: nothing in the build depends on the clock, the machine or the output path.
 */
const allowedToDiffer: ReadonlyArray<{ pattern: RegExp; reason: string }> = [];

describe('reproducible build', () => {
  it(
    'two builds from the same sources give byte-identical dist/',
    { timeout: 600_000 },
    async () => {
      const first = scratchDirs('repro-a');
      const second = scratchDirs('repro-b');
      await buildSite(first);
      await buildSite(second);

      const firstFiles = listFiles(first.outDir);
      const secondFiles = listFiles(second.outDir);
      expect(secondFiles).toEqual(firstFiles);

      const differing = firstFiles.filter(
        (file) =>
          !allowedToDiffer.some(({ pattern }) => pattern.test(file)) &&
          !readFileSync(path.join(first.outDir, file)).equals(
            readFileSync(path.join(second.outDir, file)),
          ),
      );
      expect(differing).toEqual([]);
    },
  );
});
