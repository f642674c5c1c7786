import { describe, expect, it } from 'vitest';
import { parseWithdrawalNote } from '../../../../src/ingest/extract/withdrawalNote';

describe('parseWithdrawalNote', () => {
  it('reads a withdrawal later resumed', () => {
    expect(parseWithdrawalNote('Recognition withdrawn 3 March 2015, resumed 9 July 2021.')).toEqual(
      {
        withdrawn: '2015-03-03',
        reversed: { date: '2021-07-09', how: 'resumed' },
      },
    );
  });

  it('reads a withdrawal later annulled', () => {
    expect(
      parseWithdrawalNote('Recognition withdrawn 5 May 2016, withdrawal was annulled 1 June 2016.'),
    ).toEqual({ withdrawn: '2016-05-05', reversed: { date: '2016-06-01', how: 'annulled' } });
  });

  it('reads a withdrawal that stands, and a reversal without its date', () => {
    expect(parseWithdrawalNote('Recognition withdrawn in October 2019.')).toEqual({
      withdrawn: '2019-10',
      reversed: null,
    });
    expect(parseWithdrawalNote('Withdrawn 2 April 2018; later resumed.')).toEqual({
      withdrawn: '2018-04-02',
      reversed: { date: null, how: 'resumed' },
    });
  });

  it('is no withdrawal without the word, or without a note', () => {
    expect(parseWithdrawalNote('Recognised 4 April 2012.')).toBeNull();
    expect(parseWithdrawalNote(null)).toBeNull();
    expect(parseWithdrawalNote('')).toBeNull();
  });
});
