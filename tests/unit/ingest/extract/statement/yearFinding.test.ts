/**
 * Issue 15: "A 2019 report by the X Institute described …": the parse ends the subject at the year,
 * before the finding's noun; the report's author is still its actor. A nationality inside an author's
 * name whose head is a body of its own ("the Peruvian Institute for …") is where the body is from,
 * not its state acting; inside a state's organ ("the Peruvian Ministry of …") it gives no body.
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

describe('a finding dated by its year, and its author', () => {
  it('reads the author after a year and the finding noun', () => {
    expect(
      actors('A 2016 poll by the Tarn Centre for Democracy found that most opposed it.'),
    ).toEqual(['other:tarn-centre-for-democracy']);
  });

  it("reads an institute with a nationality in its name as the institute's act", () => {
    expect(
      actors(
        'A 2019 report by the Peruvian Institute for Policy Research described Chile as its most reliable partner.',
      ),
    ).toEqual(['other:peruvian-institute-for-policy-research']);
    expect(
      actors(
        'A 2016 poll by the Peruvian Institute for Public Opinion found that most opposed it.',
      ),
    ).toEqual(['other:peruvian-institute-for-public-opinion']);
  });

  it("makes no body of a state's ministry", () => {
    expect(
      actors('A 2016 poll by the Peruvian Ministry of Culture found that most opposed it.'),
    ).toEqual([]);
  });
});
