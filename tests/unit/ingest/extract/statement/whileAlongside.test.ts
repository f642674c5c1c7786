/**
 * Issue 15 (r6): a clause cut after ", while" (or "whereas") from a sentence whose first clause
 * tells a dated past act, and that tells a past act itself, was done on that act's occasion; a
 * "while" clause of a stance, or one with a date of its own, keeps what it says.
 */
import { describe, expect, it } from 'vitest';
import { groupSentences, type DatesBefore } from '../../../../../src/ingest/extract/statements';
import { tellsPastAct } from '../../../../../src/ingest/extract/statement/pastAct';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';

const dates = (
  sentences: string[],
  before: Array<string | null>,
  prior: DatesBefore = { previous: '2015-03', anchor: '2015-03', told: [] },
) =>
  groupSentences(
    sentences,
    () => null,
    true,
    (i) => before[i] ?? null,
    prior,
  ).map((p) => p.date);

describe('a past act told alongside a dated past act', () => {
  it('takes the date of the act it is told with', () => {
    expect(
      dates(
        ['Chile agreed to lift its visa rules for the same period.'],
        ['Peru agreed to open a consulate for two years, while'],
      ),
    ).toEqual(['2015-03']);
    expect(
      dates(
        ['Bolivia voted against the motion.'],
        ['The Peruvian delegation signed the declaration, whereas'],
      ),
    ).toEqual(['2015-03']);
  });

  it('keeps a date of its own', () => {
    expect(
      dates(['Chile signed the accord in June 2016.'], ['Peru agreed to open a consulate, while']),
    ).toEqual(['2016-06']);
  });

  it('takes nothing when it tells a stance', () => {
    expect(
      dates(['Chile has no embassy in Lima.'], ['Peru agreed to open a consulate, while']),
    ).toEqual([null]);
    expect(dates(['Chile remained neutral.'], ['Peru voted for the resolution, while'])).toEqual([
      null,
    ]);
    expect(dates(['Chile had no embassy in Lima.'], ['Peru opened a consulate, whilst'])).toEqual([
      null,
    ]);
  });

  it('takes nothing when the clause before tells a stance, or is joined otherwise', () => {
    expect(
      dates(['Chile opened an embassy in Lima.'], ['Peru has long opposed the plan, while']),
    ).toEqual([null]);
    expect(dates(['Chile opened an embassy in Lima.'], ['Peru opened a consulate, as'])).toEqual([
      null,
    ]);
  });

  it('takes nothing when no date stands before it', () => {
    expect(
      dates(['Chile opened an embassy in Lima.'], ['Peru opened a consulate, while'], {
        previous: null,
        anchor: null,
        told: [],
      }),
    ).toEqual([null]);
  });
});

describe('tellsPastAct', () => {
  it('reads the first verb of the clause', () => {
    expect(tellsPastAct('Ruritania agreed to open a consulate')).toBe(true);
    expect(tellsPastAct('The council voted against the motion')).toBe(true);
    expect(tellsPastAct('Ruritania has opened a consulate')).toBe(false);
    expect(tellsPastAct('Ruritania had opened a consulate')).toBe(false);
    expect(tellsPastAct('Ruritania was against the plan')).toBe(false);
    expect(tellsPastAct('Ruritania opposes the plan')).toBe(false);
  });
});

describe('in prose', () => {
  it('dates the clause cut after ", while" from a sentence that carries a dated act on', () => {
    const { doc, persons } = fixtureArticle(
      'In March 2015, Peru and Chile agreed to ease trade. Peru also agreed to cut its tariffs for one year, while Chile agreed to drop its quotas for the same period.',
      'Foreign relations of Peru',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.date])).toEqual([
      ['peru', '2015-03'],
      ['chile', '2015-03'],
    ]);
  });
});

describe('a "while" clause that tells no act', () => {
  const named = (t: string) => /\b(?:Peru|Chile|Bolivia)\b/.test(t);
  it('stays with the statement it is set against', () => {
    expect(
      splitActs(
        'Peru maintains a consulate in Santiago, while Chile has no representation in Lima.',
        named,
      ),
    ).toEqual([
      'Peru maintains a consulate in Santiago, while Chile has no representation in Lima.',
    ]);
    expect(
      splitActs(
        'Bolivia opened an office in Lima in 2011, whereas Chile is not a member of the pact.',
        named,
      ),
    ).toHaveLength(1);
  });
  it('an act "while" another actor acted is still cut off', () => {
    expect(
      splitActs(
        'Peru opened a consulate in Santiago, while Chile recalled its ambassador from Lima.',
        named,
      ),
    ).toEqual(['Peru opened a consulate in Santiago', 'Chile recalled its ambassador from Lima.']);
  });
});
