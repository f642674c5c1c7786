/**
 * Issue 15, stop 26: "In 2004, after the riots in which …, the synod condemned …": after a first
 * opening adverbial, a second one, lower-case after the first comma and closed by its own, leaves
 * the subject after it sound; a name inside the adverbial is not who acted. Every sentence here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => `${p.actor.type}:${p.actor.id}`,
  );
}

describe('a second opening adverbial closed by its comma', () => {
  it('leaves the subject after it to act', () => {
    expect(
      actors(
        'In 2004, after the floods in which dozens of villages were damaged, the Holy Synod of the Church of Peru condemned the delays and sent aid.',
      ),
    ).toEqual(['other:church-of-peru']);
    expect(
      actors(
        'In March 2010, during a visit by the Chilean president to Lima, the Andean Foundation for Open Debate criticised the treaty.',
      ),
    ).toEqual(['other:andean-foundation-for-open-debate']);
  });
});
