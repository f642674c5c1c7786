/**
 * Issue 15 (unseen articles): "After the court found in July 2010 that …, Foreign Minister X said …"
 * — a fronted clause of time with its own subject and date tells another's earlier act.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;
const actorOf = (t: string) => finder.mentions(t)[0]?.actor.id ?? null;
const split = (s: string) => splitActs(s, named, () => -1, actorOf);

describe('a fronted clause of time with a subject and a date of its own', () => {
  it('is cut off as the earlier act of its subject', () => {
    expect(
      split(
        'After the court ruled in May 2012 that the border treaty was void, the President of Peru said that his government would appeal.',
      ),
    ).toEqual([
      'After the court ruled in May 2012 that the border treaty was void',
      'the President of Peru said that his government would appeal.',
    ]);
    expect(
      split('When Chile closed its embassy on 3 June 2014, Peru recalled its ambassador.'),
    ).toEqual(['When Chile closed its embassy on 3 June 2014', 'Peru recalled its ambassador.']);
  });

  it('stays whole without a date, with a pronoun, or with the main clause’s own subject', () => {
    for (const sentence of [
      'After Chile closed its embassy, Peru recalled its ambassador.',
      'After it met in May 2012, the council issued a statement.',
      'After Peru lost the case in May 2012, Peru recalled its ambassador.',
    ])
      expect(split(sentence)).toEqual([sentence]);
  });
});

describe('a fronted clause of time that tells a change of state', () => {
  it('stays with the main clause', () => {
    const sentence =
      'After Ruiz became the President of the Assembly in May 2012, the Prime Minister of Peru questioned whether she could be neutral.';
    expect(split(sentence)).toEqual([sentence]);
  });
});
