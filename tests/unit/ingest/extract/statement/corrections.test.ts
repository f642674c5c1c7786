/** Editorial statement corrections: applied where they match, and a stale one stops the ingest. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../../../src/ingest/index';

function withCorrections(yaml: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corrections-'));
  cpSync('content/editorial', dir, { recursive: true });
  // A new correction changes a published statement on purpose: the lock would stop it first.
  rmSync(path.join(dir, 'facts-lock.yaml'));
  appendFileSync(path.join(dir, 'statement-corrections.yaml'), yaml);
  return () => ingest({ sourcesDir: path.resolve('content/sources'), editorialDir: dir });
}

describe('statement corrections', () => {
  it('stops the ingest at the line of a correction whose statement is gone', () => {
    const run = withCorrections(
      `- file: kosovo-foreign-relations.txt\n  line: 12\n  startsWith: No such statement opens this way\n  set:\n    voice: described\n  reason: a correction written for a sentence that is not there\n`,
    );
    expect(run).toThrow(/statement-corrections\.yaml:\d+:3: .*kosovo-foreign-relations\.txt:12/);
  }, 60_000);

  it('leaves a statement unattributed when a correction says no actor can be named', () => {
    const data = withCorrections(
      `- file: international-recognition-of-kosovo.txt\n  line: 191\n  startsWith: In March 2008, Mourad Medelci\n  set:\n    actor: null\n  reason: a test of the mechanism, not a claim about the source\n`,
    )();
    expect(data.positions.some((p) => p.text.startsWith('In March 2008, Mourad Medelci'))).toBe(
      false,
    );
    const items = data.report.sources.flatMap((s) => s.items);
    expect(items).toContainEqual(
      expect.objectContaining({
        line: 191,
        kind: 'editorial',
        reason: expect.stringMatching(/unattributed/),
      }),
    );
  }, 60_000);
});
