/**
 * Issue 15 (unseen tune): a clause cut from its sentence after "and" or "but" opens in lower case
 * with its time adverbial and no comma ("… and the following day the ministry said …"); the speaker
 * is the subject after the adverbial. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const chile: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };

describe('a cut clause opening with a time adverbial and no comma', () => {
  it('reads the speaker after the adverbial', () => {
    expect(
      clauseSpeakers(
        'the following day the Peruvian foreign ministry said that Peru would abstain',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian foreign ministry', role: null }]);
    expect(
      clauseSpeakers(
        'a week later the Peruvian embassy issued a statement on the vote',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian embassy', role: null }]);
    expect(
      clauseSpeakers(
        'since 2015 the Chilean Senate has blocked every ratification',
        chile,
        persons(),
      ),
    ).toEqual([{ name: 'Chilean Senate', role: null }]);
  });

  it('leaves a clause with no such opening as it was', () => {
    expect(clauseSpeakers('the following day Peru abstained in the vote', peru, persons())).toEqual(
      [],
    );
    expect(
      clauseSpeakers('the following weeks were spent in talks with Chile', peru, persons()),
    ).toEqual([]);
  });
});
