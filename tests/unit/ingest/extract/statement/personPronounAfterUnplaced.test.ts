/**
 * Issue 15: "he", "she", "his" or "her" opening a clause points back to a person, the one the
 * sentence before is about. When no rule placed that sentence, the person's side is not established,
 * and the actor of a sentence further back (often Kosovo) is someone else's: no actor, with the
 * reason, rather than a guess.
 */
import { describe, expect, it } from 'vitest';
import { readFixtureArticle } from './fixtures';

function read(text: string) {
  const { positions, unattributed } = readFixtureArticle(text);
  return {
    statements: positions.map((p) => `${p.actor.type}:${p.actor.id} ${p.text}`),
    unattributed: unattributed.map((u) => `${u.sentence.split(' ')[0]}: ${u.reason}`),
  };
}

describe('a person pronoun after a sentence no rule placed', () => {
  it('does not carry the actor of a sentence further back into a possessive', () => {
    const r = read(
      "Peru applied for membership of the council in May 2022. Ana Ruiz, by then a member of the Chilean Parliament, was appointed the council's rapporteur on the application. Her report, adopted on 27 March 2024, recommended that Peru be invited to become a member.",
    );
    expect(r.statements).toEqual([
      'state:peru Peru applied for membership of the council in May 2022.',
    ]);
    expect(r.unattributed).toContain(
      'Her: its subject points back to a person the sentence before names, whose side no rule establishes',
    );
  });

  it('reads a sentence before that names a person and no actor as the antecedent too', () => {
    // No state is named in it, so it is not even reported: it has no actor, and no rule missed one.
    const r = read(
      "Peru applied for membership of the council in May 2022. Ana Ruiz, by then a member of the Hellenic Parliament, was appointed the council's rapporteur on the application. Her report, adopted on 27 March 2024, recommended that Peru be invited to become a member.",
    );
    expect(r.statements).toEqual([
      'state:peru Peru applied for membership of the council in May 2022.',
    ]);
    expect(r.unattributed).toEqual([
      'Her: its subject points back to a person the sentence before names, whose side no rule establishes',
    ]);
  });

  it('does not carry it into "he" or "his" either', () => {
    const r = read(
      "In 2020, Peru's Prime Minister Ana Ruiz questioned whether a diplomat from Chile could act impartially. Mario Soto, by then a member of the Chilean Parliament, was appointed envoy in 2020. He presented the proposal to Ruiz on 27 February 2023. His mandate was extended several times.",
    );
    expect(r.statements.map((s) => s.split(' ')[0])).toEqual(['state:peru']);
    expect(r.unattributed.map((u) => u.split(':')[0])).toEqual(['Mario', 'He', 'His']);
  });

  it('still carries a person pronoun after a sentence whose person acts for a state', () => {
    expect(
      read(
        "In May 2013, Peru's Foreign Minister Ana Ruiz visited Lima. She also met the president of the assembly in 2013.",
      ).statements.map((s) => s.split(' ')[0]),
    ).toEqual(['state:peru', 'state:peru']);
  });
});
