/**
 * Issue 15, stop 26: "the two chambers of the Parliament of Peru met …": the chambers of a
 * legislature acting together are that legislature, which speaks for its state. Every sentence here
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };

describe('the chambers of a legislature as the subject', () => {
  it('speak as the legislature', () => {
    expect(
      clauseSpeakers(
        'On 18 February 2008, the day after the declaration, the two chambers of the Parliament of Peru met in a joint session.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Parliament of Peru', role: null }]);
    expect(
      clauseSpeakers(
        'In 2011 both houses of the Congress of Peru voted against the treaty.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Congress of Peru', role: null }]);
  });

  it('leave members of a legislature to the other rules', () => {
    expect(
      clauseSpeakers(
        'In 2011 two members of the Congress of Peru voted against the treaty.',
        peru,
        persons(),
      ),
    ).not.toEqual([{ name: 'Congress of Peru', role: null }]);
  });
});
