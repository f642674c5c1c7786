import { findDates } from './dates';

export interface WithdrawalNote {
  withdrawn: string | null;
  reversed: { date: string | null; how: 'resumed' | 'annulled' } | null;
}

/**
 * Reads notes such as "Recognition withdrawn 18 January 2019, resumed 20 October 2023." or
 * "Recognition withdrawn 21 November 2017, withdrawal was annulled 2 February 2018."
 */
export function parseWithdrawalNote(note: string | null): WithdrawalNote | null {
  if (!note || !/withdrawn/i.test(note)) return null;
  const dates = findDates(note);
  const how = /annul/i.test(note) ? 'annulled' : /resum/i.test(note) ? 'resumed' : null;
  return {
    withdrawn: dates[0]?.date ?? null,
    reversed: how ? { date: dates[1]?.date ?? null, how } : null,
  };
}
