/**
 * Issue 15: a person who changes office speaks for the side of the office the sentence names
 * ("Speaking as High Representative, Quispe …"), not the side of the first office the article gave.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';
import { extractProsePositions } from '../../../src/ingest/prosePositions';

const actors = (text: string) => {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map(
    (p) => p.actor.id,
  );
};

describe('the office a sentence gives a person', () => {
  const placed =
    "In 2015, Peru's Foreign Minister Ana Quispe visited Pristina. In 2019, the European Union's High Representative Ana Quispe visited Lima. ";

  it("decides the person's side before the first office the article gave", () => {
    expect(
      actors(
        placed +
          'Speaking as High Representative in 2020, Quispe said that the union takes no position on recognition.',
      ).at(-1),
    ).toBe('european-union');
  });

  it('keeps the first office when the sentence names none', () => {
    expect(
      actors(placed + 'In 2016, Quispe said that Peru would not recognise Kosovo.').at(-1),
    ).toBe('peru');
  });
});
