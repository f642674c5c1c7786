import { describe, expect, it } from 'vitest';
import {
  stateSortKeys,
  timelineEntries,
  timelineKindOfEvent,
  timelineTally,
  withdrawalRows,
} from '../../../../src/lib/site/views';
import { sortKey } from '../../../../src/lib/site/dates';
import { fixtureEvents, fixtureStates, makeState } from '../../../fixtures/svg/states';
import { statement } from './statementFixture';

describe('list view helpers', () => {
  it('sorts withdrawals by date, undated last', () => {
    const undated = makeState({
      id: 'burundi',
      name: 'Burundi',
      iso3: 'BDI',
      status: 'withdrawn',
      order: 3,
    });
    expect(withdrawalRows([...fixtureStates, undated]).map((s) => s.id)).toEqual([
      'suriname',
      'nauru',
      'burundi',
    ]);
    expect(stateSortKeys(undated).withdrawal).toBe('');
    expect(stateSortKeys(fixtureStates.find((s) => s.id === 'nauru')!).withdrawal).toMatch(
      /^2019-11-13\|/,
    );
  });

  it('merges events and dated statements into one chronological list of kinds', () => {
    const entries = timelineEntries(fixtureEvents, [
      statement,
      { ...statement, id: 'undated', date: null, year: null },
    ]);
    expect(entries.filter((e) => e.kind === 'statement')).toHaveLength(1);
    const starts = entries.map((e) => sortKey(e.when));
    expect([...starts].sort()).toEqual(starts);
    // "February 2008" sits between the events of 2008 as a year and of 17 February 2008.
    expect(
      entries.map((e) => (e.kind === 'statement' ? e.position.id : e.event.id)).slice(0, 3),
    ).toEqual(['declared-2008', 'belarus-2008-02-lukashenko', 'declaration']);
    expect(timelineKindOfEvent('reversal')).toBe('withdrawals');
    expect(timelineKindOfEvent('recognition')).toBe('recognitions');
    expect(timelineKindOfEvent('court')).toBe('events');
  });
});

describe('timelineTally', () => {
  it('counts every event, the events no source dates, and the dated statements', () => {
    const interval = { after: '2008-01-01', before: '2008-12-31' };
    expect(
      timelineTally(
        [
          { date: '2008-02-17', dateInferred: null },
          { date: null, dateInferred: interval },
          { date: null, dateInferred: interval },
        ] as never[],
        [{ date: '2009-01' }, { date: null }] as never[],
      ),
    ).toEqual({ events: 3, undatedEvents: 2, datedStatements: 1 });
  });
});
