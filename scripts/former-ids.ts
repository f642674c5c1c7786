/**
 * `npm run former-ids [-- --write]`: after a change of the statement rules, makes sure every
 * statement id an earlier landing published still lands (content/editorial/position-ids.yaml).
 *
 * It reads the ids published so far (tests/fixtures/published-position-ids.txt; the landings'
 * statements, with their lines and words, in tests/fixtures/published-positions-stop*.json), runs
 * the ingest without any former ids, and for every published id that is gone proposes the
 * statement now told from the same source line with most of the same words. An entry that
 * already points at a statement that still exists is kept as it is, with its reason. Without
 * `--write` it prints the file it would write; review the diff before committing.
 */
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { format, resolveConfig } from 'prettier';
import { ingest } from '../src/ingest/index';
import { stripDiacritics } from '../src/shared/text';
import { KOSOVO } from '../src/ingest/extract/actors';

interface Published {
  id: string;
  actor: string;
  date: string | null;
  sources: Array<[string, number]>;
  text: string;
}
interface Alias {
  from: string;
  to: string;
  reason: string;
}

const FILE = 'content/editorial/position-ids.yaml';
const HEADER = `# Position ids that earlier builds published and that changed when the statement rules re-dated,
# re-attributed or re-bounded the statement (ids are public contracts: links to /states/<id>/#<position>
# must keep landing). Each \`from\` stays an anchor on the statement now called \`to\`; the build fails
# if \`to\` no longer exists. Kept by \`npm run former-ids -- --write\` (scripts/former-ids.ts).
`;

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

// The ingest as the rules read it now, with no former ids (an alias to a vanished id would stop it).
const editorialCopy = mkdtempSync(path.join(os.tmpdir(), 'former-ids-'));
cpSync('content/editorial', editorialCopy, { recursive: true });
writeFileSync(path.join(editorialCopy, 'position-ids.yaml'), '[]\n');
// New rules may change what the sources give; the facts lock is re-written after this script.
rmSync(path.join(editorialCopy, 'facts-lock.yaml'), { force: true });
const data = ingest({ sourcesDir: path.resolve('content/sources'), editorialDir: editorialCopy });
rmSync(editorialCopy, { recursive: true, force: true });

const current = new Set(data.positions.map((p) => p.id));
const currentEvents = new Set(data.events.map((e) => e.id));
const published = readFileSync('tests/fixtures/published-position-ids.txt', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'));
// Each landing's published statements; a later landing's reading of an id wins.
const last: Published[] = ['stop13', 'stop19', 'stop25'].flatMap(
  (stop) =>
    JSON.parse(
      readFileSync(`tests/fixtures/published-positions-${stop}.json`, 'utf8'),
    ) as Published[],
);
const byId = new Map(last.map((p) => [p.id, p]));
const aliases = (parse(readFileSync(FILE, 'utf8')) ?? []) as Alias[];

function target(old: Published) {
  const lines = new Set(old.sources.map(([s, l]) => `${s}:${l}`));
  const ranked = data.positions
    .filter((p) => p.sources.some((r) => lines.has(`${r.source}:${r.line}`)))
    .map((p) => ({ p, score: overlap(old.text, p.text) + (p.actor.id === old.actor ? 0.2 : 0) }))
    .sort((a, b) => b.score - a.score || a.p.id.localeCompare(b.p.id));
  if (ranked[0]) return { to: ranked[0].p, nearest: false };
  // No statement is told from that line any more (it is left unattributed): the same actor's
  // nearest statement of that article.
  const [source, line] = old.sources[0]!;
  const distance = (p: (typeof data.positions)[number]) =>
    Math.min(...p.sources.filter((r) => r.source === source).map((r) => Math.abs(r.line - line)));
  const same = data.positions
    .filter((p) => p.actor.id === old.actor && p.sources.some((r) => r.source === source))
    .sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id));
  // Else the actor's earliest statement: the link still lands on its page.
  const any = data.positions.filter((p) => p.actor.id === old.actor);
  const landing = same[0] ?? any[0];
  return landing ? { to: landing, nearest: true } : null;
}

/**
 * The event now told from the old statement's line and shown on the old statement's page (an
 * event is shown on its subject's page, Kosovo's when it has none, and on its parties' pages).
 */
function eventTarget(old: Published) {
  const lines = new Set(old.sources.map(([s, l]) => `${s}:${l}`));
  const ranked = data.events
    .filter(
      (e) =>
        e.sources.some((r) => lines.has(`${r.source}:${r.line}`)) &&
        [e.subject ?? KOSOVO.id, ...e.parties].includes(old.actor),
    )
    .map((e) => ({ e, score: overlap(old.text, e.title) }))
    .sort((a, b) => b.score - a.score || a.e.id.localeCompare(b.e.id));
  if (!ranked[0] || ranked[0].score >= 0.5) return ranked[0] && { ...ranked[0].e, follows: false };
  // No event tells the old statement's words (a vote count after the vote, a later match after a
  // membership): the event its sentence follows in the line, the act it was told about.
  const [source, lineNo] = old.sources[0]!;
  const line = sourceLine(source, lineNo);
  const at = line.indexOf(old.text.slice(0, 40));
  if (at < 0) return { ...ranked[0].e, follows: false };
  const before = ranked
    .map(({ e }) => ({
      e,
      end: Math.max(
        ...e.sources
          .filter((r) => r.source === source && r.line === lineNo)
          .map((r) => line.indexOf(r.excerpt)),
      ),
    }))
    .filter((x) => x.end >= 0 && x.end < at)
    .sort((a, b) => b.end - a.end);
  return before[0] ? { ...before[0].e, follows: true } : { ...ranked[0].e, follows: false };
}

