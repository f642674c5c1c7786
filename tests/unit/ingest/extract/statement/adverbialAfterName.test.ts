/**
 * Issue 15, dates (tests/gold/README.md "Dates"): the date of an act is the date adverbial of its
 * clause, even after a name, when it stands in the verb's own phrase. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { adverbialDate } from '../../../../../src/ingest/extract/statements';

describe('a date after a name', () => {
  it('is the act’s when it stands before the "that" clause of a verb of saying', () => {
    for (const sentence of [
      'The president of Peru said in an interview with the daily El Comercio in 2019 that the treaty was void.',
      'Ana Soto told reporters at a meeting in Lima on 3 May 2012 that Chile would not sign.',
      'The ministry of Chile announced at a press conference in Santiago in June 2016 that it would recall its envoy.',
    ])
      expect(adverbialDate(sentence)).toBe(true);
  });

  it('is the act’s when it closes the occasion a "during" gives', () => {
    for (const sentence of [
      'The president of Peru thanked Chile for its support during talks with Ana Soto in Santiago in December 2021.',
      'Chile raised the question of the border during a visit to Lima in May 2014.',
    ])
      expect(adverbialDate(sentence)).toBe(true);
  });

  it('dates only the noun before it otherwise', () => {
    for (const sentence of [
      'The president of Peru compared the protests to the revolution in Ukraine in 2004 and called for calm.',
      'Chile said that the election in Peru in 2019 had been fair.',
    ])
      expect(adverbialDate(sentence)).toBe(false);
  });
});
