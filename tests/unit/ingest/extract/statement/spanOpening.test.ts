/**
 * Issue 15, actors: "For several months the Peruvian government postponed …" — a span of time
 * opening the sentence with no comma after it is no part of the subject: the organ after it is the
 * subject, and its state the actor. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';

describe('an opening span of time with no comma', () => {
  it('leaves the subject after it', () => {
    expect(
      mainClause('For several months the Peruvian government postponed a decision on the treaty.')
        .subject,
    ).toEqual({ text: 'the Peruvian government', start: 19, end: 42 });
    expect(
      mainClause('Over the next years the Chilean navy patrolled the coast.').subject?.text,
    ).toBe('the Chilean navy');
  });

  it('makes the state of the organ after it the actor', () => {
    const { doc, persons } = fixtureArticle(
      'For several months the Peruvian government postponed a decision on the treaty with Chile.',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => [p.actor.id, p.actorBasis])).toEqual([['peru', 'demonym']]);
  });
});
