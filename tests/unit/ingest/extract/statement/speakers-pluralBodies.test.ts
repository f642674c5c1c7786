/**
 * Issue 15 (unseen tune): a body named in the plural ("Peruvian governments", "the Chilean
 * embassies") is that body over time or in several places, and speaks for its state as the body
 * named once does. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const chile: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };

describe('a body in the plural as the subject', () => {
  it('speaks for its state', () => {
    expect(
      clauseSpeakers(
        'Successive Peruvian governments have called their policy one of "cautious friendship".',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Successive Peruvian governments', role: null }]);
    expect(
      clauseSpeakers('The Chilean embassies refused to issue the visas.', chile, persons()),
    ).toEqual([{ name: 'Chilean embassies', role: null }]);
    expect(
      clauseSpeakers('Peruvian parliaments have twice rejected the treaty.', peru, persons()),
    ).toEqual([{ name: 'Peruvian parliaments', role: null }]);
  });

  it('does not make a plural that names no body a speaker', () => {
    expect(clauseSpeakers('Peruvian farmers have rejected the treaty.', peru, persons())).toEqual(
      [],
    );
  });
});
