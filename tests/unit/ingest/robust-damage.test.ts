/**
 * Damaged sources never crash the ingest: it either rejects the input with a SourceError naming
 * the file and a line, or accounts for every table row (an entry, or a report item with a reason).
 * A lost recognition row is an unexplained loss naming its file:line (the build fails on it); with
 * no such loss, no state's status differs from the undamaged sources'.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest/index';
import { SourceError } from '../../../src/ingest/read/document';
import type { AtlasData } from '../../../src/schemas';
import {
  anySource,
  damage,
  doubleConvertedLineEnds,
  editorialDir,
  repoRoot,
  mutatedSources,
  sourceNamed,
} from '../robust-mutations';

const baseline = new Map(
  ingest({ sourcesDir: path.join(repoRoot, 'content/sources'), editorialDir }).states.map((s) => [
    s.id,
    s.status,
  ]),
);

/**
 * Editorial files, every one of whose entries must match the sources or the pages
 * (src/ingest/resolve/editorialChecks.ts, statementCorrections.ts): damage may leave one pointing
 * at nothing, and the error then names that file.
 */
const EDITORIAL_FILES = readdirSync('content/editorial').filter((f) => f.endsWith('.yaml'));

type Outcome = { kind: 'rejected'; error: SourceError } | { kind: 'ingested'; data: AtlasData };

function runIngest(sourcesDir: string): Outcome {
  try {
    return { kind: 'ingested', data: ingest({ sourcesDir, editorialDir }) };
  } catch (error) {
    // Anything but a SourceError is a crash: rethrown so fast-check reports the counterexample.
    if (error instanceof SourceError) return { kind: 'rejected', error };
    throw error;
  }
}

describe('robust parsing: damaged sources', () => {
  it(
    'give a SourceError with file and line, or a result where every row is accounted for',
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(
          anySource,
          fc.array(damage, { minLength: 1, maxLength: 3 }),
          (source, mutations) => {
            const scratch = mutatedSources(source, mutations);
            try {
              const outcome = runIngest(scratch.dir);
              if (outcome.kind === 'rejected') {
                // The damaged file, or an editorial entry the damage left matching nothing.
                expect([source.file, ...EDITORIAL_FILES]).toContain(outcome.error.file);
                expect(Number.isInteger(outcome.error.line) && outcome.error.line >= 0).toBe(true);
                expect(outcome.error.expected.length).toBeGreaterThan(0);
                return;
              }
              const { report } = outcome.data;
              for (const loss of report.unexplainedLosses)
                expect(loss, 'an unexplained loss names file:line').toMatch(
                  /^[\w.-]+\.txt:\d+: \S/,
                );
              if (report.unexplainedLosses.length === 0)
                for (const s of outcome.data.states)
                  if (baseline.has(s.id))
                    expect(s.status, `${s.id}: status changed with no loss reported`).toBe(
                      baseline.get(s.id),
                    );
              for (const sourceReport of report.sources) {
                expect(
                  sourceReport.rowsAsEntries + sourceReport.rowsReported,
                  `${sourceReport.file}: rows seen = entries + reported`,
                ).toBe(sourceReport.rowsSeen);
                for (const item of sourceReport.items) {
                  expect(item.file, 'report items name their file').toBe(sourceReport.file);
                  expect(item.reason.length, 'report items give a reason').toBeGreaterThan(0);
                }
              }
            } finally {
              scratch.cleanup();
            }
          },
        ),
        {
          numRuns: 40,
          // Cases once found by the property, always replayed: the authority article double-spaced.
          examples: [
            [sourceNamed('international-recognition-of-kosovo.txt'), [doubleConvertedLineEnds]],
          ],
        },
      );
    },
  );
});
