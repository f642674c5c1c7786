/**
 * Issue 15, causes 3 and 4: a relative clause with a named subject of its own at the end of a
 * sentence tells that actor's act; an acronym in brackets inside a name garbles no speaker.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import type { ActorRef } from '../../../../../src/schemas';
import { finder, persons } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;
const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };

describe('a relative clause with a named subject of its own', () => {
  it('is cut off with the noun in apposition it hangs from', () => {
    expect(
      splitActs(
        'Since 2015, the league has mediated talks between Peru and Chile on fishing rights and trade, a process which the United States supports.',
        named,
      ),
    ).toEqual([
      'Since 2015, the league has mediated talks between Peru and Chile on fishing rights and trade',
      'a process which the United States supports.',
    ]);
    expect(
      splitActs(
        'The council adopted a plan for the border talks in 2010, an approach which Chile strongly opposed.',
        named,
      ),
    ).toEqual([
      'The council adopted a plan for the border talks in 2010',
      'an approach which Chile strongly opposed.',
    ]);
  });

  it('is not cut when the clause has no subject of its own or a subject that names no one', () => {
    const passive =
      'The council adopted a plan for the border talks in 2010, a plan which was later dropped.';
    expect(splitActs(passive, named)).toEqual([passive]);
    const unnamed =
      'The council adopted a plan for the border talks in 2010, a plan which the members welcomed.';
    expect(splitActs(unnamed, named)).toEqual([unnamed]);
  });

  it('has the named subject as the subject of the part cut off', () => {
    expect(mainClause('a process which the United States supports.').subject?.text).toBe(
      'the United States',
    );
    expect(mainClause('which Peru uses to justify its stance.').subject?.text).toBe('Peru');
    // A clause whose relative pronoun is its subject keeps it.
    expect(mainClause('which has blocked the resolution.').refersBack).toBe(true);
  });
});

describe('an acronym in brackets after a name', () => {
  it('is inside the subject, brackets closed', () => {
    expect(
      mainClause('Since 2011, the Andean Union (AU) has facilitated a dialogue.').subject?.text,
    ).toBe('the Andean Union (AU)');
  });

  it('is left out of a speaker’s name, and the actor named so is no speaker', () => {
    expect(
      clauseSpeakers(
        'In 2009 the Peruvian Ministry of Foreign Affairs (MFA) said that Peru would wait.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian Ministry of Foreign Affairs', role: null }]);
    const andean: ActorRef = { type: 'organisation', id: 'andean-union', name: 'Andean Union' };
    expect(
      clauseSpeakers(
        'Since 2011, the Andean Union (AU) has facilitated a dialogue between Peru and Chile.',
        andean,
        persons(),
      ),
    ).toEqual([]);
  });
});
