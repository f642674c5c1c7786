/**
 * Issue 15, voice (tests/gold/README.md "Voice"), read from what the sentence says: a subject that
 * points back to what was told with a demonstrative ("These positions", "Such choices"), naming no
 * one who acts, in the present tense is the source's own reasoning (analysis); words in quotation
 * marks that a verb of saying introduces are quoted. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { voiceOfSentence } from './fixtures';

const voice = voiceOfSentence;

describe('a demonstrative subject naming no one', () => {
  it('is analysis in the present tense, whatever its noun', () => {
    expect(voice('These positions reflect the weight of the border question in Peru.')).toBe(
      'analysis',
    );
    expect(voice('Such choices show how far the two governments have drifted apart.')).toBe(
      'analysis',
    );
    expect(voice('These recent moves suggest a slow change in the policy of Chile.')).toBe(
      'analysis',
    );
  });

  it('is not analysis when the noun names who acts, in the past, or with a date', () => {
    expect(voice('These officials reject any link between the two cases.')).not.toBe('analysis');
    expect(voice('These countries insist on a negotiated settlement.')).not.toBe('analysis');
    expect(voice('These moves angered the government of Peru.')).toBe('stated');
    expect(voice('These moves reflect a change of course.', { dated: true })).toBe('stated');
  });
});

describe('words in quotation marks that a verb of saying introduces', () => {
  it('are quoted, with an adverbial between the verb and its "that" clause, whoever acts', () => {
    for (const sentence of [
      'The institute, a think tank, wrote in 2021 that the policy of Peru was "out of step" with its neighbours.',
      'The foreign minister said two days later that Chile would "take its decision at a later stage".',
      'The league stated at a press conference in Lima that the vote had been "a grave error".',
    ])
      expect(voice(sentence, { isSubject: false })).toBe('quoted');
  });

  it('are not when no verb of saying introduces them, or the quotation marks set off a term', () => {
    expect(
      voice('Peru described the so-called "precedent" as dangerous.', { isSubject: false }),
    ).not.toBe('quoted');
    expect(
      voice('The policy of Peru was known as "constructive engagement" in the press.', {
        isSubject: false,
      }),
    ).not.toBe('quoted');
  });
});

describe('an impersonal passive of a view ("It is widely assumed that …")', () => {
  it('is the source’s analysis: it names no one who holds the view', () => {
    for (const sentence of [
      'It is widely assumed that Peru would not recognise the state before Chile does.',
      'It was generally believed that the government of Chile would abstain.',
      'However, it has long been thought that Peru will follow its neighbours.',
    ])
      expect(voice(sentence, { isSubject: false })).toBe('analysis');
  });

  it('is not when a report is named, or the subject acts', () => {
    expect(
      voice('It was reported that Chile had not informed the league.', {
        isSubject: false,
        reporter: 'an unnamed report',
      }),
    ).toBe('reported');
    expect(voice('Peru assumed that Chile would abstain.')).not.toBe('analysis');
  });
});
