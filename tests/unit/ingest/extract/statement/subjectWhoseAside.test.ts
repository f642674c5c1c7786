/** Issue 15: a "whose" clause in commas after the subject is an aside; the main verb is the subject's act. */
import { describe, expect, it } from 'vitest';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { finder, persons } from './fixtures';

const read = (s: string) => readSubject(s, finder.mentions(s), persons(), () => false);

describe('a whose-clause aside after the subject', () => {
  it('leaves the named subject the actor of the main verb', () => {
    expect(
      read(
        'The Green Unity Party, whose ministers had recognised Kosovo, described the proposal as reckless.',
      ),
    ).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'green-unity-party', name: 'Green Unity Party' },
      basis: 'subject',
    });
  });

  it('still leaves the words of a whose-clause after the main verb to the speaker rules', () => {
    expect(
      read('The plan was welcomed by Norway, whose foreign ministry said it was "a step forward".'),
    ).toEqual({ kind: 'actor' });
  });
});
