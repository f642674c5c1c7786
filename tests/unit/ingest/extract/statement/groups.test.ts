/**
 * Issue 15, other actors: a group of people or a medium that says or does something is its own
 * actor, never the state whose nationality it carries or the state it writes about.
 */
import { describe, expect, it } from 'vitest';
import { groupActor } from '../../../../../src/ingest/extract/statement/groups';
import { reactionRelatives } from '../../../../../src/ingest/extract/statement/reactions';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';
import { finder, persons } from './fixtures';

const read = (sentence: string) =>
  readSubject(sentence, finder.mentions(sentence), persons(), (m) => isDemonymMention(sentence, m));

describe('groups of people and media as actors', () => {
  it('makes a bare or quantified group of people acting in the active voice its own actor', () => {
    expect(read('Chilean papers described the vote as a farce.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'chilean-papers', name: 'Chilean papers' },
      basis: 'subject',
    });
    expect(read('Some Andean and Green deputies called for a referendum on the pact.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'andean-and-green-deputies', name: 'Andean and Green deputies' },
      basis: 'subject',
    });
    expect(read('In 2012, several Peruvian historians wrote that the treaty was void.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'peruvian-historians', name: 'Peruvian historians' },
      basis: 'subject',
    });
  });

  it('makes the group that says it in a passive of saying the actor ("by some historians")', () => {
    expect(read('It was argued by several historians that Peru erred.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'historians', name: 'historians' },
      basis: 'agent',
      says: true,
    });
  });

  it('names a medium by its own name, not by what it is or where it is from', () => {
    expect(
      read(
        'After that, the Peruvian daily El Comercio, which ran the interview, published the tape.',
      ),
    ).toMatchObject({
      kind: 'third-party',
      actor: { type: 'other', id: 'el-comercio', name: 'El Comercio' },
    });
    expect(read('The Chilean paper La Tercera released the audio.')).toMatchObject({
      kind: 'third-party',
      actor: { type: 'other', id: 'la-tercera', name: 'La Tercera' },
    });
  });

  it('reads no group where the group is acted upon, is described, was named before, or is a state’s organ', () => {
    // Acted upon: who arrested them is not said.
    expect(read('Several Peruvian journalists have been arrested in Chile.').kind).toBe(
      'unattributed',
    );
    expect(groupActor('Several Peruvian journalists', 'have been arrested')).toBeNull();
    // A state of mind, not an act.
    expect(groupActor('Some Chilean deputies', 'were concerned')).toBeNull();
    // "The journalists" are people the text named before: not a new actor.
    expect(groupActor('The journalists', 'said')).toBeNull();
    // Government representatives act for their state.
    expect(
      read('In June 2011, Chilean government representatives explained that they would wait.'),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'chile' } } });
    // A group of states is not read as a group actor; a people needs its quantifier to be a group.
    expect(groupActor('Many countries', 'fear')).toBeNull();
    expect(groupActor('Chileans', 'fear')).toBeNull();
    expect(groupActor('Most Chileans', 'viewed')).toEqual({
      type: 'other',
      id: 'chileans',
      name: 'Chileans',
    });
  });
});

describe('a reaction told in a relative clause', () => {
  const sentence =
    'She later won the title again in Peru at the 2016 Andean Games, this time in Lima, which has been greeted with joy by many Chileans as a victory over Peru.';

  it('is cut off as a statement of its own, with its pronoun', () => {
    expect(reactionRelatives(sentence)).toEqual([
      'She later won the title again in Peru at the 2016 Andean Games, this time in Lima',
      'which has been greeted with joy by many Chileans as a victory over Peru.',
    ]);
    // A reaction with no agent is not cut: who reacted is not said.
    expect(
      reactionRelatives('Peru won the final at the 2016 Andean Games, which was widely welcomed.'),
    ).toHaveLength(1);
  });

  it('belongs to whoever reacted, never to the state where the act happened', () => {
    const [act, reaction] = reactionRelatives(sentence) as [string, string];
    expect(read(reaction)).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'chileans', name: 'Chileans' },
      basis: 'agent',
    });
    expect(read(act)).toMatchObject({ kind: 'unattributed' });
    const welcomed = 'which was welcomed by Chile as a step forward.';
    expect(read(welcomed)).toMatchObject({ kind: 'actor', mention: { actor: { id: 'chile' } } });
    expect(splitActs(sentence, () => false)).toHaveLength(2);
  });
});
