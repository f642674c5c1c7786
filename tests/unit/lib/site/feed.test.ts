import { describe, expect, it } from 'vitest';
import type { Position } from '../../../../src/schemas';
import { feedEntries, partialDateToDate } from '../../../../src/lib/site/feed';
import { fixtureEvents } from '../../../fixtures/svg/states';
import { statement } from './statementFixture';

describe('feeds', () => {
  const later: Position = { ...statement, id: 'belarus-2012-05', date: '2012-05', year: 2012 };
  const other: Position = {
    ...statement,
    id: 'serbia-2010',
    actor: { type: 'state', id: 'serbia', name: 'Serbia' },
    date: '2010',
    year: 2010,
  };
  const undated: Position = { ...statement, id: 'belarus-undated', date: null, year: null };

  it('lists dated statements and events newest first', () => {
    const entries = feedEntries([statement, later, other, undated], fixtureEvents, '/');
    const dates = entries.map((e) => e.pubDate.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(entries.some((e) => e.link.endsWith('#belarus-undated'))).toBe(false);
    expect(entries[0]!.link).toBe('/timeline/#event-brussels');
    expect(entries.filter((e) => e.categories[0] === 'statement').map((e) => e.link)).toEqual([
      '/states/belarus/#belarus-2012-05',
      '/states/serbia/#serbia-2010',
      '/states/belarus/#belarus-2008-02-lukashenko',
    ]);
  });

  it('keeps a state’s own statements and the events about it', () => {
    const events = fixtureEvents.map((e) =>
      e.id === 'recognition-france' ? { ...e, subject: 'belarus' } : e,
    );
    const entries = feedEntries([statement, later, other], events, '/atlas/', {
      subject: 'belarus',
    });
    expect(entries.map((e) => e.link)).toEqual([
      '/atlas/states/belarus/#belarus-2012-05',
      '/atlas/timeline/#event-recognition-france',
      '/atlas/states/belarus/#belarus-2008-02-lukashenko',
    ]);
  });

  it('dates a partial date at its first day', () => {
    expect(partialDateToDate('2008-02').toISOString()).toBe('2008-02-01T00:00:00.000Z');
    expect(partialDateToDate('2008').toISOString()).toBe('2008-01-01T00:00:00.000Z');
  });
});
