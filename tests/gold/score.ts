/**
 * Scores the ingest's statements against the hand-made gold set, field by field.
 *
 * A pipeline statement is scored once per telling it carries (a statement merged across two
 * articles, or told twice in one, is two instances). Instances are matched one to one with gold statements of the
 * same source and line by their words (folded tokens); a match whose words agree almost wholly
 * (Jaccard ≥ 0.85) has the right boundary. Fields are compared only on matched pairs: precision
 * counts the pairs where the pipeline says something, recall the pairs where the gold does.
 * An instance that matches no gold statement is a false statement (a background sentence or an
 * event made into a position, or a fragment).
 */
import type { Position } from '../../src/schemas';
import { stripDiacritics } from '../../src/shared/text';
import type { GoldSet, GoldStatement } from './gold';
import type { Half } from './halves';

export const BOUNDARY_JACCARD = 0.85;
const CANDIDATE_OVERLAP = 0.6;

interface Instance {
  position: Position;
  source: string;
  lines: number[];
  text: string;
}

export interface Pair {
  instance: Instance;
  gold: GoldStatement;
  jaccard: number;
}

export interface FieldScore {
  field: string;
  /** Pairs where the pipeline gave a value, and how many of those were right. */
  predicted: number;
  correct: number;
  /** Pairs where the gold has a value, and how many of those the pipeline got. */
  expected: number;
  found: number;
}

export interface Failure {
  field: string;
  /** The source the failing line is in. */
  source: string;
  at: string;
  half: Half;
  gold: string;
  got: string;
  text: string;
}

/** Actor precision of the pairs whose actor one rule decided (`actorBasis`). */
export interface BasisScore {
  basis: string;
  predicted: number;
  correct: number;
}

export interface Score {
  half: Half | 'all';
  fields: FieldScore[];
  /** The actor field broken down by the rule that decided each actor, most used first. */
  byBasis: BasisScore[];
  failures: Failure[];
  /** Gold positions with an actor, and instances in the gold's scope. */
  goldPositions: number;
  instances: number;
}

const tokens = (text: string) =>
  new Set(
    stripDiacritics(text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter((w) => w.length > 0),
  );

function similarity(a: Set<string>, b: Set<string>) {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const union = a.size + b.size - both;
  return {
    jaccard: union === 0 ? 0 : both / union,
    overlap: Math.min(a.size, b.size) === 0 ? 0 : both / Math.min(a.size, b.size),
  };
}

/** `state:<id>`, `organisation:<id>`, `other:<id>`, or `kosovo`: the gold's way of writing actors. */
export function actorKey(actor: { type: string; id: string }): string {
  if (actor.id === 'kosovo') return 'kosovo';
  return `${actor.type}:${actor.id}`;
}

/**
 * An actor key as compared: an `other:` slug without a leading article. Annotators slug "The New
 * York Times" as `the-new-york-times` and the pipeline as `new-york-times`; both name one actor.
 */
export const comparableActor = (key: string | null): string | null =>
  key === null ? null : key.replace(/^other:the-/, 'other:');

const fold = (text: string) =>
  stripDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Two names of the same person: equal, or one's words all in the other's ("Sargsyan" in "Serzh Sargsyan"). */
function sameName(a: string, b: string) {
  const x = fold(a).split(' ');
  const y = fold(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w) => long.includes(w));
}

type Speaker = { name: string | null; role: string | null };
function pipelineSpeakers(p: Position): Speaker[] {
  const extended = p as Position & { speakers?: Speaker[] };
  if (Array.isArray(extended.speakers)) return extended.speakers;
  return p.speaker ? [p.speaker] : [];
}
const speakerMatches = (a: Speaker, b: Speaker) =>
  (a.name && b.name && sameName(a.name, b.name)) ||
  (!a.name && !b.name && a.role && b.role && sameName(a.role, b.role)) ||
  (!!a.name && !b.name && !!b.role && sameName(a.name, b.role)) ||
  (!a.name && !!b.name && !!a.role && sameName(a.role, b.name));

function pipelineReporter(p: Position): string | null {
  const extended = p as Position & { reporter?: string | null };
  return extended.reporter ?? null;
}

const dateOf = (d: {
  date: string | null;
  qualifier?: string | null;
  qualifiedDate?: string | null;
}) =>
  d.date ? d.date : d.qualifier && d.qualifiedDate ? `${d.qualifier} ${d.qualifiedDate}` : null;
const pipelineDate = (p: Position) =>
  dateOf({
    date: p.date,
    qualifier: p.qualifiedDate?.qualifier ?? null,
    qualifiedDate: p.qualifiedDate?.date ?? null,
  });

/**
 * Every position's passages inside the gold's scope, one instance per telling: a source's passages
 * of one position are one instance when a gold statement cites their lines together (a sentence and
 * the one that carries it on), and one each otherwise. The gold annotates each passage's own words,
 * so a statement an article tells twice (its lead and its body) is matched, and its boundary
 * compared, at each telling on that telling's excerpt, not on both joined.
 */
