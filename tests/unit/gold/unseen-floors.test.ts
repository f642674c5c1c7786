/**
 * The rules scored on the unseen tune articles (tests/gold/unseen/, written and annotated by helpers
 * that never saw the rules). The floors are the scores measured when the rules were last changed:
 * a change that makes any field worse on prose it was not written from fails here. The held
 * unseen articles have no floor: their score is measured once a stop (`npm run gold -- --unseen
 * --held`, tests/gold/unseen/BASELINE.md), so no test run shows it and nothing is tuned to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { belowFloors, type Floors } from '../../gold/score';
import { runUnseen, type UnseenRun } from '../../gold/unseen';

// Measured at stop 26 over all six tune articles after the rules written from them (issue-15s2,
// -15t2, -15u2, -15v2, -15w2, -15x2, -15y2; voice scored per telling); raised after each merge. Baselines: BASELINE.md.
// issue-15z3 (actors only where the sentence establishes them) leaves five statements whose actor no
// rule establishes unattributed instead of guessed: actor precision 0.968 -> 0.992, speakers 0.982 ->
// 0.991; statements found 0.858 -> 0.844 (precision first, statements found second), and the
// statement and date precision ratios move in their fourth digit (0.9842 -> 0.9839, 0.9940 -> 0.9939)
// only because correct statements left the count: no field has one wrong value more.
const FLOORS: Floors = {
  // The six tune articles (Spanish, Greek, Latin American, Romanian, Slovak, Gulf), rules alone.
  statement: { precision: 0.983, recall: 0.844 },
  boundary: { precision: 0.967, recall: 0.967 },
  actor: { precision: 0.991, recall: 0.991 },
  date: { precision: 0.993, recall: 0.958 },
  speakers: { precision: 0.99, recall: 0.921 },
  voice: { precision: 0.971, recall: 0.971 },
  parties: { precision: 0.833, recall: 0.201 },
};

describe('the ingest scored against the unseen tune articles', () => {
  let run: UnseenRun;
  beforeAll(() => {
    run = runUnseen();
  }, 120_000);

  it('scores the tune articles and no held article', () => {
    expect(run.entries.filter((e) => e.half === 'tune').map((e) => e.id)).toEqual([
      'kosovo-spain-relations',
      'kosovo-greece-relations',
      'kosovo-latin-america',
      'kosovo-romania-relations',
      'kosovo-slovakia-relations',
      'kosovo-gulf-states',
    ]);
    expect(run.scores[0].goldPositions).toBeGreaterThan(280);
  });

  it('keeps every field at or above its floor', () => {
    expect(belowFloors(run.scores[0], FLOORS)).toEqual([]);
  });
});
