/** Issue 15: people placed by what the same article says of their office, in any sentence of it. */
import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../../src/ingest/prosePositions';
import { officePlacedPeople, successions } from '../../../../src/ingest/extract/personPlaces';
import { countries, finder, orgs, persons } from './statement/fixtures';

function article(text: string) {
  const doc = readWikitext(`= Kosovo and its neighbours =\n\n${text}\n`, {
    sourceId: 'fixture',
    file: 'fixture.txt',
  });
  const people = persons();
  registerPersons(doc, finder, people);
  const positions = extractProsePositions(doc, countries, orgs, people, new Set()).positions;
  return { people, positions };
}

const actorOf = (positions: ReturnType<typeof article>['positions'], words: string) =>
  positions.find((p) => p.text.includes(words))?.actor.id ?? null;

describe('officePlacedPeople', () => {
  it('reads the office first with the name in apposition, placed by the state in the office', () => {
    const s = 'The Estonian foreign minister, Ana Ruiz, visited Pristina in 2010.';
    expect(officePlacedPeople(s, finder.mentions(s))).toEqual([
      {
        name: 'Ana Ruiz',
        role: 'Estonian foreign minister',
        actor: { type: 'state', id: 'estonia', name: 'Estonia' },
      },
    ]);
  });

  it('reads the name first with an office of a state', () => {
    const s = 'Jan Berg, the president of Estonia, opened the fair.';
    expect(officePlacedPeople(s, finder.mentions(s))).toEqual([
      {
        name: 'Jan Berg',
        role: 'president of Estonia',
        actor: { type: 'state', id: 'estonia', name: 'Estonia' },
      },
    ]);
  });

  it('does not place a person by a state named elsewhere in the sentence', () => {
    const s = 'Jan Berg, the president, said that Estonia would act.';
    expect(officePlacedPeople(s, finder.mentions(s))).toEqual([]);
    const t = 'Jan Berg visited the Estonian foreign minister in Tallinn.';
    expect(officePlacedPeople(t, finder.mentions(t))).toEqual([]);
  });
});

describe('successions', () => {
  it('reads who followed whom, either way round', () => {
    expect(successions("Berg's successor, Olaf Kram, went further than Berg had.")).toEqual([
      { name: 'Olaf Kram', of: 'Berg', relation: 'successor' },
    ]);
    expect(successions("Olaf Kram, Berg's predecessor, had refused.")).toEqual([
      { name: 'Olaf Kram', of: 'Berg', relation: 'predecessor' },
    ]);
    expect(successions('The successor of the treaty, the 2011 accord, lapsed.')).toEqual([]);
  });
});

describe('a person placed by another sentence of the same article', () => {
  it('gives a bare surname the state a later sentence places the person in', () => {
    const { people, positions } = article(
      'Ruiz said that the recognition of Kosovo was final. The Estonian foreign minister, Ana Ruiz, visited Pristina in 2010.',
    );
    expect(people.resolve('Ruiz')?.actor?.id).toBe('estonia');
    expect(actorOf(positions, 'Ruiz said')).toBe('estonia');
  });

  it('places a successor in the state of the one they followed, and only when that one is placed', () => {
    const placed = article(
      "Jan Berg, the president of Estonia, opened an embassy in Pristina in 2011. Berg's successor, Olaf Kram, said in 2019 that the recognition of Kosovo had been a mistake.",
    );
    expect(placed.people.resolve('Kram')?.actor?.id).toBe('estonia');
    const unplaced = article(
      "Jan Berg opened an embassy in Pristina in 2011. Berg's successor, Olaf Kram, said in 2019 that Estonia had made a mistake.",
    );
    expect(unplaced.people.resolve('Kram')?.actor ?? null).toBeNull();
  });
});
