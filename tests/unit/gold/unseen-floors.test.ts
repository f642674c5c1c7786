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
// Stop 27, the scorer alone (rules unchanged): a gold sentence is matched over every line it covers
// (tests/gold/span.ts), so clauses the glossed scrape cites at a later line are scored — three more
// statements found, and the ones newly scored bring their errors (boundary, actor, voice .967/.971
// → .964/.968; dates and speakers found .959 → .954, .906 → .899).
// Stop 27, Kosovo–Montenegro relations added to the tune half (its baseline in BASELINE.md): the
// floors are the seven articles' scores with the rules of that moment.
// Issue-15c4 (bodies that are no state act for themselves): the seven articles' scores after it.
// Then the Czech article joined the tune half (its baseline in BASELINE.md): the eight articles'
// scores with the rules of that moment.
// Issue-15d4 (a whose-aside after a named subject, a party named with its leader, a finding's
// author before its word of kind, people placed by their office anywhere in the article): the eight
// articles' scores after it. Parties recall .208 → .207: a newly found statement has a party in
// gold that no rule gives (its precision is unchanged). Then "The government of <a named person>"
// no longer points back to the sentence before: one statement carried to a wrong state is no longer
// published (actor .965 → .968; statement recall .822 → .820, boundary .962 → .961 and speakers
// recall .867 → .866 lose that statement's right boundary and speaker; parties recall back to .208).
// Then the held Belgrade–Pristina article joined the ingest, and the register of people it shares
// with the tune articles placed "Foreign Minister Josep Borrell" (Spanish, 2018) by his later EU
// office (statement .963 → .960, actor .968 → .965, date .995 → .990): the scores of that moment.
// Issue-15e4: a person's side is the side of the office the sentence names (another article's side
// only for the same office; "Speaking as High Representative, Borrell …" reads that office first),
// and two tellings are not one act for sharing the name of the person who acted: actor .965 → .968,
// date .990 → .995 (recall .950 → .954); speakers recall .873 and voice .996 as measured then.
const FLOORS: Floors = {
  // The eight tune articles (Spanish, Greek, Latin American, Romanian, Slovak, Gulf, Montenegrin,
  // Czech), rules alone.
  statement: { precision: 0.96, recall: 0.82 },
  boundary: { precision: 0.961, recall: 0.961 },
  actor: { precision: 0.968, recall: 0.968 },
  date: { precision: 0.995, recall: 0.954 },
  speakers: { precision: 0.992, recall: 0.873 },
  voice: { precision: 0.996, recall: 0.996 },
  parties: { precision: 0.833, recall: 0.208 },
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
      'kosovo-montenegro-relations',
      'kosovo-czech-relations',
    ]);
    expect(run.scores[0].goldPositions).toBeGreaterThan(280);
  });

  it('keeps every field at or above its floor', () => {
    expect(belowFloors(run.scores[0], FLOORS)).toEqual([]);
  });
});
