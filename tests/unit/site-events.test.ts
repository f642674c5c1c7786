import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../src/lib/site/events';
import type { Event } from '../../src/schemas';

const event = (over: Partial<Event>): Event => ({
  id: 'e',
  date: '2016-05-13',
  dateInferred: null,
  kind: 'membership',
  title: 'Kosovo became a member of FIFA',
  subject: null,
  parties: [],
  formerIds: [],
  sources: [{ source: 'a', line: 1 }],
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
