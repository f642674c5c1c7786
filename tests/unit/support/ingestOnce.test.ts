import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputsKey } from './ingestOnce';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** content/a.txt, content/deep/b.txt and lock.json in a fresh directory. */
function tree(): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-key-'));
  mkdirSync(path.join(dir, 'content/deep'), { recursive: true });
  writeFileSync(path.join(dir, 'content/a.txt'), 'alpha');
  writeFileSync(path.join(dir, 'content/deep/b.txt'), 'beta');
  writeFileSync(path.join(dir, 'lock.json'), '{}');
  return dir;
}

// The shared ingest is cached under this key: a change it misses would serve a stale atlas.
describe('the shared ingest cache key', () => {
  const inputs = ['content', 'lock.json'];

  it('is the same for the same files', () => {
    const base = tree();
    expect(inputsKey(base, inputs)).toBe(inputsKey(base, inputs));
  });

  it('changes when one byte of a nested file changes', () => {
    const base = tree();
    const before = inputsKey(base, inputs);
    writeFileSync(path.join(base, 'content/deep/b.txt'), 'betA');
    expect(inputsKey(base, inputs)).not.toBe(before);
  });

  it('changes when a file is renamed, added or a listed single file changes', () => {
    const base = tree();
    const keys = new Set([inputsKey(base, inputs)]);
    renameSync(path.join(base, 'content/a.txt'), path.join(base, 'content/c.txt'));
    keys.add(inputsKey(base, inputs));
    writeFileSync(path.join(base, 'content/d.txt'), '');
    keys.add(inputsKey(base, inputs));
    writeFileSync(path.join(base, 'lock.json'), '{ }');
    keys.add(inputsKey(base, inputs));
    expect(keys.size).toBe(4);
  });
});
