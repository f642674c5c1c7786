/**
 * The claim vocabulary (src/lib/site/claimWords.ts) and the status verb (src/shared/status.ts): one
 * wording per claim and status, for every list that says what a claim or a status places a state as.
 */
import { describe, expect, it } from 'vitest';
import {
  CLAIM_NAMED_AS,
  CLAIM_UNNAMED,
  CLAIM_VERB,
  CLAIMANT_DOES,
  isDescribedClaimant,
} from '../../../../src/lib/site/claimWords';
import { STATUS_VERB } from '../../../../src/shared/status';

describe('the claim vocabulary', () => {
  it('says what a claim places a state as, for one state and several, naming the subject', () => {
    expect(CLAIM_VERB).toEqual({
      recognises: ['recognises Kosovo', 'recognise Kosovo'],
      withdrew: ['withdrew recognition', 'withdrew recognition'],
      'never-recognised': ['never recognised Kosovo', 'never recognised Kosovo'],
      'disputed-note-verbale': ['sent a disputed note verbale', 'sent a disputed note verbale'],
      count: ['a count', 'a count'],
      'denied-note': [
        'denies receiving the reported note of recognition',
        'deny receiving the reported note of recognition',
      ],
    });
  });

  it("a claimant's own denial of a note reads with the claimant as its subject, never 'says'", () => {
    expect(CLAIMANT_DOES).toEqual({
      'denied-note': [
        'denies receiving the note of recognition reported from',
        'deny receiving the notes of recognition reported from',
      ],
    });
    // The state's name follows the words: they end on the preposition that takes it.
    for (const [one, many] of Object.values(CLAIMANT_DOES)) {
      expect(one).toMatch(/\b(?:from|to|of)$/);
      expect(many).toMatch(/\b(?:from|to|of)$/);
    }
  });

  it('a claim that names no state says so, and never reads as if it named one', () => {
    expect(CLAIM_UNNAMED['disputed-note-verbale']).toBe(
      'claims a disputed note verbale, without naming the state',
    );
    for (const words of Object.values(CLAIM_UNNAMED)) expect(words).not.toMatch(/claims that/);
  });

  it('a claimant named by a description is plural, one named by its name is not', () => {
    expect(isDescribedClaimant('unnamed reports')).toBe(true);
    expect(isDescribedClaimant('Kosovo')).toBe(false);
    expect(isDescribedClaimant('Élysée Palace')).toBe(false);
  });

  it('the key facts place a state by the same claims', () => {
    expect(CLAIM_NAMED_AS).toEqual({
      recognises: 'recognising Kosovo',
      withdrew: 'having withdrawn its recognition',
      'never-recognised': 'never having recognised Kosovo',
    });
  });
});

describe('the status verb', () => {
  it('one wording per status, singular and plural', () => {
    expect(STATUS_VERB).toEqual({
      recognised: ['recognises Kosovo', 'recognise Kosovo'],
      withdrawn: [
        'recognised Kosovo and withdrew the recognition',
        'recognised Kosovo and withdrew the recognition',
      ],
      'not-recognised': ['does not recognise Kosovo', 'do not recognise Kosovo'],
    });
  });
});