function instancesOf(positions: Position[], gold: GoldSet): Instance[] {
  const linesTold = new Map<string, number[][]>();
  for (const g of gold.statements)
    linesTold.set(g.source, [...(linesTold.get(g.source) ?? []), g.lines]);
  const toldTogether = (source: string, a: number, b: number) =>
    a === b || (linesTold.get(source) ?? []).some((ls) => ls.includes(a) && ls.includes(b));
  const out: Instance[] = [];
  for (const position of positions) {
    const tellings: Instance[] = [];
    for (const ref of position.sources) {
      if (!gold.scope.has(`${ref.source}:${ref.line}`)) continue;
      const existing = tellings.find(
        (t) =>
          t.source === ref.source && t.lines.some((l) => toldTogether(ref.source, l, ref.line)),
      );
      if (existing) {
        if (!existing.text.includes(ref.excerpt)) existing.text += ` ${ref.excerpt}`;
        if (!existing.lines.includes(ref.line)) existing.lines.push(ref.line);
      } else
        tellings.push({
          position,
          source: ref.source,
          lines: [ref.line],
          text: ref.excerpt,
        });
    }
    out.push(...tellings);
  }
  return out;
}

/** One-to-one matching by words, best pairs first. */
export function matchStatements(positions: Position[], gold: GoldSet) {
  const instances = instancesOf(positions, gold);
  const candidates: Pair[] = [];
  const goldTokens = gold.statements.map((g) => tokens(g.text));
  instances.forEach((instance) => {
    const words = tokens(instance.text);
    gold.statements.forEach((g, gi) => {
      if (g.source !== instance.source) return;
      // The sentence's whole span: a clause cut from a sentence that runs over gloss lines is
      // cited at the line the clause starts on.
      if (!g.span.some((l) => instance.lines.includes(l))) return;
      const { jaccard, overlap } = similarity(words, goldTokens[gi]!);
      if (overlap >= CANDIDATE_OVERLAP) candidates.push({ instance, gold: g, jaccard });
    });
  });
  candidates.sort((a, b) => b.jaccard - a.jaccard);
  const usedI = new Set<Instance>();
  const usedG = new Set<GoldStatement>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedI.has(c.instance) || usedG.has(c.gold)) continue;
    usedI.add(c.instance);
    usedG.add(c.gold);
    pairs.push(c);
  }
  const unmatched = instances.filter((i) => !usedI.has(i));
  return { instances, pairs, unmatched };
}

