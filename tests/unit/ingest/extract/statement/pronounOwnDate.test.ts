/**
 * Issue 15, boundaries: ", and it kept …" — a clause whose subject is a pronoun for the actor of
 * the clause before, with a date of its own, tells a second act on another occasion and is cut off
 * as one; a stance verb bounded by that date ("kept … after 2008") describes a standing. Every
 * sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { statementVoice } from '../../../../../src/ingest/extract/statement/voice';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a pronoun clause after ", and" with a date of its own', () => {
  it('is cut off when both clauses are dated', () => {
    expect(
      splitActs(
        'Peru has sent observers to the mission since 2004, and it renewed the mandate in March 2011.',
        named,
      ),
    ).toEqual([
      'Peru has sent observers to the mission since 2004',
      'it renewed the mandate in March 2011.',
    ]);
    expect(
      splitActs(
        'Chile has funded the clinic in Arica since 1998, and it kept the grant after 2010 despite the dispute.',
        named,
      ),
    ).toEqual([
      'Chile has funded the clinic in Arica since 1998',
      'it kept the grant after 2010 despite the dispute.',
    ]);
  });

  it('stays whole when the clause before has no date, or the date is in the words reported', () => {
    for (const sentence of [
      'The mandate of Peru was extended several times, and it lasted until January 2021.',
      'Peru sent observers to the mission in 2004, and it said that in 2011 the mandate would end.',
      'Chile opened an embassy in Lima in 2009, and it remains the only one in the region.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('stays whole for "he" or "she", whose side the clause cut off could not carry', () => {
    const sentence =
      'He presented the plan to the two leaders in Lima on 2 May 2019, and he announced the accord in Quito the following month.';
    expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('the voice of a stance verb bounded by its only date', () => {
  const voice = (first: string) =>
    statementVoice({
      text: first,
      first,
      dated: true,
      speaks: false,
      isSubject: true,
      reporter: null,
    });

  it('is described: "kept … after 2010" holds a standing, no occasion', () => {
    expect(voice('it kept the grant after 2010 despite the dispute.')).toBe('described');
    expect(voice('Chile maintained its embassy until 2015.')).toBe('described');
  });

  it('stays stated for an act, or a stance verb dated on an occasion', () => {
    expect(voice('it renewed the mandate after 2010.')).toBe('stated');
    expect(voice('Chile kept its embassy open in March 2012.')).toBe('stated');
  });
});
