import { describe, expect, it } from 'vitest';
import { isPerson, peopleOf } from '../../../../src/lib/site/people';
import type { Position } from '../../../../src/schemas';

describe('isPerson', () => {
  it('takes a personal name, not a body, an office or an acronym', () => {
    expect(isPerson('Ilkka Kanerva')).toBe(true);
    expect(isPerson('Josep Antoni Duran i Lleida')).toBe(true);
    for (const body of [
      'Congress of the Ruritanian Republic',
      'Ruritanian Foreign Ministry',
      'United Nations Mission (UNMIK)',
      'Ruritania’s delegation',
      'the president',
    ])
      expect(isPerson(body), body).toBe(false);
  });
});

describe('peopleOf', () => {
  const position = (id: string, over: Partial<Position>): Position =>
    ({
      id,
      actor: { type: 'organisation', id: 'osce', name: 'OSCE' },
      speaker: null,
      speakers: [],
      quotes: [],
      ...over,
    }) as unknown as Position;

  it('gives a page to every named person among a statement’s speakers, not only the first', () => {
    const people = peopleOf([
      position('a', {
        speaker: { name: 'Anna Berg', role: 'Chairwoman' },
        speakers: [
          { name: 'Anna Berg', role: 'Chairwoman' },
          { name: 'Jon Dahl', role: 'Commissioner' },
          { name: 'Ruritanian Congress', role: null },
        ],
      }),
      position('b', { speakers: [{ name: 'Jon Dahl', role: 'Commissioner' }] }),
    ]);
    expect(people.map((p) => [p.id, p.roles, p.positions.map((x) => x.id)])).toEqual([
      ['anna-berg', ['Chairwoman'], ['a']],
      ['jon-dahl', ['Commissioner'], ['a', 'b']],
    ]);
  });
});
