import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { positionOf, readYamlFile, whereIs } from '../../../src/ingest/yamlFile';

const dir = mkdtempSync(path.join(os.tmpdir(), 'yaml-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a scratch file and returns its full path. */
function file(name: string, text: string | Uint8Array): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

const entries = z.array(z.object({ name: z.string(), reason: z.string() }));

describe('readYamlFile', () => {
  it('returns the entries and remembers where each was written', () => {
    const full = file(
      'ok.yaml',
      '# a comment\n- name: Taiwan\n  reason: blank cell\n- name: Niue\n  reason: blank cell\n',
    );
    const data = readYamlFile(full, 'ok.yaml', entries);
    expect(data.map((e) => e.name)).toEqual(['Taiwan', 'Niue']);
    expect(positionOf(data[1]!)).toEqual({ file: 'ok.yaml', line: 4, column: 3 });
    expect(whereIs(data[0]!, 'ok.yaml')).toBe('ok.yaml:2:3');
  });

  it('names file:line:column of a YAML syntax error', () => {
    // A key written twice in one entry: the second one, line 3 column 3.
    const full = file('syntax.yaml', '- name: Taiwan\n  reason: ok\n  reason: again\n');
    expect(() => readYamlFile(full, 'syntax.yaml', entries)).toThrow(
      'syntax.yaml:3:3: expected valid YAML (Map keys must be unique)',
    );
  });

  it('names the entry and field of the first schema error', () => {
    const full = file('schema.yaml', '- name: Taiwan\n  reason: ok\n- name: Niue\n');
    expect(() => readYamlFile(full, 'schema.yaml', entries)).toThrow(
      /^schema\.yaml:3:3: expected every entry to match its schema; at 1\.reason: /,
    );
  });

  it('names file:line:column of an invalid UTF-8 byte', () => {
    const full = file('bytes.yaml', Uint8Array.from([...Buffer.from('- name: T'), 0xff]));
    expect(() => readYamlFile(full, 'bytes.yaml', entries)).toThrow(
      'bytes.yaml:1:10: expected valid UTF-8 text (invalid byte 0xFF)',
    );
  });

  it('knows no position for a value that was not read from YAML', () => {
    expect(positionOf({})).toBeNull();
    expect(whereIs({}, 'x.yaml')).toBe('x.yaml');
  });
});
