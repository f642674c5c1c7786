import { describe, expect, it } from 'vitest';
import { numberWord } from '../../../../src/ingest/extract/numberWords';

describe('numberWord', () => {
  it.each([
    ['eleven', 11],
    ['Eight', 8],
    ['a', 1],
    ['twenty', 20],
    ['zero', 0],
  ])('%s → %i', (word, n) => {
    expect(numberWord(word)).toBe(n);
  });

  it('names no number for other words or for digits', () => {
    for (const word of ['twenty-one', 'several', 'dozen', '11', ''])
      expect(numberWord(word), word).toBeNull();
  });
});
