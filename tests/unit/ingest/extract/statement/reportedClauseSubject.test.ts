/**
 * Issue 15: a speaker with a role and no state ("President Ana Ruiz said …") is not placed by a name
 * inside the words she said. Kosovo (or any state) named as the subject of a clause after the
 * speech verb is what was said, not who spoke; only a state announced as doing something ("said in
 * 2019 that Peru could …") speaks through her, whatever time phrase stands before "that".
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { mergePositions } from '../../../../../src/ingest/positions';

const actors = (text: string) => {
  const { doc, persons } = fixtureArticle(text);
  const { positions } = extractProsePositions(doc, countries, orgs, persons, new Set());
  return mergePositions(positions, (a) => `/${a.id}/`).map((p) => `${p.actor.type}:${p.actor.id}`);
};

describe('a name in the words a speaker said does not place the speaker', () => {
  it('does not make Kosovo the actor of a speaker whose words name Pristina', () => {
    expect(
      actors(
        'President Ana Ruiz said that the talks would go on until Belgrade and Pristina had agreed.',
      ),
    ).not.toContain('other:kosovo');
    expect(
      actors(
        'President Ana Ruiz said that the talks would go on until Belgrade and Pristina had agreed.',
      ),
    ).toEqual([]);
  });

  it('reads the state a speaker announces as acting, with a time phrase before "that"', () => {
    expect(
      actors(
        'President Ana Ruiz said in 2019 that Peru could reconsider its position once Belgrade and Pristina had reached an agreement.',
      ),
    ).toEqual(['state:peru']);
    expect(
      actors('Foreign Minister Ana Ruiz announced on 3 May 2011 that Peru would open an embassy.'),
    ).toEqual(['state:peru']);
  });
});
