/**
 * Issue 15 (unseen articles): "Greece is among Kosovo's main trading partners", "X and Y were both
 * part of the Ottoman Empire until 1913", "As of 2019, Kosovo had no resident embassy …" — a copula
 * placing the subject in a class or a whole, or a status bounded by "as of" / "until", is
 * background, no act.
 */
import { describe, expect, it } from 'vitest';
import { notAStatement } from '../../../../../src/ingest/extract/statement/background';

describe('a copula placing the subject in a class or a whole', () => {
  it('is background', () => {
    for (const sentence of [
      "Chile is among Peru's largest export markets in South America.",
      'Peru and Bolivia were both part of the Spanish Empire until the wars of 1810–1825.',
      // The range's second year is bounded by the "until" written before the first.
      'Peru and Bolivia were both part of the federation until the crisis of 1921–1923',
      'Chile was part of the customs union until 1998-2001.',
      'The monastery of Ocopa was the seat of the Franciscan missions from the eighteenth century.',
      'Bolivia and Paraguay are among the poorest economies of the region.',
    ])
      expect(notAStatement(sentence)?.reason).toMatch(/classification/);
  });

  it('stays an act or a stance with a relative clause, an infinitive or an occasion', () => {
    for (const sentence of [
      'Peru is among the states that have not recognised the declaration.',
      'Chile was among the first countries to recognise the new government.',
      'On 3 May 2011, Chile was among the signatories at the summit in Lima.',
      'Chile was part of the delegation in 1998–2001.',
    ])
      expect(notAStatement(sentence)).toBeNull();
  });
});

describe('a status bounded by "as of" or "until"', () => {
  it('is background as the undated status is', () => {
    expect(
      notAStatement('As of 2015, Peru had no resident embassy anywhere in Africa.'),
    ).not.toBeNull();
    expect(notAStatement('Peru had no resident embassy anywhere in Africa.')).not.toBeNull();
  });
  it('stays an occasion when the date is the act’s own', () => {
    expect(
      notAStatement('In March 2015, Peru had no resident embassy anywhere in Africa.'),
    ).toBeNull();
  });
});
