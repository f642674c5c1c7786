/**
 * Issue 15: every statement says which rule decided its actor (`actorBasis`), and a rule that would
 * only guess (the article's own state, the state named first, a state merely named) publishes no
 * actor: the sentence is reported unattributed, with its reason.
 */
import { describe, expect, it } from 'vitest';
import { finder, readFixtureArticle } from './extract/statement/fixtures';
import { courtOf } from '../../../src/ingest/extract/actors';
import type { OrganisationRecord } from '../../../src/ingest/resolve/organisations';
import { PersonRegistry, speakingActor } from '../../../src/ingest/prosePositions';
import { actorBasis } from '../../../src/schemas';

const read = readFixtureArticle;
const who = (text: string, title?: string) =>
  read(text, title).positions.map((p) => [p.actor.id, p.actorBasis]);

describe('actorBasis: the rule that decided each actor', () => {
  it('names the grammatical subject, its owner, its nationality and the agent of a passive', () => {
    expect(who('In 2009, Peru recognised the new state.')).toEqual([['peru', 'subject']]);
    expect(who('In 2009, the Government of Chile announced its recognition.')).toEqual([
      ['chile', 'possessor'],
    ]);
    expect(who("In 2011, Peru's foreign minister announced a review.")).toEqual([
      ['peru', 'possessor'],
    ]);
    expect(who('In 2010, the Uruguayan Foreign Ministry issued a statement.')).toEqual([
      ['uruguay', 'demonym'],
    ]);
  });

  it('carries the actor into a sentence that points back to it', () => {
    expect(who('In 2009, Peru recognised the new state. It opened an embassy in 2010.')).toEqual([
      ['peru', 'subject'],
      ['peru', 'carried'],
    ]);
  });

  it('gives the one actor a section heading names to a pronoun that opens the section', () => {
    expect(
      who(
        "== Chile's reaction ==\nDue to its claims over the region, its first reactions included recalling ambassadors.",
      ),
    ).toEqual([['chile', 'carried']]);
  });

  it('publishes only bases of the closed vocabulary, never a guess', () => {
    expect(actorBasis.options).not.toContain('article-subject');
    expect(actorBasis.options).not.toContain('mentioned');
    expect(actorBasis.options).not.toContain('opening-words');
  });
});

describe('a guessed actor is reported, not published', () => {
  it("places a person by the register, not by the article's subject", () => {
    // The person's side unknown: the article's state would be a guess.
    const alone = read(
      'Humala accused Chile of an attempt to stir unrest.',
      'Foreign relations of Peru',
    );
    expect(alone.positions).toEqual([]);
    expect(alone.unattributed).toHaveLength(1);
    // Named with the state's nationality in the same article: the register places him.
    expect(
      who(
        'In 2012, Peruvian President Ollanta Humala said that Peru would wait. Humala accused Chile of an attempt to stir unrest.',
        'Foreign relations of Peru',
      ),
    ).toEqual([
      ['peru', 'demonym'],
      ['peru', 'person'],
    ]);
  });

  it('does not take the state named first in a subject that names two', () => {
    const r = read('Peru-Chile relations stalled in 2010 after a border dispute.');
    expect(r.positions).toEqual([]);
    expect(r.unattributed[0]!.reason).toMatch(/opening words name Peru/);
  });

  it('does not take a state merely named in a sentence whose subject is no actor', () => {
    const r = read(
      "Within the region, key supporters of Kosovo's statehood include Peru and Chile.",
    );
    expect(r.positions).toEqual([]);
    expect(r.unattributed[0]!.reason).toMatch(/only named in it/);
  });
});

