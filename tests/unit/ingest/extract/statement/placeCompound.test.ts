/**
 * Issue 15, stop 26: "the Lima-based Andean Centre described …": a place joined by a hyphen to
 * "based" (or "headquartered", "located", "registered") is one adjective before the subject's head.
 * The parse split it at the hyphen and took the place for the subject; the body is who acts, and
 * where it is based is no part of its name. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: `${p.actor.type}:${p.actor.id}`,
    speakers: p.speakers.map((s) => s.name ?? s.role),
  }));
}

describe('a place-based body as the subject', () => {
  it('is the whole noun phrase, not the place', () => {
    expect(
      mainClause(
        'In a paper published in May 2014, the Lima-based Andean Centre for Policy Studies described the talks as stalled.',
      ).subject?.text,
    ).toBe('the Lima-based Andean Centre for Policy Studies');
    expect(
      mainClause(
        'The Quito-headquartered Foundation for Coastal Research said the port was closed.',
      ).subject?.text,
    ).toBe('The Quito-headquartered Foundation for Coastal Research');
  });

  it('acts under its own name, never the place or the state of its seat', () => {
    expect(
      prose(
        'In a paper published in May 2014, the Lima-based Andean Centre for Policy Studies described Chile’s refusal as the most rigid in the region.',
      ),
    ).toEqual([{ actor: 'other:andean-centre-for-policy-studies', speakers: [] }]);
    // The seat is a capital the atlas reads as its state ("Belgrade" for Serbia): still the body.
    expect(
      prose(
        'The Belgrade-based Centre for Regional Dialogue said in 2012 that Peru had refused to recognise Kosovo.',
      ),
    ).toEqual([{ actor: 'other:centre-for-regional-dialogue', speakers: [] }]);
    // Named with its seat, the body is not a speaker for itself.
    expect(
      prose(
        'The Belgrade-based Humanitarian Rights Centre said in 2012 that Serbia had failed to investigate the killings.',
      ),
    ).toEqual([{ actor: 'other:humanitarian-rights-centre', speakers: [] }]);
  });
});
