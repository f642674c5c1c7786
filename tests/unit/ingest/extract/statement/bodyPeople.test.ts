/**
 * Issue 15: a party, a front, a municipality or an association named whole through the people who act
 * for it ("Green Front leader X", "Freedom deputies", "X, mayor of the Municipality of Y,") is its own
 * actor, not the state it sits in and not unattributed. A name with a state inside it, or a one-word
 * name opening the sentence, is left to the other rules.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { mergePositions } from '../../../../../src/ingest/positions';
import {
  bodyOfPersonsRole,
  partyOfPeople,
} from '../../../../../src/ingest/extract/statement/bodyPeople';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  const { positions } = extractProsePositions(doc, countries, orgs, persons, new Set());
  return mergePositions(positions, (a) => `/${a.id}/`).map((p) => `${p.actor.type}:${p.actor.id}`);
}

describe('partyOfPeople: the party named by its leader, deputies or members', () => {
  it('reads a name ending in a party head before its people', () => {
    expect(partyOfPeople('Green Front leader Ana Ruiz said', false)).toEqual({
      name: 'Green Front',
      start: 0,
      end: 11,
    });
    expect(partyOfPeople('a group of Blue Alliance members of parliament voted', false)?.name).toBe(
      'Blue Alliance',
    );
  });

  it('reads a one-word name only before chamber people and not at the sentence start', () => {
    expect(partyOfPeople('Zavetnici deputies walked out', false)?.name).toBe('Zavetnici');
    expect(partyOfPeople('Zavetnici deputies walked out', true)).toBeNull();
    expect(partyOfPeople('Zavetnici leader Ana Ruiz said', false)).toBeNull();
  });

  it('reads no party where the name has no party head', () => {
    expect(partyOfPeople('Green Hills leader Ana Ruiz said', false)).toBeNull();
  });
});

describe('bodyOfPersonsRole: a role in a body named whole', () => {
  it("reads a municipality's mayor and an association's president", () => {
    expect(
      bodyOfPersonsRole('Ana Ruiz, mayor of the Municipality of Tarn, visited Lima.')?.name,
    ).toBe('Municipality of Tarn');
    expect(
      bodyOfPersonsRole('Ana Ruiz, president of the Football Association of Peru, said so.')?.name,
    ).toBe('Football Association of Peru');
  });

  it("leaves a role in a state's organ alone", () => {
    expect(bodyOfPersonsRole('Ana Ruiz, head of the Ministry of Trade, said so.')).toBeNull();
  });
});

describe('the body acts for itself in a sentence', () => {
  it('makes a party named by its leader or deputies the actor', () => {
    expect(
      actors(
        'Green Front leader Ana Ruiz has repeatedly called for the recognition to be withdrawn.',
      ),
    ).toEqual(['other:green-front']);
    expect(
      actors(
        'In October 2015, Zavetnici deputies released tear gas in the chamber to stop a vote.',
      ),
    ).toEqual(['other:zavetnici']);
    expect(
      actors(
        'In March 2021, a group of Blue Alliance members of parliament submitted a resolution asking the government to annul the decision.',
      ),
    ).toEqual(['other:blue-alliance']);
  });

  it('makes a municipality or an association the actor of its officer', () => {
    expect(
      actors(
        'In May 2019, Ana Ruiz, mayor of the Municipality of Tarn, visited Pristina to sign an agreement.',
      ),
    ).toEqual(['other:municipality-of-tarn']);
    expect(
      actors(
        'Ana Ruiz, president of the Football Association of Peru, had said the previous month that her federation would vote for Kosovo.',
      ),
    ).toEqual(['other:football-association-of-peru']);
  });

  it('leaves a party with a nationality in its name to the own-body rules', () => {
    expect(
      actors('In 2008, Peruvian Radical Party leader Ana Ruiz said the move was illegal.'),
    ).toEqual([]);
  });
});