describe("a possessive's owner is the actor, not a name that modifies the noun after it", () => {
  it('reads "Peru\'s Kosovo policy" and "the parameters of Peru\'s Kosovo policy" as Peru\'s', () => {
    expect(who("In 2010, Chile's Kosovo policy changed.")).toEqual([['chile', 'possessor']]);
    expect(who("In 2011, Peru's Kosovo strategy remained the same.")).toEqual([
      ['peru', 'possessor'],
    ]);
    expect(
      who(
        "Though the new government of Peruvian President Ollanta Humala was an improvement, the general parameters of Peru's Kosovo policy remained unchanged.",
      ),
    ).toEqual([['peru', 'possessor']]);
  });

  it('does not make the owner of a topic inside an "of" phrase the actor', () => {
    expect(
      read("Within the region, key supporters of Kosovo's statehood include Peru and Chile.")
        .positions,
    ).toEqual([]);
  });

  it('takes the agent of a noun of action in the subject ("recognition … by Peru")', () => {
    expect(who('In 2012, the recognition of Kosovo by Peru ended a long debate.')).toEqual([
      ['peru', 'agent'],
    ]);
    expect(who('The rejection of the plan by Chile in 2011 surprised its neighbours.')).toEqual([
      ['chile', 'agent'],
    ]); // "member states" is no speech verb ("states"): the agent after "recognition by" acts.
    const lack = read(
      'Despite its growth, the lack of recognition by Peru and other countries, notably four member states, remains a barrier to its plans.',
    ).positions;
    expect(lack.map((p) => [p.actor.id, p.actorBasis, p.voice])).toEqual([
      ['peru', 'agent', 'analysis'],
    ]);
  });

  it('finds the subject after an opening adverbial closed by its comma', () => {
    expect(
      who(
        'Due to strained relations with Chile and the European Union, Peru aims to develop better relations with Asia.',
      ),
    ).toEqual([['peru', 'subject']]);
  });
});

describe("an organisation's court, and its members, act for themselves", () => {
  const union: OrganisationRecord = {
    id: 'ruritanian-union',
    name: 'Ruritanian Union',
    abbreviation: 'RU',
    kind: 'intergovernmental',
    aliases: ['Ruritanian Union', 'RU', 'Court of Justice of the Ruritanian Union', 'CJRU', 'RUSC'],
    members: null,
    membersReason: null,
    origin: 'editorial',
  };

  it('reads an alias that names a court, or is its initials, as the court', () => {
    const court = { type: 'other', id: 'court-of-justice-of-the-ruritanian-union' };
    expect(courtOf(union, 'CJRU')).toMatchObject(court);
    expect(courtOf(union, 'Court of Justice of the Ruritanian Union')).toMatchObject(court);
    // The organisation's own names and its political organs act for it.
    expect(courtOf(union, 'RU')).toBeNull();
    expect(courtOf(union, 'RUSC')).toBeNull();
  });

  it("gives a court's ruling to the court, and a council's decision to its organisation", () => {
    expect(
      who('In 2010 the International Court of Justice ruled that the declaration was legal.'),
    ).toEqual([['international-court-of-justice', 'subject']]);
    expect(
      who('The ICJ released its advisory opinion on 22 July 2010, affirming the declaration.'),
    ).toEqual([['international-court-of-justice', 'subject']]);
    expect(who('On 26 November 2008, the UNSC approved the deployment of the mission.')).toEqual([
      ['united-nations', 'subject'],
    ]);
  });

  it('gives what members of an organisation did to the members, not the organisation', () => {
    expect(
      who('In the days that followed, several African UNPO members expressed their own reactions.'),
    ).toEqual([['african-unpo-members', 'subject']]);
    expect(who("In 2009, UNPO's African members welcomed the declaration.")).toEqual([
      ['unpo-african-members', 'subject'],
    ]);
    expect(who('In 2010, members of the OIC called for dialogue.')).toEqual([
      ['members-of-the-oic', 'subject'],
    ]);
    // The organisation acting on its members is still its own act.
    expect(who('In 2010, the OIC called on its members to recognise the new state.')).toEqual([
      ['oic', 'subject'],
    ]);
  });

  it('reads "the Governments of Peru and Chile" as led by the first, its owner', () => {
    expect(
      who(
        'In 2012, the Governments of Peru and Chile concluded a first agreement on normalisation.',
      ),
    ).toEqual([['peru', 'possessor']]);
  });
});

describe('the speaker of a speech verb', () => {
  it('is never a body named in an adverbial before the speaker, in any case', () => {
    const persons = new PersonRegistry(
      () => false,
      () => false,
    );
    for (const sentence of [
      'In July 2010, following the ICJ decision, the nationalist parties expressed their hope.',
      'In 2011, after the OIC summit, the opposition parties stated their hope.',
    ]) {
      const found = speakingActor(sentence, finder.mentions(sentence), persons);
      expect(found?.direct ?? false, sentence).toBe(false);
    }
  });
});
