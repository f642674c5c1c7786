/**
 * Issue 15 (statements found): "Though Russia has openly supported Serbia …, Russia also welcomed
 * …" — the concessive clause cut off its main clause is a statement of its own subject: the
 * subordinator is no subject, and the clause describes a standing stance.
 */
import { describe, expect, it } from 'vitest';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { countries, fixtureArticle, orgs } from './fixtures';

const prose = (text: string) => {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    voice: p.voice,
    text: p.text,
  }));
};

describe('a concessive clause cut off its main clause', () => {
  it('has the subject after its subordinator, not the subordinator', () => {
    for (const [clause, subject] of [
      [
        'Though Peru has openly supported Chile over the islands and has still maintained it',
        'Peru',
      ],
      ['While Peru recognises the islands as Chilean', 'Peru'],
      ['Although the council met twice in 2010', 'the council'],
      ['Even though Cuba had voted for the motion', 'Cuba'],
    ] as const)
      expect(mainClause(clause).subject?.text, clause).toBe(subject);
  });

  it('keeps the subordinator out of the subject only when no main clause follows in the text', () => {
    expect(mainClause('Though Peru supported Chile, Cuba welcomed the talks.').subject?.text).toBe(
      'Cuba',
    );
  });

  it('is a described stance of its own subject beside the main act', () => {
    expect(
      prose(
        'Though Peru has openly supported Chile over the islands and has still maintained it, Peru also welcomed the talks between the two nations.',
      ),
    ).toEqual([
      {
        actor: 'peru',
        voice: 'described',
        text: 'Though Peru has openly supported Chile over the islands and has still maintained it',
      },
      {
        actor: 'peru',
        voice: 'stated',
        text: 'Peru also welcomed the talks between the two nations.',
      },
    ]);
    expect(
      prose(
        'Although Chile has long backed the claim of Cuba, the Chilean government welcomed the ruling in 2012.',
      ).map((p) => [p.actor, p.voice]),
    ).toEqual([
      ['chile', 'described'],
      ['chile', 'stated'],
    ]);
  });
});
