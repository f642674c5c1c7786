import { describe, expect, it } from 'vitest';
import {
  byDate,
  latestSortDate,
  speakerOf,
  statementHeading,
  statementYears,
} from '../../../../src/lib/site/statement';

describe('statement headings carry the date as written and the speaker', () => {
  const actor = { type: 'state' as const, id: 'belarus', name: 'Belarus' };
  it("uses the statement's speaker and role", () => {
    const p = {
      date: '2008-02',
      actor,
      speaker: { name: 'Alexander Lukashenko', role: 'Belarusian President' },
    };
    expect(statementHeading(p)).toBe('February 2008 — Alexander Lukashenko, Belarusian President');
    expect(speakerOf({ ...p, speaker: { name: 'A', role: null } })).toBe('A');
  });
  it('falls back to the actor and marks undated statements', () => {
    expect(statementHeading({ date: null, actor, speaker: null })).toBe('Undated — Belarus');
  });
  it('orders statements by date with a stable tie-break, undated last', () => {
    const ps = [
      { id: 'b', date: '2008-02' },
      { id: 'c', date: null },
      { id: 'a', date: '2008-02' },
      { id: 'd', date: '2007' },
    ];
    expect(byDate(ps).map((p) => p.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('gives the latest date for sorting and the distinct years', () => {
    expect(latestSortDate([{ date: '2008-02' }, { date: '2022' }, { date: null }])).toBe(
      '2022-01-01',
    );
    expect(latestSortDate([{ date: null }])).toBeNull();
    expect(
      statementYears([{ year: 2022 }, { year: 2008 }, { year: 2008 }, { year: null }]),
    ).toEqual([2008, 2022]);
  });
});
