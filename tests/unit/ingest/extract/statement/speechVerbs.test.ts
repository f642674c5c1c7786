import { describe, expect, it } from 'vitest';
import { isNounUse } from '../../../../../src/ingest/extract/statement/speechVerbs';
import { speechVerbIndex } from '../../../../../src/ingest/extract/statements';

const at = (sentence: string, word: string) => isNounUse(sentence, sentence.indexOf(word), word);

describe('speech verbs used as nouns', () => {
  it('an "-s" form after a number, a determiner or "member" is a plural noun', () => {
    expect(at('Chile, like three member states, remains outside the pact.', 'states')).toBe(true);
    expect(at('The two states signed nothing.', 'states')).toBe(true);
    expect(at('Many claims were heard in the hall.', 'claims')).toBe(true);
  });
  it('after a possessive, a nationality or an adjective it is a noun too', () => {
    expect(at("Peru's claims were dismissed by the court.", 'claims')).toBe(true);
    expect(at('Because of Chilean claims to the islands, talks stalled.', 'claims')).toBe(true);
    expect(at('Territorial claims divide the two neighbours.', 'claims')).toBe(false);
    expect(at('Old territorial claims divide the two neighbours.', 'claims')).toBe(true);
  });
  it('after the noun that is its subject it stays a verb', () => {
    expect(at('The ministry states that it will wait.', 'states')).toBe(false);
    expect(at("Chile's Foreign Ministry denies that it met them.", 'denies')).toBe(false);
    expect(at('Peru, which borders Chile, rejects the plan.', 'rejects')).toBe(false);
    expect(at('The minister said that the plan was wrong.', 'said')).toBe(false);
  });
  it('a sentence whose only "speech verb" is a noun has no speaker', () => {
    expect(
      speechVerbIndex(
        'The lack of support from Chile and, notably, four member states is a hurdle.',
      ),
    ).toBe(-1);
    expect(
      speechVerbIndex('Owing to Peruvian claims over the river, its first reaction was mild.'),
    ).toBe(-1);
    expect(speechVerbIndex('The ministry of Peru states that it will wait.')).toBe(21);
  });
  it('a verb in a restrictive relative clause ("countries that recognised …") is not the sentence’s act', () => {
    expect(
      speechVerbIndex('Its reaction was to recall envoys from states that recognised Palau.'),
    ).toBe(-1);
    expect(speechVerbIndex('Peru said that states that recognised Palau erred.')).toBe(5);
  });
});
