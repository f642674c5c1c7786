/**
 * Issue 15, stop 25 (unseen articles): "submitted a written statement to the Court in April 2009" —
 * a name after the verb's object and a preposition is the verb's complement, so the date after it
 * dates the verb's act. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { nameIsVerbObject } from '../../../../../src/ingest/extract/statement/mainClause';
import { adverbialDate } from '../../../../../src/ingest/extract/statements';

describe('a name after the verb, its object and a preposition', () => {
  it("is the verb's complement: the date after it dates the act", () => {
    expect(nameIsVerbObject('Peru sent a formal letter to the United Nations in ')).toBe(true);
    expect(nameIsVerbObject('Chile submitted a written statement to the Hague Tribunal in ')).toBe(
      true,
    );
    expect(
      adverbialDate(
        'Peru submitted a written statement to the International Tribunal for the Law of the Sea in April 2009.',
      ),
    ).toBe(true);
  });
  it('is no complement where no verb governs the phrase', () => {
    expect(nameIsVerbObject('It was comparable to the Orange Revolution in Ukraine in ')).toBe(
      false,
    );
    expect(nameIsVerbObject('the envoy of the Andean Union in ')).toBe(false);
  });
});
