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

describe('pronounSpeaker: the shapes an unseen article wrote', () => {
  it('"he" after an opening date adverbial that no comma closes', () => {
    expect(
      pronounSpeaker(
        'In June 2011 he rejected the proposal of a land swap.',
        'Chilean President Michelle Bachelet visited Lima in March.',
        new PersonRegistry(),
      ),
    ).toEqual({ name: 'Michelle Bachelet', role: 'Chilean President' });
    expect(
      pronounSpeaker(
        'On 4 May 2012 she told reporters that the talks had failed.',
        'Foreign Minister Ana Ruiz flew to Quito.',
        new PersonRegistry(),
      ),
    ).toEqual({ name: 'Ana Ruiz', role: 'Foreign Minister' });
  });
  it('a person named as the possessor of the subject is not a second person', () => {
    const persons = new PersonRegistry();
    persons.add({ name: 'Juan Soto', role: 'President', actor: null });
    expect(
      pronounSpeaker(
        'He said that "no" was the answer.',
        "Soto's successor, Ana Ruiz, kept the policy.",
        persons,
      ),
    ).toMatchObject({ name: 'Ana Ruiz' });
    // Named as anything else, he is.
    expect(
      pronounSpeaker('He said that "no" was the answer.', 'Ana Ruiz succeeded Soto.', persons),
    ).toBeNull();
  });
  it('a subject "he" cannot take up (a state, a body) leaves the one person the sentence names', () => {
    const none = new PersonRegistry();
    expect(
      pronounSpeaker(
        'He told reporters that nothing would change.',
        'Peru held an election in May 2021, which was won by Pedro Castillo.',
        none,
      ),
    ).toEqual({ name: 'Pedro Castillo', role: null });
    expect(
      pronounSpeaker(
        'She said that the visit had been useful.',
        'The Chilean Foreign Ministry received Michelle Bachelet in Santiago.',
        none,
      ),
    ).toMatchObject({ name: 'Michelle Bachelet' });
    // Two people named: "he" could be either.
    expect(
      pronounSpeaker(
        'He told reporters that nothing would change.',
        'Peru held talks with Pedro Castillo and Juan Soto.',
        none,
      ),
    ).toBeNull();
    // A subject that holds an office is who "he" takes up, never the other person named.
    expect(
      pronounSpeaker(
        'He told reporters that nothing would change.',
        "Peru's foreign minister met Pedro Castillo.",
        none,
      ),
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
