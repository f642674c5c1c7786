/**
 * Issue 15: "Metropolitan X of the Ruritanian Orthodox Church condemned …": a clergyman's or an
 * officer's title and name, then the body of its own they hold it in. The body acts (as the guide's
 * `other:serbian-orthodox-church` for its clergy), not a body named after the person's title.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { mergePositions } from '../../../../../src/ingest/positions';

function actors(text: string) {
  const { doc, persons } = fixtureArticle(text);
  const { positions } = extractProsePositions(doc, countries, orgs, persons, new Set());
  return mergePositions(positions, (a) => `/${a.id}/`).map((p) => `${p.actor.type}:${p.actor.id}`);
}

describe('a titled person "of the" body they serve', () => {
  it('makes the church the actor of its bishop', () => {
    expect(
      actors('Bishop Ana Ruiz of the Tarn Evangelical Church condemned the recognition in 2009.'),
    ).toEqual(['other:tarn-evangelical-church']);
  });

  it('reads the body with a nationality in its name', () => {
    expect(
      actors(
        'Metropolitan Ana Ruiz of the Peruvian Orthodox Church called the recognition "a shameful act" in 2009.',
      ),
    ).toEqual(['other:peruvian-orthodox-church']);
  });

  it('leaves a title that is no role in a body of its own alone', () => {
    expect(
      actors('Director Ana Ruiz of the Tarn Evangelical Church condemned the recognition in 2009.'),
    ).toEqual([]);
  });
});
