/**
 * Issue 15 (review 5 #34): words whose reporting clause comes after them ("…, Kerala said at a
 * press conference.") by the speaker of the dated statement just before, with no date of their
 * own, are more of that occasion: one statement, with its date.
 */
import { describe, expect, it } from 'vitest';
import {
  groupSentences,
  sameSpeakerAfterWords,
} from '../../../../../src/ingest/extract/statements';

// The speaker each invented sentence names, as the person register would find it.
const speakerOf = (sentence: string) =>
  /\bMarta Kerala\b|\bKerala\b/.test(sentence)
    ? 'Marta Kerala'
    : /\bJon Ostrava\b|\bOstrava\b/.test(sentence)
      ? 'Jon Ostrava'
      : null;
const grouped = (sentences: string[]) =>
  groupSentences(sentences, speakerOf, true).map((p) => ({
    sentences: p.sentences,
    date: p.date,
  }));

describe('a later remark of the same speaker on the dated occasion', () => {
  it('joins the dated statement when the surname follows the words', () => {
    expect(
      grouped([
        'The border must be settled by talks, Ruritanian Foreign Minister Marta Kerala said after meeting her counterpart on 4 March 2015.',
        'Any other way would be a mistake, Kerala said at a joint press conference with her counterpart.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2015-03-04' }]);
  });

  it('joins it when a pronoun or the full name follows the words', () => {
    expect(
      grouped([
        'On 2 June 2011 Ruritanian President Marta Kerala told reporters that the treaty stood.',
        'Ruritania would keep its word, she added.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2011-06-02' }]);
    expect(
      grouped([
        'In May 2019 Marta Kerala said that Ruritania would wait for the court.',
        'The court alone could decide the matter, Marta Kerala told the assembly.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2019-05' }]);
  });

  it('is a statement of its own when another speaker speaks', () => {
    expect(
      grouped([
        'The border must be settled by talks, Marta Kerala said on 4 March 2015.',
        'Any other way would be a mistake, Ostrava said at the same conference.',
      ]).map((p) => p.sentences),
    ).toEqual([[0], [1]]);
  });

  it('is a statement of its own when the statement before gave no date', () => {
    expect(
      grouped([
        'Ruritania has long opposed the plan, Marta Kerala said.',
        'Any other way would be a mistake, Kerala said at a press conference.',
      ]).map((p) => p.sentences),
    ).toEqual([[0], [1]]);
  });

  it('is a new act when it has a date of its own', () => {
    expect(
      grouped([
        'The border must be settled by talks, Marta Kerala said on 4 March 2015.',
        'Any other way would be a mistake, Kerala said on 9 April 2016.',
      ]).map((p) => p.date),
    ).toEqual(['2015-03-04', '2016-04-09']);
  });

  it('needs the reporting clause to close the sentence', () => {
    expect(sameSpeakerAfterWords('Talks failed, Kerala said at a meeting.', 'Marta Kerala')).toBe(
      true,
    );
    // The speaker's name opening a clause of its own is no reporting clause after the words.
    expect(
      sameSpeakerAfterWords(
        'Talks failed, Kerala said, and the army moved in the next day.',
        'Marta Kerala',
      ),
    ).toBe(false);
    expect(sameSpeakerAfterWords('Talks failed, Ostrava said.', 'Marta Kerala')).toBe(false);
    expect(sameSpeakerAfterWords('Talks failed, Kerala said.', null)).toBe(false);
  });
});
