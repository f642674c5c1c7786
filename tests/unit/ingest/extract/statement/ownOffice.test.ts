/**
 * Review 7 (irk:17): "According to the <office>, …" where the office is named by its common noun
 * alone is the actor's own officer giving the actor's words: a speaker, not a reporter, and quoted
 * words make the statement quoted. An office or body with an owner of its own stays a reporter.
 */
import { describe, expect, it } from 'vitest';
import {
  accordingToOwnOffice,
  reporterOf,
} from '../../../../../src/ingest/extract/statement/reporter';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import type { ActorRef } from '../../../../../src/schemas';
import { countries, fixtureArticle, orgs, persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const notActor = () => false;

describe('"According to" the actor’s own office', () => {
  it('is no reporter when the office or body is named by its common noun alone', () => {
    expect(
      reporterOf('According to the Secretary-General, the "League has stayed neutral".', notActor),
    ).toBeNull();
    expect(reporterOf('According to the foreign ministry, Peru "will wait".', notActor)).toBeNull();
    expect(
      reporterOf('In 2010, according to the president, Peru "had no plans".', notActor),
    ).toBeNull();
  });
  it('stays a reporter when no words of the office follow in quotation marks', () => {
    // Whose president? Without the office's own words, another state's may be telling of Peru.
    expect(reporterOf('According to the president, Peru will wait.', notActor)).toBe('president');
  });
  it('stays a reporter when the phrase names anyone or anything else', () => {
    expect(reporterOf('According to the Chilean president, Peru will wait.', notActor)).toBe(
      'Chilean president',
    );
    expect(reporterOf('According to the daily El Sol, Peru will wait.', notActor)).toBe(
      'daily El Sol',
    );
    expect(reporterOf('According to leaked cables, Peru will wait.', notActor)).toBe(
      'leaked cables',
    );
  });
  it('gives the office as the speaker, written as the sentence writes it', () => {
    expect(accordingToOwnOffice('According to the Foreign Ministry, Peru "will wait".')).toBe(
      'Foreign Ministry',
    );
    expect(accordingToOwnOffice('According to the Foreign Ministry, Peru will wait.')).toBeNull();
    expect(accordingToOwnOffice('According to the Chilean president, Peru will wait.')).toBeNull();
    expect(
      clauseSpeakers(
        'According to the Secretary-General, Peru "will wait for the court".',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Secretary-General' }]);
  });
  it('makes the statement the actor’s quoted words', () => {
    const { doc, persons: people } = fixtureArticle(
      'According to the foreign ministry, Peru "will not recognise the declaration before the court rules".',
      'Foreign relations of Peru',
    );
    const [p] = extractProsePositions(doc, countries, orgs, people, new Set()).positions;
    expect(p).toMatchObject({
      actor: { id: 'peru' },
      voice: 'quoted',
      reporter: null,
      speakers: [{ name: null, role: 'foreign ministry' }],
    });
  });
});
