import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkFactsLock,
  currentFacts,
  sourceLossBehind,
  statementDigest,
} from '../../../src/ingest/factsLock';
import { SourceError, type SourceDocument } from '../../../src/ingest/read/document';
import type { BuildReport, State } from '../../../src/schemas';

const state = (id: string, name: string, over: Record<string, unknown> = {}): State =>
  ({
    id,
    name,
    status: 'recognised',
    statusBasis: { kind: 'recognition-table' },
    recognition: { date: '2009-05-04' },
    withdrawal: null,
    diplomaticRelations: true,
    ...over,
  }) as unknown as State;

const statement = (over: Record<string, unknown> = {}) => ({
  id: 'ruritania-2009-05-04',
  date: '2009-05-04',
  text: 'Ruritania will not recognise it.',
  actor: { type: 'state' as const, id: 'ruritania', name: 'Ruritania' },
  speakers: [
    { name: 'Jan Novak', role: null },
    { name: null, role: 'foreign minister' },
  ],
  sources: [{ source: 'news', line: 7 }],
  ...over,
});

const SOURCES = [{ id: 'news', file: 'news.txt' }];
const report = (statements: number, rowsSeen: number) =>
  ({ sources: [{ source: 'news', statements, rowsSeen }] }) as unknown as Pick<
    BuildReport,
    'sources'
  >;

describe('statementDigest', () => {
  it('is 16 hex digits of the words, actor and speakers (name, else role)', () => {
    expect(statementDigest(statement() as never)).toBe('943fb2a91cf31801');
  });

  it('changes with a word, the actor or a speaker, and not with the date or line', () => {
    const base = statementDigest(statement() as never);
    expect(
      statementDigest(statement({ text: 'Ruritania will not recognise it!' }) as never),
    ).not.toBe(base);
    expect(
      statementDigest(
        statement({ actor: { type: 'state', id: 'freedonia', name: 'Freedonia' } }) as never,
      ),
    ).not.toBe(base);
    expect(statementDigest(statement({ speakers: [] }) as never)).not.toBe(base);
    expect(
      statementDigest(statement({ date: '2010', sources: [{ source: 'news', line: 9 }] }) as never),
    ).toBe(base);
  });
});

describe('currentFacts', () => {
  it('writes states, sources and statements in the lock’s shape, sorted by id', () => {
    expect(
      currentFacts(
        [
          state('ruritania', 'Ruritania', {
            statusBasis: { kind: 'recognition-table', source: 'news', line: 5 },
          }),
          state('freedonia', 'Freedonia', {
            status: 'withdrawn',
            statusBasis: { kind: 'withdrawal-table' },
            withdrawal: { date: '2018' },
            diplomaticRelations: undefined,
          }),
        ],
        SOURCES,
        report(3, 40),
        [statement() as never],
      ),
    ).toEqual({
      statements: [
        {
          id: 'ruritania-2009-05-04',
          date: '2009-05-04',
          at: 'news.txt:7',
          digest: '943fb2a91cf31801',
        },
      ],
      states: [
        {
          id: 'freedonia',
          name: 'Freedonia',
          status: 'withdrawn',
          basis: 'withdrawal-table',
          recognised: '2009-05-04',
          withdrawn: '2018',
          relations: null,
          at: null,
        },
        {
          id: 'ruritania',
          name: 'Ruritania',
          status: 'recognised',
          basis: 'recognition-table',
          recognised: '2009-05-04',
          withdrawn: null,
          relations: true,
          at: 'news.txt:5',
        },
      ],
      sources: [{ file: 'news.txt', statements: 3, rows: 40 }],
    });
  });
});

const LOCK = `reason: Reviewed after the test sources were written.
states:
  - id: ruritania
    name: Ruritania
    status: recognised
    basis: recognition-table
    recognised: '2009-05-04'
    withdrawn: null
    relations: true
sources:
  - file: news.txt
    statements: 1
    rows: 2
statements:
  - id: ruritania-2009-05-04
    date: '2009-05-04'
    at: news.txt:7
    digest: 943fb2a91cf31801
`;

function lockDir(text = LOCK): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
  writeFileSync(path.join(dir, 'facts-lock.yaml'), text);
  return dir;
}

