/** A surname alone is the person named in full in the same passage (pages review 9, #10). */
import { describe, expect, it } from 'vitest';
import { peopleOf, personNamed, sameSurname, withPageNames } from '../../../../src/lib/site/people';
import { statementHeading } from '../../../../src/lib/site/statement';
import type { Position } from '../../../../src/schemas';

const position = (id: string, speaker: string, line: number): Position =>
  ({
    id,
    actor: { type: 'other', id: 'assembly', name: 'Assembly of the Steppe People' },
    speaker: { name: speaker, role: null },
    speakers: [{ name: speaker, role: null }],
    quotes: [],
    sources: [{ source: 'a', line }],
  }) as unknown as Position;
const person = (name: string, positions: Position[]) => ({ name, positions });

describe('sameSurname', () => {
  const full = position('full', 'Ruslan Dzhaparov', 7);
  it('joins a surname alone spelled by another transliteration, in the same passage', () => {
    expect(
      sameSurname(
        person('Caparov', [position('x', 'Caparov', 7)]),
        person('Ruslan Dzhaparov', [full]),
      ),
    ).toBe(true);
    expect(
      sameSurname(
        person('Dzhaparov', [position('x', 'Dzhaparov', 7)]),
        person('Ruslan Dzhaparov', [full]),
      ),
    ).toBe(true);
    const yev = position('y', 'Timur Aliyev', 9);
    expect(
      sameSurname(person('Aliev', [position('z', 'Aliev', 9)]), person('Timur Aliyev', [yev])),
    ).toBe(true);
    expect(
      sameSurname(
        person('Şevçenko', [position('s', 'Şevçenko', 4)]),
        person('Ivan Shevchenko', [position('t', 'Ivan Shevchenko', 4)]),
      ),
    ).toBe(true);
  });
  it('does not join across passages, other surnames, or two full names', () => {
    expect(
      sameSurname(
        person('Caparov', [position('x', 'Caparov', 8)]),
        person('Ruslan Dzhaparov', [full]),
      ),
    ).toBe(false);
    expect(
      sameSurname(
        person('Capanov', [position('x', 'Capanov', 7)]),
        person('Ruslan Dzhaparov', [full]),
      ),
    ).toBe(false);
    expect(
      sameSurname(
        person('Timur Caparov', [position('x', 'Timur Caparov', 7)]),
        person('Ruslan Dzhaparov', [full]),
      ),
    ).toBe(false);
  });
});

describe('peopleOf with a surname alone', () => {
  const positions = [position('a', 'Ruslan Dzhaparov', 7), position('b', 'Caparov', 7)];
  it('gives the one person one page, which keeps the other name', () => {
    const people = peopleOf(positions);
    expect(people.map((p) => [p.id, p.otherNames, p.positions.map((x) => x.id)])).toEqual([
      ['ruslan-dzhaparov', ['Caparov'], ['a', 'b']],
    ]);
  });
  it('finds the person by the other name', () => {
    expect(personNamed(positions, 'Caparov')?.id).toBe('ruslan-dzhaparov');
    expect(personNamed(positions, 'Ruslan Dzhaparov')?.id).toBe('ruslan-dzhaparov');
    expect(personNamed(positions, 'Nobody')).toBeUndefined();
  });
});

// Pages review 10, #7: a card heads its speaker as their page names them.
describe('withPageNames', () => {
  const full = position('full', 'Ruslan Dzhaparov', 7);
  const alone = position('alone', 'Caparov', 7);
  const other = position('other', 'Caparov', 12);
  const all = [alone, full, other];
  it('names a surname folded into a full name by the full name, in heading and speaker', () => {
    const named = withPageNames(alone, all);
    expect(named.speaker?.name).toBe('Ruslan Dzhaparov');
    expect(named.speakers.map((s) => s.name)).toEqual(['Ruslan Dzhaparov']);
    expect(statementHeading({ ...named, voice: 'stated', date: null })).toBe(
      'Undated — Ruslan Dzhaparov',
    );
  });
  it('leaves a name that is its own page, and a body, as they are', () => {
    expect(withPageNames(full, all)).toBe(full);
    const body = position('body', 'Steppe Foreign Ministry', 7);
    expect(withPageNames(body, [...all, body]).speaker?.name).toBe('Steppe Foreign Ministry');
  });
});
