/**
 * Issue 15, stop 25 (unseen articles): "the Colombian vice-minister" — an office with a rank prefixed
 * by a hyphen is that office, so its nationality places the act and the role speaks. Every sentence
 * here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    speakers: p.speakers.map((s) => s.role),
  }));
}

describe('an office with a rank prefixed by a hyphen', () => {
  it('is the office: the nationality places the act, the role speaks', () => {
    expect(
      prose('In 2014 the Peruvian vice-minister promised that Peru would support the bid.'),
    ).toEqual([{ actor: 'peru', speakers: ['Peruvian vice-minister'] }]);
    expect(
      prose('In 2016 the Chilean acting-ambassador said that Chile would abstain.'),
    ).toMatchObject([{ actor: 'chile' }]);
  });
});
