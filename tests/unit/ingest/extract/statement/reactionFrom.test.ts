/**
 * Issue 15, stop 25 (unseen articles): "This prompted a protest from the Ruritanian ministry" tells
 * the reaction of the agent after "from", not an act of the subject it points back to. Every
 * sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { reactionFrom } from '../../../../../src/ingest/extract/statement/reactions';

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    speakers: p.speakers.map((s) => s.name ?? s.role),
  }));
}

describe('a reaction the subject caused', () => {
  it("is the agent's act, who speaks", () => {
    expect(
      prose(
        'In June 2009 Chile hosted the Kosovar minister. This prompted a protest from the Peruvian Foreign Ministry, which summoned the Chilean ambassador.',
      ).at(-1),
    ).toEqual({ actor: 'peru', speakers: ['Peruvian Foreign Ministry'] });
    expect(
      prose(
        'In 2010 Chile opened an office in Pristina. The decision drew sharp criticism from Peru.',
      ).at(-1),
    ).toMatchObject({ actor: 'peru' });
  });
  it('reads the agent as written, up to its clause', () => {
    expect(
      reactionFrom('It provoked an official complaint from the Andean Parliament in May.'),
    ).toEqual({ text: 'the Andean Parliament', index: 39 });
    // No reaction noun: the subject's own act.
    expect(reactionFrom('This prompted talks from the start.')).toBeNull();
    expect(reactionFrom('Peru received a protest from Chile.')).toBeNull();
  });
});
