/** Issue 15 (stop 5 review, §7): a "he" or "she" that speaks is the one person the sentence before names. */
import { describe, expect, it } from 'vitest';
import { pronounSpeaker } from '../../../../../src/ingest/extract/statement/speakers';
import { PersonRegistry } from '../../../../../src/ingest/extract/persons';
import { findQuotes } from '../../../../../src/ingest/extract/quotes';

describe('pronounSpeaker', () => {
  it('"he" after a sentence naming one person as its subject is that person, with the role', () => {
    expect(
      pronounSpeaker(
        'On 3 May 2010, he stated: "The mission goes on."',
        'Despite protests, the Peruvian Foreign Minister Ana Ruiz went ahead with the plan.',
        new PersonRegistry(),
      ),
    ).toEqual({ name: 'Ana Ruiz', role: 'Peruvian Foreign Minister' });
    expect(
      pronounSpeaker(
        'She later said that talks would resume.',
        'Chilean President Michelle Bachelet visited Lima in March.',
        new PersonRegistry(),
      ),
    ).toEqual({ name: 'Michelle Bachelet', role: 'Chilean President' });
  });
  it('no one when the sentence before names a second person, known or not', () => {
    const persons = new PersonRegistry();
    persons.add({ name: 'Juan Soto', role: 'President', actor: null });
    expect(
      pronounSpeaker('He said that "no" was the answer.', 'Ana Ruiz met Soto in Lima.', persons),
    ).toBeNull();
    expect(
      pronounSpeaker(
        'He said that "no" was the answer.',
        'Ana Ruiz met Barack Obama in Lima.',
        new PersonRegistry(),
      ),
    ).toBeNull();
  });
  it('no one when the sentence is not led by "he"/"she" or the one before names a body, not a person', () => {
    const none = new PersonRegistry();
    expect(
      pronounSpeaker('Peru said that "no" was the answer.', 'Ana Ruiz visited Lima.', none),
    ).toBeNull();
    expect(
      pronounSpeaker('He said that "no" was the answer.', 'The ministry issued a note.', none),
    ).toBeNull();
  });
});

describe('findQuotes: the statement’s speaker is who "he" is in its first sentence', () => {
  it('a person given as the speaker answers "he stated: "…""', () => {
    const q = findQuotes('On 3 May 2010, he stated: "The mission goes on."', {
      name: 'Ana Ruiz',
      role: 'Peruvian Foreign Minister',
    });
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Ana Ruiz', 'Peruvian Foreign Minister']]);
  });
  it('a body given as the speaker is no "he"; without a speaker "he" stays open', () => {
    expect(
      findQuotes('He stated: "The mission goes on."', {
        name: 'Peruvian Ministry of Foreign Affairs',
        role: null,
      })[0]!.speaker,
    ).toBeNull();
    expect(findQuotes('He stated: "The mission goes on."')[0]!.speaker).toBeNull();
  });
});