/** A line of a source article as the file gives it (1-based). */
function sourceLine(source: string, line: number): string {
  const file = path.join('content/sources', `${source}.txt`);
  return readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';
}

/**
 * For an id no fixture records (published before the fixtures kept statements): its actor is the
 * id's prefix and its words are the id's, so the event of that actor with the most of them.
 */
function eventByIdWords(id: string) {
  const shown = (e: (typeof data.events)[number]) => [e.subject ?? KOSOVO.id, ...e.parties];
  const actor = [...new Set(data.events.flatMap(shown))]
    .filter((a) => id.startsWith(`${a}-`))
    .sort((a, b) => b.length - a.length)[0];
  if (!actor) return undefined;
  const text = id.slice(actor.length + 1).replace(/-/g, ' ');
  const ranked = data.events
    .filter((e) => shown(e).includes(actor))
    .map((e) => ({ e, score: overlap(text, e.title) }))
    .filter((x) => x.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.e.id.localeCompare(b.e.id));
  return ranked[0]?.e;
}

const out: Alias[] = [];
const unmapped: string[] = [];
for (const id of published) {
  if (current.has(id) || out.some((a) => a.from === id)) continue;
  const existing = aliases.find((a) => a.from === id);
  const old0 = byId.get(id);
  const byWords = old0 ? undefined : eventByIdWords(id);
  const event = old0 ? eventTarget(old0) : byWords && { ...byWords, follows: false };
  // A statement still told in the same words (re-attributed or re-dated) is a better landing.
  const sameWords = (p: { id: string; text: string }) =>
    old0
      ? overlap(old0.text, p.text) >= overlap(old0.text, event!.title)
      : p.id.endsWith(id.split('-').slice(-4).join('-'));
  const position = old0 ? target(old0)?.to : data.positions.find(sameWords);
  if (event && !(position && sameWords(position))) {
    // An entry already landing on that event keeps its reviewed reason (a hand-written one says
    // why better than the stock sentence below: the IOC row's sentence was no event at all).
    if (existing?.to === event.id) {
      out.push(existing);
      continue;
    }
    out.push({
      from: id,
      to: event.id,
      reason: event.follows
        ? `issue 15: the sentence is no statement or event of its own now; the link lands on the event it follows in the source (${event.kind}, ${event.date ?? 'undated'}).`
        : `issue 15: the statement tells an event now (${event.kind}, ${event.date ?? 'undated'}), not a position; the link lands on the event where the statement was shown.`,
    });
    continue;
  }
  if (existing && (current.has(existing.to) || currentEvents.has(existing.to))) {
    out.push(existing);
    continue;
  }
  if (!old0 && position) {
    // No fixture records it, but a statement still ends in the same words (re-attributed).
    out.push({
      from: id,
      to: position.id,
      reason: `issue 15: re-read by the statement rules; the statement told in the same words is ${position.actor.id}'s now.`,
    });
    continue;
  }
  const old = byId.get(id) ?? (existing ? byId.get(existing.to) : undefined);
  const t = old ? target(old) : null;
  if (!old || !t) {
    unmapped.push(id);
    continue;
  }
  const changed = [
    t.to.actor.id !== old.actor ? `re-attributed from ${old.actor} to ${t.to.actor.id}` : null,
    t.to.date !== old.date
      ? `re-dated from ${old.date ?? 'undated'} to ${t.to.date ?? 'undated'}`
      : null,
  ].filter(Boolean);
  const reason = t.nearest
    ? `issue 15: the statement is left unattributed now (no rule establishes who acted); the link lands on ${old.actor}'s nearest statement.`
    : `issue 15: re-read by the statement rules (one act per statement, the subject's actor, the clause's date)${changed.length ? `: ${changed.join('; ')}` : ''}.`;
  out.push({
    from: id,
    to: t.to.id,
    reason: existing ? laterReason(existing.reason, reason) : reason,
  });
}

/**
 * An entry's reason with what happened since: each step once, in order. Rewriting the file after a
 * rule change that leaves an entry where it was must not say the same step again.
 */
function laterReason(existing: string, reason: string | null): string {
  const steps = [...new Set(existing.split(/ Then (?=issue )/))];
  if (reason && !steps.includes(reason)) steps.push(reason);
  return steps.join(' Then ');
}

// Written as the repository's formatter writes it, so a rewrite shows only what changed.
const entries = out.map((e) => ({ ...e, reason: laterReason(e.reason, null) }));
const text = await format(`${HEADER}${stringify(entries, { lineWidth: 0 })}`, {
  ...(await resolveConfig(FILE)),
  filepath: FILE,
});
if (process.argv.includes('--write')) writeFileSync(FILE, text);
else console.log(text);
if (unmapped.length) {
  console.error(`no statement to land on for: ${unmapped.join(', ')}`);
  process.exit(1);
}
