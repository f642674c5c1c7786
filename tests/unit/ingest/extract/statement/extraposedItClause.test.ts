/**
 * Issue 15, stop 26: "It was reported that …": the "it" stands for the that-clause, whose subject
 * is read as any subject is. A state's official or organ named by its nationality ("the Peruvian
 * king", "Chilean diplomats") is that state acting; a body with a name of its own is itself; a
 * clause whose subject names no one ("several ministers") stays unattributed. Every sentence here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function read(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set());
}
const actors = (text: string) => read(text).positions.map((p) => `${p.actor.type}:${p.actor.id}`);

describe('an extraposed "it" before a that-clause', () => {
  it('takes the clause’s organ named by its nationality as the actor', () => {
    expect(
      actors('It was reported that the Peruvian president had postponed the decision twice.'),
    ).toEqual(['state:peru']);
    expect(
      actors('It was claimed that the Chilean foreign ministry had withheld the note in 2014.'),
    ).toEqual(['state:chile']);
  });

  it('takes a named body as the clause’s subject for itself', () => {
    expect(
      actors('It was reported that the Peruvian bank Banco Andino had frozen the accounts.'),
    ).toEqual(['other:banco-andino']);
  });

  it('leaves a clause whose subject names no one unattributed', () => {
    const r = read('It was reported that several ministers had argued for recognising Kosovo.');
    expect(r.positions).toEqual([]);
  });
});
