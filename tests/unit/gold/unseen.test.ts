/**
 * The unseen-article scoring (tests/gold/unseen.ts) on an invented article written for this test
 * (fixtures/unseen/: six sentences, three of them statements in its hand-made gold). Expected
 * values are written out from the fixture's gold, read by hand.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchStatements } from '../../gold/score';
import type { Failure, Score } from '../../gold/score';
import {
  loadUnseenGold,
  loadUnseenManifest,
  runUnseen,
  unseenFailures,
  type UnseenRun,
} from '../../gold/unseen';

const FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/unseen');
const ARTICLE = 'iceland-kosovo-relations';
const ROOT = process.cwd();
// Two ingests of the six sources; the machine is shared.
const INGEST_TIMEOUT = 120_000;

/** A copy of the fixture folder with one file rewritten (or removed, for `null`). */
function variant(file: string, edit: ((text: string) => string) | null): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'unseen-fixture-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const full = path.join(dir, file);
  if (edit === null) rmSync(full);
  else writeFileSync(full, edit(readFileSync(full, 'utf8')));
  return dir;
}

describe('an unseen tune article, ingested beside the five sources', () => {
  let run: UnseenRun;
  beforeAll(() => {
    run = runUnseen(ROOT, FIXTURE, { withHeld: true });
  }, INGEST_TIMEOUT);

  it('is scored against its gold in the tune half, and nothing in the held half', () => {
    const [tune, held] = run.scores;
    // Gold: the recognition (line 6), the minister's words (line 6), the agreement (line 9).
    expect(tune.goldPositions).toBe(3);
    expect(held.goldPositions).toBe(0);
    expect(held.instances).toBe(0);
    expect(run.text).toContain('unseen gold: 6 sentences, 3 statements');
    expect(run.text).toContain(`tune: ${ARTICLE}; held: —`);
    expect(run.text).toMatch(/^field {6}tune {2}precision {2}recall {6}held {2}precision/m);
  });

  it(
    'prints the held column only when asked, so a tune run does not show the held score',
    () => {
      const text = runUnseen(ROOT, FIXTURE).text;
      expect(text).toMatch(/^field {6}tune {2}precision {2}recall *$/m);
      expect(text).not.toMatch(/held {2}precision/);
    },
    INGEST_TIMEOUT,
  );

  it("reads the article's statements: the recognition is found with its actor and date", () => {
    const gold = loadUnseenGold(FIXTURE, loadUnseenManifest(FIXTURE));
    const { pairs } = matchStatements(run.positions, gold);
    const recognition = pairs.find(
      (p) => p.gold.text === 'Iceland recognised Kosovo on 5 March 2008.',
    );
    expect(recognition?.instance.source).toBe(ARTICLE);
    expect(recognition?.instance.lines).toEqual([6]);
    expect(recognition?.instance.position.actor.id).toBe('iceland');
    expect(recognition?.instance.position.date).toBe('2008-03-05');
  });

  it("scores none of the five sources' statements, though they were ingested", () => {
    const sources = new Set(run.positions.flatMap((p) => p.sources.map((s) => s.source)));
    expect(sources.has('international-recognition-of-kosovo')).toBe(true);
    expect(sources.has('kosovo-foreign-relations')).toBe(true);
    const gold = loadUnseenGold(FIXTURE, loadUnseenManifest(FIXTURE));
    const { instances } = matchStatements(run.positions, gold);
    expect(instances.length).toBeGreaterThan(0);
    expect(new Set(instances.map((i) => i.source))).toEqual(new Set([ARTICLE]));
    expect(run.scores[0].instances).toBe(instances.length);
    expect(run.scores[0].failures.filter((f) => f.source !== ARTICLE)).toEqual([]);
  });

  it('lists the tune article failures, by field when asked', () => {
    const all = unseenFailures(run);
    expect(all).toEqual(run.scores[0].failures);
    const dates = unseenFailures(run, { field: 'date' });
    expect(dates.every((f) => f.field === 'date')).toBe(true);
    expect(unseenFailures(run, { article: ARTICLE })).toEqual(all);
    expect(() => unseenFailures(run, { article: 'kosovo-foreign-relations' })).toThrow(
      '"kosovo-foreign-relations" is not an unseen article (iceland-kosovo-relations)',
    );
  });
});

