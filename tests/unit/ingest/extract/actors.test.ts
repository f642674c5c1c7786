/** Who a sentence names: states, organisations, Kosovo and capitals standing for governments (actors.ts). */
import { describe, expect, it } from 'vitest';
import { isDemonymMention } from '../../../../src/ingest/extract/actors';
import { finder } from './statement/fixtures';

const ids = (sentence: string) => finder.mentions(sentence).map((m) => m.actor.id);

describe('mentions', () => {
  it("does not take a people, a person's nationality or a city for a state", () => {
    expect(ids('autonomy for ethnic Hungarians and the Hungarian minority in Slovakia')).toEqual([
      'slovakia',
    ]);
    expect(ids('headed by Dutch diplomat Pieter Feith, in Mexico City')).toEqual([]);
    expect(ids('Moscow views Kosovo as part of Serbia')).toEqual(['russia', 'kosovo', 'serbia']);
  });
  it('does not take a birthplace for a state ("Peru-born")', () => {
    expect(ids('The Peru-born athlete won gold.')).toEqual([]);
  });
  it('takes a capital for its government before a verb or as a possessor, not as a place', () => {
    expect(ids("Lima's policy has not changed.")).toEqual(['peru']);
    expect(ids('The embassy in Lima closed.')).toEqual([]);
    expect(ids("The talks stalled over Lima's policy.")).toEqual(['peru']);
  });
  it('gives each mention its place in the sentence and tells a prepositional one', () => {
    expect(
      finder
        .mentions('Peru sent a note to Chile.')
        .map((m) => [m.actor.id, m.index, m.end, m.prepositional]),
    ).toEqual([
      ['peru', 0, 4, false],
      ['chile', 20, 25, true],
    ]);
  });
  it('reads a participle that works as a preposition as one ("surrounding", "regarding", …)', () => {
    // Statements review 10 (bkr:17): "The controversy surrounding Kosovo's independence shows …"
    // was Kosovo's act by the possessor; what a noun is about is no one who acts.
    for (const sentence of [
      "The controversy surrounding Peru's independence shows global contrasts.",
      "The debate regarding Peru's claim went on.",
      "Questions concerning Peru's border remain.",
      "Talks involving Peru's envoy stalled.",
      "Despite Peru's protest, the vote went ahead.",
    ])
      expect(
        finder.mentions(sentence).map((m) => [m.actor.id, m.prepositional]),
        sentence,
      ).toEqual([['peru', true]]);
  });
  it('names Kosovo as the subject actor, with no country record', () => {
    const [m] = finder.mentions('Kosovo signed an accord.');
    expect(m).toMatchObject({ actor: { id: 'kosovo' }, country: null, index: 0, end: 6 });
  });
  it('names an organisation by the alias written, as an organisation', () => {
    const [m] = finder.mentions('The European Union said it would wait.');
    expect(m).toMatchObject({
      actor: { type: 'organisation', id: 'european-union' },
      index: 4,
      end: 18,
      prepositional: false,
    });
  });
});

describe('a mention written as a nationality', () => {
  const demonymFlags = (sentence: string) =>
    finder.mentions(sentence).map((m) => [m.actor.id, isDemonymMention(sentence, m)]);
  it('is told from the state’s name ("Peruvian" beside "Chile"; Kosovo has no record)', () => {
    expect(demonymFlags('The Peruvian government and Chile signed an accord.')).toEqual([
      ['peru', true],
      ['chile', false],
    ]);
    expect(demonymFlags('Kosovo signed an accord.')).toEqual([['kosovo', false]]);
  });
});
