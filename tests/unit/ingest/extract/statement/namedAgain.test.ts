/**
 * Issue 15, boundaries (tests/gold/README.md "Statement boundaries"): a sentence whose subject is
 * the body that acted in the statement before, named again by its head noun ("The court"), with no
 * date of its own, carries that act on; so does the speaker taken up by "He" or "She" doing more
 * in the past tense. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { groupSentences } from '../../../../../src/ingest/extract/statements';

const grouped = (sentences: string[]) =>
  groupSentences(sentences, () => null, true).map((p) => [p.date, p.sentences]);

describe('a body named again by its head noun', () => {
  it('carries the act of the statement before on, whatever its verb', () => {
    expect(
      grouped([
        'In June 2020, the Supreme Court of Peru dismissed an appeal by the national boxing federation.',
        'The court relied on the law on the funding of federations.',
      ]),
    ).toEqual([['2020-06', [0, 1]]]);
    expect(
      grouped([
        'On 3 May 2011, the Constitutional Council of Chile struck down the treaty.',
        'The council found that the parliament had not been consulted.',
      ]),
    ).toEqual([['2011-05-03', [0, 1]]]);
  });

  it('is a statement of its own with a date of its own or when the body before was another', () => {
    expect(
      grouped([
        'In June 2020, the Supreme Court of Peru dismissed an appeal by the national boxing federation.',
        'In March 2021, the court heard a second appeal.',
      ]),
    ).toHaveLength(2);
    expect(
      grouped([
        'In June 2020, the Supreme Court of Peru dismissed an appeal by the national boxing federation.',
        'The council of the federation regretted the ruling.',
      ]),
    ).toHaveLength(2);
  });
});

describe('the speaker taken up by "He" or "She" doing more', () => {
  const soto = (s: string) => (/Ana Soto/.test(s) ? 'Ana Soto' : null);
  const groupedBy = (sentences: string[]) =>
    groupSentences(sentences, soto, true).map((p) => [p.date, p.sentences]);

  it('carries the occasion on in the past tense, with no date of its own', () => {
    expect(
      groupedBy([
        'Peru’s Foreign Minister Ana Soto visited Santiago in May 2013.',
        'She met the deputy foreign minister and discussed trade and the border.',
      ]),
    ).toEqual([['2013-05', [0, 1]]]);
    expect(
      groupedBy([
        'Peru’s Foreign Minister Ana Soto visited Santiago in May 2013.',
        'She laid a wreath at the national monument.',
      ]),
    ).toEqual([['2013-05', [0, 1]]]);
  });

  it('is another act with a date of its own, in the present, or when the statement names no person', () => {
    expect(
      groupedBy([
        'Peru’s Foreign Minister Ana Soto visited Santiago in May 2013.',
        'She returned to Santiago in June 2015 for a conference.',
      ]),
    ).toHaveLength(2);
    expect(
      groupedBy([
        'Peru’s Foreign Minister Ana Soto visited Santiago in May 2013.',
        'She remains a critic of the treaty.',
      ]),
    ).toHaveLength(2);
    expect(
      grouped(['In May 2013, Peru opened an embassy in Santiago.', 'She met the ambassador.']),
    ).toHaveLength(2);
  });
});
