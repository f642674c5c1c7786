/**
 * Issue 15, cause 3: a definite noun phrase that names the previous act's kind ("The same
 * statement", "The letter", "The resolution"), with no actor or date of its own, carries that act on.
 */
import { describe, expect, it } from 'vitest';
import {
  groupSentences,
  namesActOf,
  statedDate,
} from '../../../../../src/ingest/extract/statements';

const grouped = (sentences: string[]) =>
  groupSentences(sentences, () => null, true).map((p) => ({
    sentences: p.sentences,
    date: p.date,
  }));

describe('a sentence naming the act just told again', () => {
  it('carries it on with "the same" before the act’s noun', () => {
    expect(
      grouped([
        'On 3 May 2010, the Peruvian foreign ministry issued a statement saying that Peru would wait.',
        'The same statement called on all parties to keep talking.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2010-05-03' }]);
    expect(
      grouped([
        'In June 2011 the Chilean government sent a letter to the council.',
        'The said letter asked the council to act.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2011-06' }]);
  });

  it('carries it on with "also" or "further" after the noun', () => {
    expect(
      grouped([
        'In 2012 the Peruvian congress adopted a resolution on the dispute.',
        'The resolution further urged the government to wait.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2012' }]);
    expect(
      grouped([
        'On 9 April 2014 Chile sent a letter to the secretary-general.',
        'The letter also said that Chile would not recognise the state.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2014-04-09' }]);
  });

  it('is read as the same act in prose, whatever the subject finder makes of it', () => {
    expect(
      namesActOf(
        'The same statement called on all parties to keep talking.',
        'On 3 May 2010, the ministry issued a statement saying that Peru would wait.',
      ),
    ).toBe(true);
    // A noun the previous act did not make is no continuation.
    expect(
      namesActOf(
        'The same resolution called for calm.',
        'On 3 May 2010, the ministry issued a statement.',
      ),
    ).toBe(false);
  });

  it('is a new act when it has a date of its own', () => {
    expect(
      grouped([
        'In 2012 the Peruvian congress adopted a resolution on the dispute.',
        'The same resolution was criticised by Chile in 2013.',
      ]).map((p) => p.date),
    ).toEqual(['2012', '2013']);
  });
});

describe('a year after an opening preposition', () => {
  it('dates the clause ("In 2005 the police …"), while a year after a name does not', () => {
    expect(statedDate('In 2005 the police seized the office of the union.')?.date).toBe('2005');
    expect(statedDate('On 2011 the league imposed new rules.')?.date).toBe('2011');
    expect(statedDate('Peru sent dancers to the Lima Young Dancers 2011 competition.')).toBeNull();
  });
});

describe('a subject that shares its first word with the speaker', () => {
  it('carries a person’s statement on, not a body’s', () => {
    const speaker = (name: string) => (sentence: string) =>
      /^(?:On|In)\s/.test(sentence) ? name : null;
    expect(
      groupSentences(
        [
          'On 3 May 2010, the director of the Peruvian foreign ministry, Soto Ramos, stressed that Peru would wait.',
          'Soto drew parallels with other cases and stated that Peru was careful.',
        ],
        speaker('Soto Ramos'),
        true,
      ).map((p) => p.sentences),
    ).toEqual([[0, 1]]);
    expect(
      groupSentences(
        [
          'On 3 May 2010, the Peruvian Secretariat of Foreign Affairs issued a statement saying that Peru would wait.',
          'Peruvian government officials have since then said that Peru does not intend to recognise the state.',
        ],
        speaker('Peruvian Secretariat of Foreign Affairs'),
        true,
      ).map((p) => p.sentences),
    ).toEqual([[0], [1]]);
  });
});