const clip = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}…` : text);

export function score(positions: Position[], gold: GoldSet, half: Half | 'all' = 'all'): Score {
  const { instances, pairs, unmatched } = matchStatements(positions, gold);
  const inHalf = (h: Half) => half === 'all' || h === half;
  const halfOf = gold.halfOf;
  const goldPositions = gold.statements.filter(
    (g) => inHalf(g.half) && g.kind === 'position' && g.actor !== null,
  );
  const scored = pairs.filter((p) => inHalf(p.gold.half));
  const failures: Failure[] = [];
  const fields = new Map<string, FieldScore>();
  const bases = new Map<string, BasisScore>();
  const tally = (
    field: string,
    pair: Pair,
    predicted: boolean,
    expected: boolean,
    right: boolean,
    gold: string,
    got: string,
  ) => {
    const s = fields.get(field) ?? { field, predicted: 0, correct: 0, expected: 0, found: 0 };
    fields.set(field, s);
    if (predicted) s.predicted++;
    if (expected) s.expected++;
    if (predicted && right) s.correct++;
    if (expected && right) s.found++;
    if ((predicted || expected) && !right)
      failures.push({
        field,
        source: pair.gold.source,
        at: pair.gold.at,
        half: pair.gold.half,
        gold,
        got,
        text: clip(pair.gold.text),
      });
  };

  // Statements: instances that are a gold position, and gold positions found.
  const instancesInHalf = instances.filter((i) => {
    const pair = pairs.find((p) => p.instance === i);
    return inHalf(pair ? pair.gold.half : halfOf(i.source, i.lines[0]!));
  });
  const statements: FieldScore = {
    field: 'statement',
    predicted: instancesInHalf.length,
    correct: scored.filter((p) => p.gold.kind === 'position').length,
    expected: goldPositions.length,
    found: scored.filter((p) => goldPositions.includes(p.gold)).length,
  };
  fields.set('statement', statements);
  for (const p of scored.filter((p) => p.gold.kind !== 'position'))
    failures.push({
      field: 'statement',
      source: p.gold.source,
      at: p.gold.at,
      half: p.gold.half,
      gold: p.gold.kind,
      got: 'position',
      text: clip(p.gold.text),
    });
  for (const i of unmatched.filter((i) => inHalf(halfOf(i.source, i.lines[0]!))))
    failures.push({
      field: 'statement',
      source: i.source,
      at: `${i.source}:${i.lines.join(',')}`,
      half: halfOf(i.source, i.lines[0]!),
      gold: 'no statement',
      got: `position ${i.position.id}`,
      text: clip(i.text),
    });
  for (const g of goldPositions.filter((g) => !scored.some((p) => p.gold === g)))
    failures.push({
      field: 'statement',
      source: g.source,
      at: g.at,
      half: g.half,
      gold: `position of ${g.actor}`,
      got: 'not found',
      text: clip(g.text),
    });

  for (const pair of scored.filter((p) => p.gold.kind === 'position')) {
    const { gold: g, instance } = pair;
    const p = instance.position;
    tally(
      'boundary',
      pair,
      true,
      true,
      pair.jaccard >= BOUNDARY_JACCARD,
      clip(g.text),
      clip(instance.text),
    );
    const actor = actorKey(p.actor);
    const actorRight = comparableActor(actor) === comparableActor(g.actor);
    tally('actor', pair, true, g.actor !== null, actorRight, String(g.actor), actor);
    const basis = bases.get(p.actorBasis) ?? { basis: p.actorBasis, predicted: 0, correct: 0 };
    bases.set(p.actorBasis, basis);
    basis.predicted++;
    if (actorRight) basis.correct++;
    const gd = dateOf(g);
    const pd = pipelineDate(p);
    tally('date', pair, pd !== null, gd !== null, pd === gd, String(gd), String(pd));
    const gs = g.speakers;
    const ps = pipelineSpeakers(p);
    const speakersRight =
      gs.length === ps.length && ps.every((s) => gs.some((t) => speakerMatches(s, t)));
    const show = (list: Speaker[]) =>
      list.map((s) => [s.name, s.role].filter(Boolean).join(', ')).join(' + ') || '—';
    tally('speakers', pair, ps.length > 0, gs.length > 0, speakersRight, show(gs), show(ps));
    // The gold annotates its own article's telling; a statement two articles tell is scored on the
    // voice of the gold's article's telling (`tellings`), not on the other article's.
    const voice = p.tellings?.find((t) => t.source === g.source)?.voice ?? p.voice;
    tally('voice', pair, true, true, voice === g.voice, g.voice, voice);
    const pr = pipelineReporter(p);
    const reporterRight =
      pr === g.reporter || (pr !== null && g.reporter !== null && sameName(pr, g.reporter));
    tally(
      'reporter',
      pair,
      pr !== null,
      g.reporter !== null,
      reporterRight,
      String(g.reporter),
      String(pr),
    );
    const pp = p.parties.map((a) => comparableActor(actorKey(a))!).sort();
    const gp = g.parties.map((a) => comparableActor(a)!).sort();
    tally(
      'parties',
      pair,
      pp.length > 0,
      gp.length > 0,
      pp.join() === gp.join(),
      gp.join(', ') || '—',
      pp.join(', ') || '—',
    );
  }
  const order = [
    'statement',
    'boundary',
    'actor',
    'date',
    'speakers',
    'voice',
    'reporter',
    'parties',
  ];
  return {
    half,
    fields: order.map(
      (f) => fields.get(f) ?? { field: f, predicted: 0, correct: 0, expected: 0, found: 0 },
    ),
    byBasis: [...bases.values()].sort(
      (a, b) => b.predicted - a.predicted || a.basis.localeCompare(b.basis),
    ),
    failures,
    goldPositions: goldPositions.length,
    instances: instancesInHalf.length,
  };
}

const pct = (n: number, d: number) =>
  d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

export const precision = (f: FieldScore) => (f.predicted === 0 ? 1 : f.correct / f.predicted);
export const recall = (f: FieldScore) => (f.expected === 0 ? 1 : f.found / f.expected);

/** The per-field table the bench and the gold test print. */
export function formatScores(scores: Score[]): string {
  const head = `field      ${scores.map((s) => `${s.half.padEnd(5)} precision  recall      `).join('')}`;
  const rows = scores[0]!.fields.map((f, i) => {
    const cells = scores.map((s) => {
      const x = s.fields[i]!;
      return (
        `${pct(x.correct, x.predicted)} (${x.correct}/${x.predicted})`.padEnd(17) +
        `${pct(x.found, x.expected)} (${x.found}/${x.expected})`.padEnd(17)
      );
    });
    return `${f.field.padEnd(10)} ${cells.join('')}`;
  });
  return [head, ...rows].join('\n');
}

/** Actor precision per basis, the table `npm run gold -- --by-basis` prints. */
export function formatBases(score: Score): string {
  const head = `basis            ${score.half.padEnd(5)} actor precision`;
  const rows = score.byBasis.map(
    (b) => `${b.basis.padEnd(16)} ${pct(b.correct, b.predicted)} (${b.correct}/${b.predicted})`,
  );
  return [head, ...rows].join('\n');
}

/** A field's precision and recall floors, as the floor tests write them. */
export type Floors = Record<string, { precision: number; recall: number }>;

/** The fields of a score below their floors, one line each ("voice precision 0.893 < 0.9"). */
export function belowFloors(s: Score, floors: Floors): string[] {
  return s.fields
    .filter((f) => floors[f.field])
    .flatMap((f) => {
      const floor = floors[f.field]!;
      const p = precision(f);
      const r = recall(f);
      return [
        ...(p < floor.precision
          ? [`${f.field} precision ${p.toFixed(3)} < ${floor.precision}`]
          : []),
        ...(r < floor.recall ? [`${f.field} recall ${r.toFixed(3)} < ${floor.recall}`] : []),
      ];
    });
}
