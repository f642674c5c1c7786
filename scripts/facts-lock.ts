/**
 * `npm run facts-lock [-- --write]`: after a reviewed update of the sources (or a rule change
 * that is meant to change what the atlas publishes), re-writes content/editorial/facts-lock.yaml
 * from the ingest as it reads now. Without `--write` it lists what differs from the lock; review
 * that list before writing, since every line of it changes a published fact.
 */
import { format, resolveConfig } from 'prettier';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ingest } from '../src/ingest/index';
import { currentFacts, FACTS_LOCK_FILE, type FactsLock } from '../src/ingest/factsLock';

const FILE = path.join('content/editorial', FACTS_LOCK_FILE);
const HEADER = `# The facts the atlas published after the last reviewed source update: each state's status, the
# basis of that status, its written recognition and withdrawal dates and diplomatic relations, and
# how many statements each source's prose gives and how many table rows it has (report.json,
# sources[].statements and rowsSeen). The ingest fails when one changes and no guard named the
# damage (src/ingest/factsLock.ts). Written by \`npm run facts-lock -- --write\` (scripts/facts-lock.ts)
# after reviewing what it lists; never edit by hand.
`;
const REASON =
  'A deleted paragraph or table section leaves no trace in the text; only the published facts it carried can show it is gone.';

// The ingest as the sources read now, without the lock (it would stop at the first change).
const editorialCopy = mkdtempSync(path.join(os.tmpdir(), 'facts-lock-'));
cpSync('content/editorial', editorialCopy, { recursive: true });
rmSync(path.join(editorialCopy, FACTS_LOCK_FILE), { force: true });
const data = ingest({ sourcesDir: path.resolve('content/sources'), editorialDir: editorialCopy });
rmSync(editorialCopy, { recursive: true, force: true });
if (data.report.unexplainedLosses.length) {
  console.error(
    `Not written: the ingest has ${data.report.unexplainedLosses.length} unexplained losses (npm run ingest -- --report).`,
  );
  process.exit(1);
}

const now: FactsLock = {
  reason: REASON,
  ...currentFacts(data.states, data.sources, data.report, data.positions),
};
const old: FactsLock | null = existsSync(FILE) ? parse(readFileSync(FILE, 'utf8')) : null;
const show = (x: unknown) => JSON.stringify(x);
const changed: string[] = [];
if (old) {
  const before = new Map(old.states.map((s) => [s.id, s]));
  for (const s of now.states)
    if (show(before.get(s.id)) !== show(s)) changed.push(`${show(before.get(s.id))} → ${show(s)}`);
  const sources = new Map(old.sources.map((s) => [s.file, s]));
  for (const s of now.sources)
    if (show(sources.get(s.file)) !== show(s))
      changed.push(`${show(sources.get(s.file))} → ${show(s)}`);
  const statements = new Map((old.statements ?? []).map((s) => [s.id, s]));
  for (const s of now.statements)
    if (show(statements.get(s.id)) !== show(s))
      changed.push(`${show(statements.get(s.id))} → ${show(s)}`);
}
console.log(
  changed.length ? changed.join('\n') : old ? 'The lock matches the sources.' : 'No lock yet.',
);
if (process.argv.includes('--write')) {
  // Written as the repository's formatter writes it, so a rewrite shows only what changed.
  const text = await format(HEADER + stringify(now, { lineWidth: 0 }), {
    ...(await resolveConfig(FILE)),
    filepath: FILE,
  });
  writeFileSync(FILE, text);
  console.log(
    `Wrote ${FILE}: ${now.states.length} states, ${now.sources.length} sources, ${now.statements.length} statements.`,
  );
}
