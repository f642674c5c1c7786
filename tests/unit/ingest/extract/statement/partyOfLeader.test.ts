/** Issue 15: a party named with the person who leads it acts for itself, and is no speaker of its own act. */
import { describe, expect, it } from 'vitest';
import { partyOfLeader } from '../../../../../src/ingest/extract/statement/bodyPeople';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { readWikitext } from '../../../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../../../src/ingest/prosePositions';
import { countries, finder, orgs, persons } from './fixtures';

const read = (s: string) => readSubject(s, finder.mentions(s), persons(), () => false);

describe('partyOfLeader', () => {
  it('reads the name without a lower-case "party", with a capitalised one', () => {
    expect(
      partyOfLeader('The Green and Blue Unity party of Ana Ruiz opposed the plan.')?.name,
    ).toBe('Green and Blue Unity');
    expect(
      partyOfLeader('the Green Unity Party led by Ana Ruiz, a former minister, voted no.')?.name,
    ).toBe('Green Unity Party');
  });

  it('reads no leader where no full name follows', () => {
    expect(partyOfLeader('The Green Unity party of the north opposed the plan.')).toBeNull();
    expect(partyOfLeader('The Green Unity party opposed the plan.')).toBeNull();
  });
});

describe('a party named with its leader as the subject', () => {
  it('is the actor, for itself', () => {
    expect(
      read('The Green and Blue Unity party of Ana Ruiz opposed the recognition of Kosovo.'),
    ).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'green-and-blue-unity', name: 'Green and Blue Unity' },
      basis: 'subject',
    });
  });

  it('leaves a state after "of" to the rules that read mentions', () => {
    const s = 'The Social Democratic Party of North Macedonia opposed the recognition of Kosovo.';
    expect(read(s)).toEqual({
      kind: 'third-party',
      actor: {
        type: 'other',
        id: 'social-democratic-party-of-north-macedonia',
        name: 'Social Democratic Party of North Macedonia',
      },
      basis: 'subject',
    });
  });

  it('is not its own speaker', () => {
    const doc = readWikitext(
      '= Kosovo and its neighbours =\n\nThe Green and Blue Unity party of Ana Ruiz supported the recognition of Kosovo in 2019.\n',
      { sourceId: 'fixture', file: 'fixture.txt' },
    );
    const people = persons();
    registerPersons(doc, finder, people);
    const [p] = extractProsePositions(doc, countries, orgs, people, new Set()).positions;
    expect(p!.actor.id).toBe('green-and-blue-unity');
    expect(p!.speakers).toEqual([]);
  });
});
