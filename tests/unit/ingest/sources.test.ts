import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../../src/ingest/sources';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A sources folder holding `files` (name → text) and a manifest listing `entries`. */
function folder(entries: Array<{ id: string; file: string }>, files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  scratch.push(dir);
  for (const f of files) writeFileSync(path.join(dir, f), 'text\n');
  const yaml = entries
    .map(
      (e) =>
        `- id: ${e.id}\n  file: ${JSON.stringify(e.file)}\n  title: T\n  publisher: P\n  format: wikitext\n`,
    )
    .join('');
  writeFileSync(path.join(dir, 'sources.yaml'), yaml);
  return dir;
}

describe('loadManifest', () => {
  it('lists the five articles of content/sources in the order written', () => {
    expect(loadManifest(path.resolve('content/sources')).map((e) => e.id)).toEqual([
      'international-recognition-of-kosovo',
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      'kosovo-russia-relations',
      'kosovo-foreign-relations',
    ]);
  });

  it('stops at an id written twice, at the second entry', () => {
    const dir = folder(
      [
        { id: 'a', file: 'a.txt' },
        { id: 'a', file: 'b.txt' },
      ],
      ['a.txt', 'b.txt'],
    );
    expect(() => loadManifest(dir)).toThrow(
      'sources.yaml:6:3: expected unique source ids, "a" appears twice',
    );
  });

  it.each(['../a.txt', '/etc/passwd', 'sub/a.txt', './a.txt'])(
    'stops at a file outside the folder (%s)',
    (file) => {
      const dir = folder([{ id: 'a', file }], []);
      expect(() => loadManifest(dir)).toThrow(/^sources\.yaml:1:3: expected a file name inside/);
    },
  );

  it('stops at a listed file that does not exist', () => {
    const dir = folder([{ id: 'a', file: 'a.txt' }], []);
    expect(() => loadManifest(dir)).toThrow(
      'sources.yaml:1:3: expected the listed file a.txt to exist in content/sources/',
    );
  });

  it('stops at a file of the folder the manifest does not list, naming it', () => {
    const dir = folder([{ id: 'a', file: 'a.txt' }], ['a.txt', 'stray.txt']);
    expect(() => loadManifest(dir)).toThrow(
      /^sources\.yaml:1: expected an entry for every file .*stray\.txt/,
    );
  });
});
