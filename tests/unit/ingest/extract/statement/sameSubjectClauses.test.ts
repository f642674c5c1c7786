/**
 * Issue 15, boundaries (tests/gold/README.md "Statement boundaries"): one act or stance of one
 * actor is one statement. A clause of reason or concession whose subject is the main clause's own
 * subject again, with no date of its own, is part of that stance. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { nameEnding, splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a clause of reason or concession with the main clause’s subject again', () => {
  it('stays with its main clause, the subject named again or taken up by a pronoun', () => {
    for (const sentence of [
      'Peru and Chile have no formal diplomatic relations, as Peru does not recognise Chile as a state.',
      'During the war, Portugal did not block the air campaign of the alliance, although it refused to let its own aircraft take part.',
      'Chile kept its embassy in Lima open, since Chile wished to protect its citizens there.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('is cut off when its subject is another actor or it has a date of its own', () => {
    expect(
      splitActs(
        'Peru postponed the vote on the treaty, since the foreign minister of Chile had asked for more time.',
        named,
      ),
    ).toHaveLength(2);
    expect(
      splitActs(
        'Peru does not recognise the state, although it has held talks with its government since 2015 and signed two accords.',
        named,
      ),
    ).toHaveLength(2);
    expect(
      splitActs(
        'Peru and Chile have no formal diplomatic relations, as Argentina has blocked every attempt at a treaty.',
        named,
      ),
    ).toHaveLength(2);
  });
});

describe('a relative clause whose subject is the main clause’s actor', () => {
  // The caller's actor finder: a state's name, or a person the article places on a state's side.
  const actorOf = (t: string) => {
    const actor = /Ana Soto/.test(t)
      ? { type: 'state', id: 'peru' }
      : (finder.mentions(t)[0]?.actor ?? null);
    return actor ? `${actor.type}:${actor.id}` : null;
  };

  it('stays with the act it tells a circumstance of', () => {
    for (const sentence of [
      'On 5 May 2019, Prime Minister Ana Soto received the president of Chile at the summit in Cusco, which Peru hosted during its term at the head of the league.',
      'Foreign Minister Ana Soto opened the conference in Lima, which Peru organised with the league.',
    ])
      expect(splitActs(sentence, named, undefined, actorOf)).toEqual([sentence]);
  });

  it('is cut off as another actor’s act when its subject is someone else', () => {
    expect(
      splitActs(
        'On 5 May 2019, Prime Minister Ana Soto received the president of Chile at the summit in Cusco, which Chile boycotted the year after.',
        named,
        undefined,
        actorOf,
      ),
    ).toHaveLength(2);
    expect(
      splitActs(
        'The resolution of the league reaffirmed the sovereignty of Chile, which Peru uses to justify its stance.',
        named,
        undefined,
        actorOf,
      ),
    ).toHaveLength(2);
  });
});

describe('a relative clause after a first clause whose subject only points back', () => {
  const nameBefore = nameEnding(finder);

  it('stays: the antecedent is the one who acts in both, one act', () => {
    for (const sentence of [
      'This prompted a protest from the foreign ministry of Chile, which summoned the ambassador of Peru.',
      'It drew a sharp reaction from the government of Peru, which recalled its envoy from Santiago.',
    ])
      expect(splitActs(sentence, named, nameBefore)).toEqual([sentence]);
  });

  it('is still cut off after a first clause with a subject of its own', () => {
    expect(
      splitActs(
        'Peru lodged a protest with the foreign ministry of Chile, which summoned the ambassador of Peru.',
        named,
        nameBefore,
      ),
    ).toHaveLength(2);
  });
});