describe('checkFactsLock', () => {
  const check = (
    states: State[] = [state('ruritania', 'Ruritania')],
    counts = report(1, 2),
    positions: ReturnType<typeof statement>[] = [statement()],
    dir = lockDir(),
  ) => checkFactsLock(dir, states, SOURCES, counts, positions as never);

  it('passes the facts the lock holds, and checks nothing without a lock', () => {
    expect(() => check()).not.toThrow();
    expect(() =>
      checkFactsLock(mkdtempSync(path.join(tmpdir(), 'none-')), [], SOURCES, report(0, 0)),
    ).not.toThrow();
  });

  it('stops at the locked state that changed, naming what it found', () => {
    expect(() =>
      check([state('ruritania', 'Ruritania', { withdrawal: { date: '2019' } })]),
    ).toThrow(
      'facts-lock.yaml:3:5: expected Ruritania recognised (basis recognition-table, recognised 2009-05-04, diplomatic relations yes), as the facts lock holds them since the last reviewed source update (no guard named the damage; if the sources changed on purpose, review and run npm run facts-lock -- --write), found "recognised (basis recognition-table, recognised 2009-05-04, withdrew 2019, diplo"',
    );
  });

  it('stops at a locked state that is gone, and names a state the lock lacks', () => {
    expect(() => check([])).toThrow(/^facts-lock\.yaml:3:5: .*found "no such state"$/);
    expect(() => check([state('ruritania', 'Ruritania'), state('freedonia', 'Freedonia')])).toThrow(
      /^facts-lock\.yaml:3:3: expected only the 1 states in the lock, .*found "Freedonia recognised/,
    );
  });

  it('stops where the row of a changed or vanished state stood, naming the lock entry', () => {
    const dir = lockDir(
      LOCK.replace('    relations: true\n', '    relations: true\n    at: news.txt:5\n'),
    );
    expect(() => check([], undefined, undefined, dir)).toThrow(
      /^news\.txt:5: expected Ruritania recognised \(basis recognition-table, recognised 2009-05-04, diplomatic relations yes\) from the row at this line, as the facts lock holds it \(facts-lock\.yaml:3\) .*found "no such state"$/,
    );
  });

  it('checks every statement at its line before the per-source counts', () => {
    expect(() => check(undefined, report(0, 2), [])).toThrow(
      /^news\.txt:7: expected the statement ruritania-2009-05-04 told here/,
    );
  });

  it('stops at a source whose statement or row count changed', () => {
    expect(() => check(undefined, report(1, 1))).toThrow(
      /^facts-lock\.yaml:11:5: expected 1 statements and 2 table rows from news\.txt, .*found "1 statements and 1 table rows"$/,
    );
  });

  it('stops at the source line of a statement re-dated, re-worded, gone or new', () => {
    expect(() => check(undefined, undefined, [statement({ date: '2009-05' })])).toThrow(
      /^news\.txt:7: expected the statement ruritania-2009-05-04 dated 2009-05-04 with the words, actor and speakers locked, .*found "dated 2009-05"$/,
    );
    expect(() => check(undefined, undefined, [statement({ text: 'Other words.' })])).toThrow(
      /found "its words, actor or speakers changed"$/,
    );
    expect(() => check(undefined, undefined, [])).toThrow(
      /^news\.txt:7: expected the statement ruritania-2009-05-04 told here, .*found "no statement with that id/,
    );
    expect(() =>
      check(undefined, undefined, [
        statement(),
        statement({ id: 'ruritania-2010', sources: [{ source: 'news', line: 9 }] }),
      ]),
    ).toThrow(
      /^news\.txt:9: expected only the statements the facts lock holds, .*found "a new statement ruritania-2010"$/,
    );
  });
});

describe('sourceLossBehind', () => {
  const doc = (rows: number): SourceDocument => ({
    sourceId: 'news',
    file: 'news.txt',
    title: 'News',
    lineCount: 12,
    blocks: [
      {
        kind: 'table',
        line: 3,
        section: [],
        header: { line: 3, cells: ['Country', 'Date'] },
        rows: Array.from({ length: rows }, (_, i) => ({ line: 4 + i, cells: ['x', 'y'] })),
      },
    ],
  });
  const symptom = new SourceError('position-ids.yaml', 5, 'a statement');

  it('blames a source with fewer table rows than the lock holds, at its last line', () => {
    const error = sourceLossBehind(lockDir(), [doc(1)], symptom);
    expect(error?.message).toBe(
      'news.txt:12: expected the 2 table rows the facts lock holds (facts-lock.yaml:11); 1 is gone (rows deleted, or a copy cut short?), which leaves position-ids.yaml:5 pointing at nothing, found "1 table rows"',
    );
  });

  it('blames nothing when every source has its rows, or there is no lock', () => {
    expect(sourceLossBehind(lockDir(), [doc(2)], symptom)).toBeNull();
    expect(
      sourceLossBehind(mkdtempSync(path.join(tmpdir(), 'none-')), [doc(0)], symptom),
    ).toBeNull();
  });
});
