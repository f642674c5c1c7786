/**
 * Issue 15, stop 25 (unseen articles): "in the autumn of 2012" is a date adverbial of the verb, as "in
 * 2012" is, wherever it stands in the sentence. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { adverbialDate } from '../../../../../src/ingest/extract/statements';

describe('a season of a year after "in" or "during"', () => {
  it("dates the clause's act", () => {
    expect(
      adverbialDate(
        'The minister is reported to have met the prime ministers of two states during a tour of the eastern Caribbean in the autumn of 2012.',
      ),
    ).toBe(true);
    expect(
      adverbialDate(
        'Peru opened an embassy to the Caribbean states of the region in the early summer of 2014.',
      ),
    ).toBe(true);
    expect(
      adverbialDate(
        'The government of the island republic signed a long-awaited accord during the winter of 2015.',
      ),
    ).toBe(true);
  });
  it('dates nothing when a noun, not a preposition of the verb, holds it', () => {
    expect(
      adverbialDate(
        'The government of the island republic recalled the accord signed at the end of the winter of 2015.',
      ),
    ).toBe(false);
  });
});
