import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfOf, hashHalf, loadSeen } from '../../gold/halves';

function seenFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'seen-')), 'seen.yaml');
  writeFileSync(file, text);
  return file;
}

describe('gold halves', () => {
  it('takes a line the seen list names out of the held half, and no other', () => {
    // international-recognition-of-kosovo:26 was dealt to held and then seen (tests/gold/seen.yaml).
    expect(hashHalf('international-recognition-of-kosovo', 26)).toBe('held');
    expect(halfOf('international-recognition-of-kosovo', 26)).toBe('seen');
    // A held line nobody has looked at keeps its half (kosovo-foreign-relations:26 served here until
    // it was seen at stop 25).
    expect(hashHalf('kosovo-foreign-relations', 26)).toBe('held');
    expect(halfOf('kosovo-foreign-relations', 26)).toBe('seen');
    expect(hashHalf('kosovo-foreign-relations', 8)).toBe('held');
    expect(halfOf('kosovo-foreign-relations', 8)).toBe('held');
  });

  it('refuses a tune line in the seen list, and an entry without its reason', () => {
    expect(hashHalf('international-recognition-of-kosovo', 36)).toBe('tune');
    const tune = seenFile(
      '- at: international-recognition-of-kosovo:36\n  why: looked at by someone\n',
    );
    expect(() => loadSeen(tune)).toThrow(/is a tune line/);
    expect(() => loadSeen(seenFile('- at: kosovo-foreign-relations:20\n'))).toThrow();
    const held = seenFile('- at: kosovo-foreign-relations:20\n  why: opened by a reviewer\n');
    expect([...loadSeen(held)]).toEqual(['kosovo-foreign-relations:20']);
  });
});
