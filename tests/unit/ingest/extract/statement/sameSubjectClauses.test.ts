/**
 * Issue 15, boundaries (tests/gold/README.md "Statement boundaries"): one act or stance of one
 * actor is one statement. A clause of reason or concession whose subject is the main clause's own
 * subject again, with no date of its own, is part of that stance. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
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
