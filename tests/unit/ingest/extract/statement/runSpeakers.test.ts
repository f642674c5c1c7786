/**
 * Issue 15, stop 26: a statement told over several sentences keeps the speakers its first sentence
 * names. A later sentence that carries the act on and names a speaker of its own ("Its foreign
 * minister said …") does not make that person the speaker of the first sentence's act. Every
 * sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function prose(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set()).positions.map((p) => ({
    actor: p.actor.id,
    text: p.text,
    speakers: p.speakers.map((s) => s.name ?? s.role),
  }));
}

describe('a run whose first sentence names no speaker', () => {
  it('takes none from the sentence that carries it on', () => {
    const named = prose(
      'Chile recognised Kosovo on 3 March 2009, after long talks with its neighbours. Foreign Minister Ana Ruiz Vidal said the decision reflected "the will of the Chilean people".',
    );
    expect(named[0]).toMatchObject({ actor: 'chile', speakers: [] });
    const body = prose(
      'In May 2010 Peru recognised Kosovo, the last Andean state to do so. The Peruvian Ministry of Foreign Affairs said the step had been "carefully weighed".',
    );
    expect(body[0]).toMatchObject({ actor: 'peru', speakers: [] });
  });
});

describe('a run whose first sentence names its speaker', () => {
  it('keeps that speaker', () => {
    const run = prose(
      'On 3 March 2009, Foreign Minister Ana Ruiz Vidal announced that Chile would recognise Kosovo. She added that Chile would open an embassy "in due course".',
    );
    expect(run[0]).toMatchObject({ actor: 'chile', speakers: ['Ana Ruiz Vidal'] });
  });
});
