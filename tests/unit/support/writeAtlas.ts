/**
 * `tsx tests/unit/support/writeAtlas.ts <file>`: the ingest of the real content/ as JSON in <file>.
 * Run by ./ingestOnce.ts in a child process, so the ingest is always the code on disk (a watch
 * run's module cache cannot serve an edited rule) and reads its JSON data as the CLI does.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../../src/ingest/index';

const out = process.argv[2];
if (!out) throw new Error('usage: writeAtlas.ts <output file>');
const root = path.resolve(import.meta.dirname, '../../..');
const data = ingest({
  sourcesDir: path.join(root, 'content/sources'),
  editorialDir: path.join(root, 'content/editorial'),
});
writeFileSync(out, JSON.stringify(data));
