/**
 * Issue 15: a state's nationality or name inside a body's name or a person's role makes the state
 * the actor only when the head is an organ of that state. A church and its clergy, a party and its
 * leaders, a charity or a non-state committee, a newspaper act for themselves (their own name), or,
 * where the name is not written whole, no actor: the sentence is reported unattributed.
 */
import { describe, expect, it } from 'vitest';
import { readFixtureArticle } from './fixtures';
import {
  memberOfBefore,
  ownBodyAfter,
  ownBodyBefore,
} from '../../../../../src/ingest/extract/statement/ownBodies';

function read(text: string) {
  const { positions, unattributed } = readFixtureArticle(text);
  return {
    actors: positions.map((p) => `${p.actor.type}:${p.actor.id}`),
    unattributed: unattributed.map((u) => u.reason),
  };
}

describe('ownBodyAfter: the words after a nationality or a state name', () => {
  it('reads a body of its own with its whole name', () => {
    expect(ownBodyAfter('Saudi', ' Joint Relief Committee for Bosnia and Chechnya spent')).toEqual({
      kind: 'body',
      name: 'Saudi Joint Relief Committee for Bosnia and Chechnya',
      end: ' Joint Relief Committee for Bosnia and Chechnya'.length,
    });
    expect(ownBodyAfter('Peruvian', ' Orthodox Church and Chile condemned')?.name).toBe(
      'Peruvian Orthodox Church',
    );
    // A medium's name after its kind is its name; the kind and the nationality are not.
    expect(ownBodyAfter('Peruvian', ' daily La República wrote')?.name).toBe('La República');
    // A word may qualify the kind.
    expect(ownBodyAfter('Peruvian', ' football club Alianza Lima refused')?.name).toBe(
      'Alianza Lima',
    );
    expect(ownBodyAfter('Peruvian', ' foreign ministry said')).toBeNull();
  });

  it("reads a team's coach as a role in a body of its own, not the state's official", () => {
    expect(ownBodyAfter('Peru', "'s Chilean-born coach Ana Ruiz refused")).toMatchObject({
      kind: 'role',
      name: null,
    });
    expect(
      read(
        "Peru's Chilean-born coach Ana Ruiz and two of her players refused to take part in the match.",
      ).actors,
    ).toEqual([]);
  });

  it('reads a role in such a body as a role, with no name', () => {
    expect(ownBodyAfter('Peruvian', ' Patriarch Irinej asked')).toMatchObject({
      kind: 'role',
      name: null,
    });
    expect(ownBodyAfter('Peruvian', ' Radical Party leader Ana Ruiz said')).toMatchObject({
      kind: 'role',
    });
  });

  it("leaves a state's organs and officials to the state", () => {
    expect(ownBodyAfter('Peruvian', ' Foreign Ministry said')).toBeNull();
    expect(ownBodyAfter('Peruvian', ' government said')).toBeNull();
    expect(ownBodyAfter('Peruvian', ' President Ana Ruiz said')).toBeNull();
    // A parliament's committee is the parliament's.
    expect(ownBodyAfter('Peruvian', ' Parliamentary Committee on Foreign Affairs said')).toBeNull();
  });
});

describe('a body or a person named with a nationality acts for itself, not for the state', () => {
  it("makes a charity named with a state's short name its own actor", () => {
    expect(
      read(
        'After the war, the Saudi Joint Relief Committee for Bosnia and Chechnya spent millions on schools. It closed its office in Sarajevo in 2004.',
      ).actors,
    ).toEqual([
      'other:saudi-joint-relief-committee-for-bosnia-and-chechnya',
      'other:saudi-joint-relief-committee-for-bosnia-and-chechnya',
    ]);
  });

  it('gives no actor to a clergyman named by his nationality, and says why', () => {
    const r = read('In 2012, Peruvian Patriarch Irinej asked the bishops to oppose the bid.');
    expect(r.actors).toEqual([]);
    expect(r.unattributed).toEqual([
      'its subject ("Peruvian Patriarch Irinej") is a person with a role in a body of their own, not an organ of Peru, and the sentence does not name that body whole',
    ]);
  });

  it("does not read a newspaper's nationality as the state's own account", () => {
    const r = read(
      'According to the Peruvian daily La República, Peruvian Patriarch Irinej had asked the bishops to oppose the bid.',
    );
    expect(r.actors).toEqual([]);
    expect(r.unattributed).toHaveLength(1);
  });

  it("does not let a party officer's nationality make the state the speaker", () => {
    expect(
      read(
        'In 2008, the leader of the Peruvian Radical Party, Ana Ruiz, said the move was illegal.',
      ).actors,
    ).toEqual([]);
    expect(
      read('Ana Ruiz, the Peruvian Radical Party leader, said in 2008 that the move was illegal.')
        .actors,
    ).toEqual([]);
  });

  it('makes a club whose name holds a capital its own actor, not the state of the capital', () => {
    expect(
      read('In 2015 the Peruvian football club Alianza Lima refused to play in Pristina.').actors,
    ).toEqual(['other:alianza-lima']);
  });

  it("still reads a state's organ and official named by the nationality as the state", () => {
    expect(read('In 2011, the Peruvian Foreign Ministry protested the decision.').actors).toEqual([
      'state:peru',
    ]);
    expect(
      read('In 2008, Peruvian Foreign Minister Ana Ruiz said the move was illegal.').actors,
    ).toEqual(['state:peru']);
    // The state named after an adverbial on a body is still the subject.
    expect(
      read(
        'Through the Kuwait Fund for Arab Economic Development, Kuwait has lent Peru money since 2013.',
      ).actors,
    ).toEqual(['state:kuwait']);
  });
});

