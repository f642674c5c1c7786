/**
 * Issue 15 (unseen articles): a sentence of saying whose words are about the act just told, which
 * it names by a definite noun after its verb ("said the decision …", "explained that its
 * abstention …", "told reporters during the visit that …"), carries that act on: one occasion, one
 * statement. Invented sentences; none is an article's.
 */
import { describe, expect, it } from 'vitest';
import { commentsOnAct, groupSentences } from '../../../../../src/ingest/extract/statements';

// The prose reader groups one actor's run (`strict`); a table cell may hold several actors.
const prose = (sentences: string[]) =>
  groupSentences(sentences, () => null, true).map((p) => ({
    sentences: p.sentences,
    date: p.date,
  }));
const cell = (sentences: string[]) =>
  groupSentences(sentences, () => null, false).map((p) => p.sentences);

describe('words given about the act just told', () => {
  it('carry a recognition on when they name it by a generic noun of an act', () => {
    expect(
      prose([
        'Ruritania recognised the new state on 3 March 2011, a week after the vote.',
        'Foreign Minister Ana Vell said the decision honoured "the will of its people".',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2011-03-03' }]);
    expect(
      prose([
        'In May 2014 Freedonia closed its embassy in the capital.',
        'The Freedonian ministry stated that the move was "temporary".',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2014-05' }]);
  });

  it('carry it on when the noun is made from the verb that told the act', () => {
    expect(
      prose([
        'In October 2016, Osterlich abstained in the vote on the application.',
        'Its delegation explained that its abstention reflected concern for the monasteries.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2016-10' }]);
    expect(
      prose([
        'Borduria recognised the state on 2 June 2009.',
        'In a note, the ministry said the recognition was consistent with international law.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2009-06-02' }]);
    // "told" gives words too, and the noun may stand in an adverbial before the words.
    expect(
      prose([
        'Minister Lena Dorr visited the capital in April 2017 and met the prime minister.',
        'Dorr told reporters during the visit that her government "does not ignore" the state.',
      ]),
    ).toEqual([{ sentences: [0, 1], date: '2017-04' }]);
  });

  it('do not carry it on when the noun names something the act did not', () => {
    expect(
      prose([
        'Ruritania recognised the state on 3 March 2011.',
        'Foreign Minister Ana Vell said the border should stay open.',
      ]),
    ).toEqual([
      { sentences: [0], date: '2011-03-03' },
      { sentences: [1], date: null },
    ]);
    // "the" inside the speaker's own words is theirs, not a pointer to the act.
    expect(
      commentsOnAct(
        'Vell said "the decision of the court is final".',
        'Ruritania recognised the state.',
      ),
    ).toBe(false);
    // A pronoun after "that" is no noun of the act ("that they had recognised").
    expect(
      commentsOnAct(
        'However, the ministers denied that they had received any note.',
        'It was reported that the ministry had informed them that they had recognised the state.',
      ),
    ).toBe(false);
  });

  it('are another occasion when another person speaks them', () => {
    const speaker = (s: string) =>
      /Maria Costa/.test(s)
        ? 'Maria Costa'
        : /Paulo Costa/.test(s)
          ? 'Paulo Costa'
          : /^Costa/.test(s)
            ? 'Costa'
            : null;
    const group = (second: string) =>
      groupSentences(
        ['In May 2011, President Maria Costa announced the recognition of the state.', second],
        speaker,
        true,
      ).map((p) => p.sentences);
    expect(group('Prime Minister Paulo Costa said the recognition was a mistake.')).toEqual([
      [0],
      [1],
    ]);
    expect(group('Costa said the recognition was "overdue".')).toEqual([[0, 1]]);
  });

  it('keep a sentence with a date of its own apart', () => {
    expect(
      prose([
        'Ruritania recognised the state on 3 March 2011.',
        'In June 2012 Foreign Minister Ana Vell said the decision had been right.',
      ]).map((p) => p.sentences),
    ).toEqual([[0], [1]]);
  });

  it('join only one actor’s sentences: in a table cell the answer may be the other party’s', () => {
    expect(
      cell([
        "On 8 May 2010, Freedonia's president met the Osterlich speaker to request recognition.",
        'The speaker promised to deal with the request at home.',
      ]),
    ).toEqual([[0], [1]]);
  });
});