describe('a held unseen article', () => {
  const failure = (source: string, half: 'tune' | 'held'): Failure => ({
    field: 'actor',
    source,
    at: `${source}.yaml:${source}:3`,
    half,
    gold: 'state:iceland',
    got: 'kosovo',
    text: 'Iceland recognised Kosovo.',
  });
  const scoreWith = (half: 'tune' | 'held', failures: Failure[]): Score => ({
    half,
    fields: [],
    byBasis: [],
    failures,
    goldPositions: 1,
    instances: 1,
  });
  const entry = (id: string, half: 'tune' | 'held') => ({
    id,
    file: `${id}.txt`,
    title: id,
    publisher: 'test',
    format: 'wikitext' as const,
    half,
  });
  const run: UnseenRun = {
    entries: [entry('tune-article', 'tune'), entry('held-article', 'held')],
    positions: [],
    scores: [
      scoreWith('tune', [failure('tune-article', 'tune')]),
      scoreWith('held', [failure('held-article', 'held')]),
    ],
    text: '',
  };

  it('has its failures refused, saying why', () => {
    expect(() => unseenFailures(run, { article: 'held-article' })).toThrow(
      /"held-article" is the held unseen article: its failures are never listed, so its score stays an honest estimate/,
    );
  });

  it('is left out of the failures listed without an article', () => {
    expect(unseenFailures(run).map((f) => f.source)).toEqual(['tune-article']);
  });

  it(
    'is scored in the held half only',
    () => {
      const dir = variant('sources.yaml', (t) => t.replace('half: tune', 'half: held'));
      try {
        const held = runUnseen(ROOT, dir);
        expect(held.scores[0].goldPositions).toBe(0);
        expect(held.scores[0].instances).toBe(0);
        expect(held.scores[1].goldPositions).toBe(3);
        expect(held.text).toContain(`tune: —; held: ${ARTICLE}`);
        expect(unseenFailures(held)).toEqual([]);
        expect(() => unseenFailures(held, { article: ARTICLE })).toThrow(/held unseen article/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    INGEST_TIMEOUT,
  );

  it(
    'is scored alone with `only`, a second article beside it left out of both halves',
    () => {
      const dir = variant('sources.yaml', (t) =>
        [
          t,
          `- id: ${ARTICLE}-copy`,
          `  file: ${ARTICLE}-copy.txt`,
          '  title: Iceland–Kosovo relations (copy)',
          "  publisher: 'A copy for the test of --only'",
          '  format: wikitext',
          '  half: held',
          '',
        ].join('\n'),
      );
      const copy = (from: string, to: string, edit: (t: string) => string) =>
        writeFileSync(path.join(dir, to), edit(readFileSync(path.join(dir, from), 'utf8')));
      copy(`${ARTICLE}.txt`, `${ARTICLE}-copy.txt`, (t) =>
        t.replace('= Iceland–Kosovo relations =', '= Iceland–Kosovo relations (copy) ='),
      );
      copy(`${ARTICLE}.yaml`, `${ARTICLE}-copy.yaml`, (t) =>
        t.replace(`source: ${ARTICLE}`, `source: ${ARTICLE}-copy`),
      );
      try {
        expect(() => runUnseen(ROOT, dir, { only: ['no-such-article'] })).toThrow(
          `"no-such-article" is not an unseen article (${ARTICLE}, ${ARTICLE}-copy)`,
        );
        const both = runUnseen(ROOT, dir, { withHeld: true });
        expect([both.scores[0].goldPositions, both.scores[1].goldPositions]).toEqual([3, 3]);
        const alone = runUnseen(ROOT, dir, { withHeld: true, only: [`${ARTICLE}-copy`] });
        expect([alone.scores[0].goldPositions, alone.scores[1].goldPositions]).toEqual([0, 3]);
        expect(alone.scores[0].instances).toBe(0);
        expect(alone.text).toContain(`tune: —; held: ${ARTICLE}-copy`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    2 * INGEST_TIMEOUT,
  );

  it('is refused by `npm run gold -- --unseen --failures --held` before anything is scored', () => {
    const out = spawnSync('npx', ['tsx', 'scripts/gold.ts', '--unseen', '--failures', '--held'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("the held article's failures are never listed");
    expect(out.stdout).toBe('');
  }, 60_000);

  it('is refused by `npm run gold -- --unseen --by-basis --held`: no rule is chosen from held figures', () => {
    const out = spawnSync('npx', ['tsx', 'scripts/gold.ts', '--unseen', '--by-basis', '--held'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("the held articles' actor precision is never broken down by rule");
    expect(out.stdout).toBe('');
  }, 60_000);

  it(
    "prints the tune articles' actor precision per rule with `npm run gold -- --unseen --by-basis`",
    () => {
      const out = spawnSync('npx', ['tsx', 'scripts/gold.ts', '--unseen', '--by-basis'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(out.status).toBe(0);
      const table = out.stdout.slice(out.stdout.indexOf('\nRules alone:\n'));
      expect(table.split('\n').slice(1, 3)[0]).toBe('Rules alone:');
      expect(table.split('\n')[2]).toBe('basis            tune  actor precision');
      // One row per rule, each "basis  xx.x% (correct/predicted)", the tune half's only.
      expect(table.split('\n')[3]).toMatch(/^[a-z-]+\s+\d+\.\d% \(\d+\/\d+\)$/);
      expect(out.stdout).not.toContain('held  actor precision');
    },
    INGEST_TIMEOUT,
  );
});

describe('a damaged unseen folder fails with the file to mend', () => {
  it('a listed article missing from the folder', () => {
    const dir = variant(`${ARTICLE}.txt`, null);
    try {
      expect(() => runUnseen(ROOT, dir)).toThrow(
        `${dir}/sources.yaml: the article ${ARTICLE}.txt of "${ARTICLE}" is missing from ${dir}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a gold line past the end of its article', () => {
    const dir = variant(`${ARTICLE}.yaml`, (t) => t.replace('- line: 9', '- line: 12'));
    try {
      expect(() => runUnseen(ROOT, dir)).toThrow(
        `${ARTICLE}.yaml: line 12 is past the end of ${ARTICLE}.txt (9 lines)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a listed article without gold', () => {
    const dir = variant(`${ARTICLE}.yaml`, null);
    try {
      expect(() => runUnseen(ROOT, dir)).toThrow(
        `${dir}/sources.yaml: no gold file gives sentences of "${ARTICLE}"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a gold file of a source the folder does not list', () => {
    const dir = variant(`${ARTICLE}.yaml`, (t) =>
      t.replace(`source: ${ARTICLE}`, 'source: kosovo-foreign-relations'),
    );
    try {
      expect(() => runUnseen(ROOT, dir)).toThrow(
        `${ARTICLE}.yaml: source "kosovo-foreign-relations" is not an article of ${dir}/sources.yaml`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an entry whose title is not its article's, named in the folder's sources.yaml", () => {
    const dir = variant('sources.yaml', (t) =>
      t.replace('title: Iceland–Kosovo relations', 'title: Iceland–Kosovo ties'),
    );
    try {
      expect(() => runUnseen(ROOT, dir)).toThrow(
        `${dir}/sources.yaml: the entry of "${ARTICLE}": expected the title of ${ARTICLE}.txt to be the entry's title "Iceland–Kosovo ties"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
