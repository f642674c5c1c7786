/**
 * Issue 15, stop 26: a body with a name of its own as the subject ("the Holy Synod of the Church of
 * Peru", "the Kosovo Institute for Regional Studies") acts for itself; the state or Kosovo named
 * inside its name only says whose church or which institute it is. A state's organ named the same
 * way ("the Government of Peru", "the Assembly of Kosovo") stays the state's. Every sentence here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => `${p.actor.type}:${p.actor.id}`,
  );
}

describe('a body with a name of its own as the subject', () => {
  it('is the actor, not the state or Kosovo its name contains', () => {
    expect(
      actors(
        'In 2011 the Kosovo Institute for Regional Studies described Chile’s refusal as rigid.',
      ),
    ).toEqual(['other:kosovo-institute-for-regional-studies']);
    expect(
      actors(
        'In a paper published in 2015, the Tirana-based Kosovo Foundation for Open Debate called the talks a failure.',
      ),
    ).toEqual(['other:kosovo-foundation-for-open-debate']);
  });

  it('is the body after "of the" when an organ of that body acts', () => {
    expect(
      actors(
        'In 2004 the Holy Synod of the Church of Peru condemned the attacks on the monasteries.',
      ),
    ).toEqual(['other:church-of-peru']);
  });
});

describe("a state's organ named the same way", () => {
  it('stays the state’s', () => {
    expect(actors('In 2013 the Government of Peru criticised the decision.')).toEqual([
      'state:peru',
    ]);
    expect(actors('In 2013 the Assembly of Kosovo adopted a resolution on the border.')).toEqual([
      'other:kosovo',
    ]);
    expect(
      actors(
        'On 3 May 2009, the Mexican Secretariat of Foreign Affairs issued a statement on Kosovo.',
      ),
    ).toEqual(['state:mexico']);
  });
});
