import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../../../src/lib/site/wordCut';

describe('cutAtWord', () => {
  it('keeps whole words and drops the words at the end that open what was cut', () => {
    expect(cutAtWord('The council decided in favour of the motion today', 38)).toBe(
      'The council decided in favour',
    );
  });
  it('inside a clause, also drops a negation or an auxiliary waiting for its verb', () => {
    const text = 'Belarusian membership was not supported by the council';
    expect(cutAtWord(text, 30)).toBe('Belarusian membership was not');
    expect(cutAtWord(text, 30, true)).toBe('Belarusian membership');
  });
});
