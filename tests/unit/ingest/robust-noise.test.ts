/**
 * Encoding noise (CRLF, a BOM, stray control characters) is invisible: the ingest of a noisy copy
 * of the sources equals the ingest of the clean ones, fact for fact and line for line.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index';
import type { AtlasData } from '../../../src/schemas';
import { anySource, editorialDir, noise, mutatedSources, sourcesDir } from '../robust-mutations';

let baseline: AtlasData;

beforeAll(() => {
  baseline = ingest({ sourcesDir, editorialDir });
}, 60_000);

describe('robust parsing: encoding noise', () => {
  it('a second ingest of the clean sources equals the first (ids come from content, not run order)', () => {
    expect(ingest({ sourcesDir, editorialDir })).toEqual(baseline);
  }, 60_000);

  it('CRLF, BOM and control characters leave the result unchanged', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(
        anySource,
        fc.array(noise, { minLength: 1, maxLength: 3 }),
        (source, mutations) => {
          const scratch = mutatedSources(source, mutations);
          try {
            expect(ingest({ sourcesDir: scratch.dir, editorialDir })).toEqual(baseline);
          } finally {
            scratch.cleanup();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
