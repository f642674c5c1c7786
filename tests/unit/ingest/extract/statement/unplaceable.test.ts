/**
 * A sentence the rules cannot place is reported, not attached to whatever state it names ("The
 * weather in Chile was mild" is no statement of Chile), end to end over a copy of the sources.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../../../../src/ingest/index';

it('reports an unplaceable sentence naming a state instead of making it that state’s statement', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'unplaceable-'));
  cpSync('content/sources', dir, { recursive: true });
  const file = path.join(dir, 'kosovo-foreign-relations.txt');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('The UK was among the first countries'));
  lines[at] = `${lines[at]} The weather in Chile was mild that year.`;
  writeFileSync(file, lines.join('\n'));
  const data = ingest({ sourcesDir: dir, editorialDir: path.resolve('content/editorial') });
  expect(data.positions.filter((p) => p.text.includes('weather in Chile'))).toEqual([]);
  const ledger = data.report.sources.find((s) => s.source === 'kosovo-foreign-relations')!;
  const sentence = ledger.sentences.find((s) => s.text.includes('weather in Chile'))!;
  expect(sentence.line).toBe(at + 1);
  expect(sentence.outcome).toBe('unattributed');
  expect(sentence.reason).toMatch(/its subject \("The weather/);
}, 60_000);
