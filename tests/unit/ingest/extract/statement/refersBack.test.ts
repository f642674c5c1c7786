/** One rule for a subject pointing back: to the act (its speaker, its document) or only to the actor. */
import { describe, expect, it } from 'vitest';
import {
  REFERS_BACK_TO_ACT,
  REFERS_BACK_TO_ACTOR,
} from '../../../../../src/ingest/extract/statement/refersBack';
import { groupSentences } from '../../../../../src/ingest/extract/statements';

describe('a subject pointing back', () => {
  it('to the act: a pronoun, a demonstrative, or the act’s speaker or document', () => {
    for (const s of [
      'He added that Peru would wait.',
      'he added that Peru would wait.',
      'In addition, the same statement urged calm.',
      'Indeed, the spokeswoman said it was final.',
      'Such words were rare.',
    ]) {
      expect(REFERS_BACK_TO_ACT.test(s)).toBe(true);
      expect(REFERS_BACK_TO_ACTOR.test(s)).toBe(true);
    }
  });

  it('only to the actor: the actor by a common noun', () => {
    for (const s of [
      'However, the authorities did not follow through with reforms as hoped.',
      'The two countries signed a treaty.',
      'Both countries opened embassies.',
    ]) {
      expect(REFERS_BACK_TO_ACT.test(s)).toBe(false);
      expect(REFERS_BACK_TO_ACTOR.test(s)).toBe(true);
    }
    expect(REFERS_BACK_TO_ACTOR.test('Peru recognised the state.')).toBe(false);
  });

  it('not when the noun names its owner after "of"', () => {
    expect(
      REFERS_BACK_TO_ACTOR.test('The government of Prime Minister Ana Ruiz backed the plan.'),
    ).toBe(false);
    expect(REFERS_BACK_TO_ACTOR.test('The government of the day backed the plan.')).toBe(true);
    expect(REFERS_BACK_TO_ACTOR.test('The government backed the plan.')).toBe(true);
  });

  it('carries the act on only when it points back to the act', () => {
    const group = (sentences: string[]) =>
      groupSentences(sentences, () => null, true).map((p) => p.sentences);
    expect(
      group([
        'In 2001 Chile concluded an arrangement with the fund.',
        'However, the authorities did not follow through with reforms as hoped.',
      ]),
    ).toEqual([[0], [1]]);
    expect(
      group([
        'In 2001 the ministry of Chile issued a statement on the fund.',
        'Indeed, the statement said that Chile hoped for reforms.',
      ]),
    ).toEqual([[0, 1]]);
  });
});
