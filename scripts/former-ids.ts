/**
 * `npm run former-ids`: after a change of the statement rules, proposes the former-id entries that
 * keep every published statement id landing (content/editorial/position-ids.yaml). It compares
 * the ids published by earlier landings (tests/fixtures/published-position-ids.txt, with the last
 * landing's statements in tests/fixtures/published-positions-stop13.json) with the current
 * ingest, and prints one YAML entry per id that is gone: the statement now told from the same
 * source line with most of the same words. Review the output before appending it — it is a
 * proposal, each with the reason a reader of the file needs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadAtlas } from '../src/ingest/loadAtlas';
import { stripDiacritics } from '../src/shared/text';

interface Published {
  id: string;
  actor: string;
  date: string | null;
  sources: Array<[string, number]>;
  text: string;
}

const words = (t: string) =>
  new Set(
    stripDiacritics(t)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
const overlap = (a: string, b: string) => {
  const x = words(a);
  const y = words(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(1, Math.min(x.size, y.size));
};

const data = await loadAtlas();
const known = new Set(data.positions.flatMap((p) => [p.id, ...p.formerIds]));
const published = readFileSync('tests/fixtures/published-position-ids.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
const last: Published[] = JSON.parse(
  readFileSync('tests/fixtures/published-positions-stop13.json', 'utf8'),
);
const aliases = (parse(readFileSync('content/editorial/position-ids.yaml', 'utf8')) ??
  []) as Array<{
  from: string;
  to: string;
}>;
const byId = new Map(last.map((p) => [p.id, p]));

function target(old: Published) {
  const lines = new Set(old.sources.map(([s, l]) => `${s}:${l}`));
  const candidates = data.positions.filter((p) =>
    p.sources.some((r) => lines.has(`${r.source}:${r.line}`)),
  );
  const ranked = candidates
    .map((p) => ({ p, score: overlap(old.text, p.text) + (p.actor.id === old.actor ? 0.2 : 0) }))
    .sort((a, b) => b.score - a.score);
  if (ranked[0]) return { to: ranked[0].p, nearest: false };
  // The statement is no longer attributed: land on the same actor's nearest statement of that article.
  const [source, line] = old.sources[0]!;
  const same = data.positions
    .filter((p) => p.actor.id === old.actor && p.sources.some((r) => r.source === source))
    .sort(
      (a, b) =>
        Math.min(...a.sources.map((r) => Math.abs(r.line - line))) -
        Math.min(...b.sources.map((r) => Math.abs(r.line - line))),
    );
  return same[0] ? { to: same[0], nearest: true } : null;
}

const out: string[] = [];
for (const id of published) {
  if (known.has(id)) continue;
  // A first-landing id whose alias pointed at a stop-13 id: follow it.
  const via = aliases.find((a) => a.from === id)?.to;
  const old = byId.get(id) ?? (via ? byId.get(via) : undefined);
  if (!old) {
    out.push(`# ${id}: no record of its text; map it by hand`);
    continue;
  }
  const t = target(old);
  if (!t) {
    out.push(`# ${id}: no statement of ${old.actor} left in that article; map it by hand`);
    continue;
  }
  const changed = [
    t.to.actor.id !== old.actor ? `re-attributed from ${old.actor} to ${t.to.actor.id}` : null,
    t.to.date !== old.date
      ? `re-dated from ${old.date ?? 'undated'} to ${t.to.date ?? 'undated'}`
      : null,
  ].filter(Boolean);
  const reason = t.nearest
    ? `issue 15: the statement is left unattributed now (no rule establishes who acted); the link lands on ${old.actor}'s nearest statement of the same article.`
    : `issue 15: re-read by the statement rules (one act per statement, the subject's actor, the clause's date)${changed.length ? `: ${changed.join('; ')}` : ''}.`;
  out.push(`- from: ${id}\n  to: ${t.to.id}\n  reason: ${JSON.stringify(reason)}`);
}
console.log(out.join('\n'));
