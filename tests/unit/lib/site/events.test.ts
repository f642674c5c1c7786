import { describe, expect, it } from 'vitest';
import { eventTitle, eventsOf } from '../../../../src/lib/site/events';
import type { Claim, Event, State } from '../../../../src/schemas';

const event = (over: Partial<Event>): Event => ({
  id: 'e',
  date: '2016-05-13',
  dateInferred: null,
  kind: 'membership',
  title: 'Kosovo became a member of FIFA',
  subject: null,
  parties: [],
  formerIds: [],
  sources: [{ source: 'a', section: [], line: 1, anchor: 'L1', excerpt: 'Kosovo became a member' }],
  ...over,
});

describe('eventsOf: the events an actor page shows', () => {
  const joinedFifa = event({ id: 'fifa', parties: ['fifa'] });
  const declaration = event({ id: 'declaration', kind: 'declaration' });
  const recognition = event({ id: 'rec', kind: 'recognition', subject: 'togo' });
  const relinked = event({ id: 'rec2', kind: 'recognition', subject: 'egypt', formerIds: ['x'] });
  const all = [joinedFifa, declaration, recognition, relinked];

  it('shows a subjectless event on the subject page and on its parties’ pages', () => {
    expect(eventsOf(all, 'kosovo', 'kosovo').map((e) => e.id)).toEqual(['fifa', 'declaration']);
    expect(eventsOf(all, 'fifa', 'kosovo').map((e) => e.id)).toEqual(['fifa']);
  });

  it('leaves a recognition to the key facts unless a published link must land on it', () => {
    expect(eventsOf(all, 'togo', 'kosovo')).toEqual([]);
    expect(eventsOf(all, 'egypt', 'kosovo').map((e) => e.id)).toEqual(['rec2']);
  });
});

describe('eventTitle: a state’s recognition and withdrawal as its page words them (pages review 8, #9)', () => {
  const togo = {
    id: 'ruritania',
    name: 'Ruritania',
    recognition: { order: 6, table: 'withdrawn' },
    withdrawal: { date: '2031-06-28', reversed: null, sources: [] },
  } as unknown as State;
  const states = new Map([['ruritania', togo]]);
  const claim = (over: Partial<Claim>) =>
    ({ claimant: { id: 'k', name: 'Kosovo' }, subject: 'ruritania', ...over }) as Claim;

  it('says "withdrew recognition", as the state page does, with no hedge a claim does not give', () => {
    const withdrawal = event({ kind: 'withdrawal', subject: 'ruritania', title: 'old' });
    // A dispute of withdrawals in general names no state.
    const general = claim({ what: 'disputes-withdrawals', subject: null });
    expect(eventTitle(withdrawal, states, [general])).toBe('Ruritania withdrew recognition');
    expect(eventTitle(withdrawal, states, [claim({ what: 'recognises' })])).toBe(
      'Ruritania withdrew recognition, which Kosovo disputes',
    );
  });

  it('tells a recognition in the past tense with its place in the tables', () => {
    const recognition = event({ kind: 'recognition', subject: 'ruritania', title: 'old' });
    expect(eventTitle(recognition, states, [])).toBe(
      'Ruritania recognised Kosovo (no. 6 in the withdrawn table)',
    );
    expect(eventTitle(event({}), states, [])).toBe('Kosovo became a member of FIFA');
  });
});