describe('a body or a role a state "owns", or a body named "of" a state', () => {
  it('reads what follows "\'s" as a body or a role of its own, or as the state\'s organ', () => {
    expect(ownBodyAfter('Peru', "'s Orthodox Church condemned")).toMatchObject({
      kind: 'body',
      name: null,
    });
    expect(ownBodyAfter('Peru', "'s largest opposition party said")).toMatchObject({
      kind: 'body',
    });
    expect(ownBodyAfter('Peru', "'s main opposition party leader Ana Ruiz said")).toMatchObject({
      kind: 'role',
    });
    expect(ownBodyAfter('Peru', "'s foreign minister said")).toBeNull();
    // The state's stance, not its opposition parties.
    expect(ownBodyAfter('Peru', "'s opposition to the plan hardened")).toBeNull();
  });

  it('reads the name of a body "of" a state', () => {
    expect(ownBodyBefore('The Football Federation of ')).toEqual({
      name: 'Football Federation',
      start: 4,
    });
    expect(ownBodyBefore('the Government of ')).toBeNull();
    expect(ownBodyBefore('the Parliamentary Committee of ')).toBeNull();
  });

  it('gives no actor to a party or a church the state "owns"', () => {
    expect(read("In 2012, Peru's Socialist Party condemned the decision.").actors).toEqual([]);
    expect(read("In 2012, Peru's largest opposition party condemned the decision.").actors).toEqual(
      [],
    );
    expect(read("In 2012, Peru's foreign minister condemned the decision.").actors).toEqual([
      'state:peru',
    ]);
  });

  it('does not let a federation "of Kosovo" speak for Kosovo', () => {
    expect(
      read('The Football Federation of Kosovo announced in 2016 that it would appeal.').actors,
    ).toEqual([]);
  });

  it('reads an opposition leader named with a nationality as a role, not a body', () => {
    expect(
      read('In 2014, Peruvian opposition leader Ana Ruiz called for recognition.').unattributed,
    ).toEqual([
      'its subject ("Peruvian opposition leader Ana Ruiz") is a person with a role in a body of their own, not an organ of Peru, and the sentence does not name that body whole',
    ]);
  });
});

describe("a member of a body speaks for themselves, not for the body's state", () => {
  it('reads "member" after a nationality, and "member of" before a name', () => {
    expect(ownBodyAfter('Serb', ' member of the Presidency said')).toMatchObject({
      kind: 'member',
    });
    // The member states are the states themselves.
    expect(ownBodyAfter('EU', ' Member States decided')).toBeNull();
    expect(ownBodyAfter('Peruvian', ' member states voted')).toBeNull();
    expect(memberOfBefore('a member of the ')).toBe(true);
    expect(memberOfBefore('members of the ')).toBe(true);
    expect(memberOfBefore('the speaker of the ')).toBe(false);
  });

  it('gives no actor to a member of a parliament or of a presidency', () => {
    expect(
      read('In 2009, a member of the Peruvian parliament said that the decision was illegal.')
        .actors,
    ).toEqual([]);
    expect(
      read('In 2009, members of the Peruvian parliament condemned the decision.').actors,
    ).toEqual([]);
    expect(
      read(
        'In 2008, the Serb member of the Presidency, Ana Ruiz, said that the country would never accept it.',
      ).unattributed,
    ).toEqual([
      'its subject ("the Serb member of the Presidency, Ana Ruiz") is a member of a body, who speaks for themselves, not for Serbia',
    ]);
    // The parliament itself acts for its state.
    expect(read('In 2009, the Peruvian parliament condemned the decision.').actors).toEqual([
      'state:peru',
    ]);
  });
});
