/**
 * Actor rules read from a clause's structure, checked on invented sentences of several shapes: who
 * speaks in a relative clause on "whose", whose side an unplaced official speaks for, a group of
 * people named by an agent noun, a subject whose apposition stands in commas before its verb.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';
import { extractProsePositions } from '../../../src/ingest/prosePositions';

function prose(text: string, title?: string) {
  const { doc, persons } = fixtureArticle(text, title);
  return extractProsePositions(doc, countries, orgs, persons, new Set());
}
const actors = (text: string, title?: string) =>
  prose(text, title).positions.map((p) => `${p.actor.type}:${p.actor.id}`);

describe('a relative clause on "whose": its speaker is the named noun it hangs from', () => {
  it('gives the act to the state the clause hangs from, in a passive or an active clause', () => {
    expect(
      actors(
        'The plan was welcomed by Norway, whose foreign ministry said it was "a step forward".',
      ),
    ).toEqual(['state:norway']);
    expect(
      actors('The agreement was signed after talks with Japan, whose envoy stated that it was fair.'),
    ).toEqual(['state:japan']);
    expect(
      actors('The measure drew criticism from Brazil, whose foreign minister said it was unlawful.'),
    ).toEqual(['state:brazil']);
  });

  it('leaves the sentence unattributed when the noun before "whose" names no actor', () => {
    const result = prose('The plan was welcomed by a minister, whose office said it was fair.');
    expect(result.positions).toEqual([]);
  });
});

describe('an "it" standing for a that-clause after a passive points back to no one', () => {
  it('does not carry the actor before into "It was reported that …", "It is believed that …"', () => {
    for (const second of [
      'It was reported that the envoy had not informed the Council in advance.',
      'It is believed that the talks had failed.',
      'It has been alleged that the officials were bribed.',
    ]) {
      const result = prose(`Sweden announced a new envoy. ${second}`);
      expect(result.positions.map((p) => p.text)).toEqual(['Sweden announced a new envoy.']);
      expect(result.unattributed.map((u) => u.sentence)).toEqual([second]);
    }
  });

  it('still carries the actor into an "It" that is the subject of its own act', () => {
    const result = prose('Sweden announced a new envoy. It was welcomed by the press.');
    expect(result.positions.map((p) => p.actor.id)).toEqual(['sweden']);
    expect(result.positions[0]!.text).toBe(
      'Sweden announced a new envoy. It was welcomed by the press.',
    );
  });
});
