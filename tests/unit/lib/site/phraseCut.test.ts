/**
 * The dimmed rest of a sentence a card was cut from stops where a phrase ends, never inside one
 * (re-check 7, N2: "…membership in the Council of Europe was not …").
 */
import { describe, expect, it } from 'vitest';
import { phraseCut, wordsAfter } from '../../../../src/lib/site/continuation';

describe('phraseCut', () => {
  it('gives a rest that fits whole', () => {
    expect(phraseCut(', after which Ruritania left.')).toBe(', after which Ruritania left.');
  });

  it('stops at the last clause end within the room: a comma or semicolon, else "and"', () => {
    expect(
      phraseCut(
        '; the Freedonian loan was withdrawn, the embassy closed and every treaty with Ruritania was suspended for a decade.',
      ),
    ).toBe('; the Freedonian loan was withdrawn …');
    expect(
      phraseCut(
        ' and through further talks accepted a roadmap and a timetable for its implementation the following month.',
      ),
    ).toBe(' and through further talks accepted a roadmap …');
  });

  it('prefers a comma to an "and" that may join two verbs of one clause', () => {
    expect(
      phraseCut(
        ', after which the Freedonian paper Kurier, which conducted and published the poll, found a majority against.',
      ),
    ).toBe(', after which the Freedonian paper Kurier …');
  });

  it('takes the first clause end a little past the room rather than stop inside a phrase', () => {
    expect(
      phraseCut(
        '; Ruritanian membership in the Council of Freedonian States was not supported; all trade programmes with the capital were frozen.',
      ),
    ).toBe('; Ruritanian membership in the Council of Freedonian States was not supported …');
  });

  it('gives a rest at most half as long again as the room whole when no phrase ends within it', () => {
    const rest = ', which advocates for a negotiated settlement that respects Ruritania’s borders.';
    expect(rest.length).toBeGreaterThan(64);
    expect(phraseCut(rest)).toBe(rest);
  });

  it('cuts a long rest with no clause end at a word, never after one that needs the next', () => {
    expect(
      phraseCut(
        ', while the Freedonian delegation was not supported by anyone at all in the long years of the talks',
        40,
      ),
    ).toBe(', while the Freedonian delegation …');
    expect(
      phraseCut(
        ' Ruritanian membership of the Council was not supported by the other members of the Freedonian alliance in any year',
        40,
      ),
    ).toBe(' Ruritanian membership of the Council …');
  });

  it('is what a card shows after a statement cut before its sentence ends', () => {
    expect(
      wordsAfter({
        text: 'The Council decided against Ruritania in 1997: The treaty was not concluded',
        context: {
          kind: 'enclosing',
          text: 'The Council decided against Ruritania in 1997: The treaty was not concluded; Ruritanian membership in the Council of Freedonian States was not supported; all trade programmes were frozen.',
          source: 'ruritania',
          line: 3,
        },
      }),
    ).toBe('; Ruritanian membership in the Council of Freedonian States was not supported …');
  });
});
