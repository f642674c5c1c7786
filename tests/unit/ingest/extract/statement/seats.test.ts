/**
 * Issue 15: a spokesperson or official of a state's seat of government ("a Kremlin spokesman", "a
 * White House official", "a Quai d'Orsay spokeswoman") speaks for that state; the speaker is the
 * role, with no name.
 */
import { describe, expect, it } from 'vitest';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, finder, fixtureArticle, orgs } from './fixtures';

const ids = (sentence: string) => finder.mentions(sentence).map((m) => m.actor.id);

function prose(text: string, title = 'Foreign relations of Ruritania') {
  const { doc, persons } = fixtureArticle(text, title);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    speakers: p.speakers,
  }));
}

describe('a seat of government standing for its state', () => {
  it('is the state before an office word or a verb, or as a possessor', () => {
    expect(ids('A Kremlin spokesman said the talks were over.')).toEqual(['russia']);
    expect(ids('A White House official called the vote a mistake.')).toEqual(['united-states']);
    expect(ids("A Quai d'Orsay spokeswoman welcomed the accord.")).toEqual(['france']);
    expect(ids("The Kremlin's position has not changed.")).toEqual(['russia']);
  });

  it('is a place, not the state, after a preposition or standing alone', () => {
    expect(ids('The two leaders met at the Kremlin on Monday.')).toEqual([]);
    expect(ids('The envoy was received in the White House.')).toEqual([]);
  });

  it("makes the state the actor and the spokesperson's role its speaker", () => {
    expect(
      prose('A White House spokesman described the expulsion as "deeply regrettable".'),
    ).toEqual([
      { actor: 'united-states', speakers: [{ name: null, role: 'White House spokesman' }] },
    ]);
    expect(prose('A Kremlin spokeswoman said that the decision would not be reversed.')).toEqual([
      { actor: 'russia', speakers: [{ name: null, role: 'Kremlin spokeswoman' }] },
    ]);
    expect(prose("A Quai d'Orsay spokesperson stated that the embassy would stay open.")).toEqual([
      { actor: 'france', speakers: [{ name: null, role: "Quai d'Orsay spokesperson" }] },
    ]);
  });
});
