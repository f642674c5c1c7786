/**
 * Issue 15 (unseen tune): a polity's political class named by its nationality alone ("Peruvian
 * lawmakers have argued …") speaks for the polity, as its officials do; counted or joined with a
 * party it is a part that speaks for itself.
 */
import { describe, expect, it } from 'vitest';
import { groupActor } from '../../../../../src/ingest/extract/statement/groups';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';
import type { ActorRef } from '../../../../../src/schemas';
import { finder, persons } from './fixtures';

const read = (sentence: string) =>
  readSubject(sentence, finder.mentions(sentence), persons(), (m) => isDemonymMention(sentence, m));
const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const chile: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };

describe('a political class qualified by its nationality alone', () => {
  it('is the state acting, not a group of its own', () => {
    expect(
      read('Peruvian politicians have long argued that the treaty favours the north.'),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } } });
    expect(
      read('In 2014, Chilean lawmakers rejected the proposal by a wide margin.'),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'chile' } } });
    expect(groupActor('Bolivian parliamentarians', 'called')).toBeNull();
    expect(groupActor('Peruvian MPs', 'voted')).toBeNull();
  });

  it('is who speaks for the state, as a role', () => {
    expect(
      clauseSpeakers(
        'Peruvian politicians have long argued that the treaty favours the north.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Peruvian politicians' }]);
    expect(
      clauseSpeakers(
        'In 2014, Chilean lawmakers rejected the proposal by a wide margin.',
        chile,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Chilean lawmakers' }]);
  });

  it('stays a group of its own when counted, joined with a party, or not a political class', () => {
    expect(groupActor('Several Peruvian deputies', 'called')).toEqual({
      type: 'other',
      id: 'peruvian-deputies',
      name: 'Peruvian deputies',
    });
    expect(groupActor('Peruvian and Green deputies', 'called')).toEqual({
      type: 'other',
      id: 'peruvian-and-green-deputies',
      name: 'Peruvian and Green deputies',
    });
    expect(groupActor('Peruvian historians', 'wrote')).toEqual({
      type: 'other',
      id: 'peruvian-historians',
      name: 'Peruvian historians',
    });
    expect(read('Chilean papers described the vote as a farce.')).toMatchObject({
      kind: 'third-party',
    });
  });
});
