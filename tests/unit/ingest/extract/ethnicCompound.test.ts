/**
 * Issue 15: two nationalities side by side, or a place's name and a nationality ("Bosnian Serb",
 * "Croatian Serb", "Kosovo Albanian"), name a people of the first place: an entity's leaders or a
 * community's parties are not the state of either word.
 */
import { describe, expect, it } from 'vitest';
import { countries, finder, fixtureArticle, orgs } from './statement/fixtures';
import { extractProsePositions } from '../../../../src/ingest/prosePositions';
import { mergePositions } from '../../../../src/ingest/positions';

const named = (sentence: string) => finder.mentions(sentence).map((m) => m.actor.id);
const actors = (text: string) => {
  const { doc, persons } = fixtureArticle(text);
  const { positions } = extractProsePositions(doc, countries, orgs, persons, new Set());
  return mergePositions(positions, (a) => `/${a.id}/`).map((p) => `${p.actor.type}:${p.actor.id}`);
};

describe('a nationality beside another nationality names a people', () => {
  it('names no state for "Bosnian Serb", "Croatian Serb" or "Kosovo Albanian"', () => {
    expect(named('Bosnian Serb leader Milorad Dodik said it.')).toEqual([]);
    expect(named('The Croatian Serb leaders said it.')).toEqual([]);
    expect(named('Kosovo Albanian parties said it.')).toEqual([]);
  });

  it('keeps a nationality after a word that is no nationality', () => {
    expect(named('Former Serbian President Boris Tadić said it.')).toEqual(['serbia']);
    expect(named('Deputy Serbian Prime Minister Ana Ruiz said it.')).toEqual(['serbia']);
  });

  it("does not make an entity's leaders act for the state", () => {
    expect(
      actors('In 2010, the Croatian Serb leaders said that the decision was illegal.'),
    ).toEqual([]);
    expect(
      actors(
        'In 2010, Former Serbian President Boris Tadić said that Serbia would never accept it.',
      ),
    ).toEqual(['state:serbia']);
  });
});
