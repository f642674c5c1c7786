import { describe, expect, it } from 'vitest';
import { tallySentence } from '../../../../src/lib/site/organisation';

describe('organisation tallies in words', () => {
  it('writes the computed tally with withdrawals and non-recognisers', () => {
    expect(
      tallySentence({
        members: Array(27).fill('x'),
        recognising: Array(22).fill('x'),
        withdrawn: [],
        notRecognising: Array(5).fill('x'),
      }),
    ).toBe('22 of 27 members recognise Kosovo (5 do not recognise).');
    expect(
      tallySentence({ members: null, recognising: [], withdrawn: [], notRecognising: [] }),
    ).toBeNull();
  });
});
