/**
 * Issue 15, stop 25 (unseen articles): a body named by whose it is speaks for that actor — "the
 * government of Peru" written in lower case, and "Its Secretariat of Foreign Affairs" after the
 * state the pronoun takes up. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const namesPeru = (t: string) => /\bPeru\b/.test(t);

describe('an executive body written in lower case with "of" and its owner', () => {
  it('is a body that speaks for the owner', () => {
    expect(
      clauseSpeakers(
        'The government of Peru never confirmed the withdrawal in writing.',
        peru,
        persons(),
        namesPeru,
      ),
    ).toEqual([{ name: 'government of Peru', role: null }]);
    expect(
      clauseSpeakers(
        'In May 2011, the ministry of Peru denied the report.',
        peru,
        persons(),
        namesPeru,
      ),
    ).toEqual([{ name: 'ministry of Peru', role: null }]);
  });
  it('leaves a lower-case phrase that names no body unread', () => {
    expect(
      clauseSpeakers(
        'The general parameters of Peru remained unchanged.',
        peru,
        persons(),
        namesPeru,
      ),
    ).toEqual([]);
  });
});

describe('a capitalised body owned by "its" or "their"', () => {
  it('speaks for the actor the pronoun takes up, with the rest of its name', () => {
    expect(
      clauseSpeakers(
        'Its Secretariat of Foreign Affairs holds that the question should be negotiated.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Secretariat of Foreign Affairs', role: null }]);
    expect(
      clauseSpeakers('Their National Congress rejected the bill in 2012.', peru, persons()),
    ).toEqual([{ name: 'National Congress', role: null }]);
  });
  it('is no speaker when what the pronoun owns is no body', () => {
    expect(
      clauseSpeakers('Its Kosovo Policy remained unchanged for years.', peru, persons()),
    ).toEqual([]);
  });
});
