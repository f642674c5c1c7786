import { describe, expect, it } from 'vitest';
import { splitGluedHeadings, wordUses } from '../../../../src/ingest/read/gluedHeadings';

// An article that names Ruritania often and writes "relations" and "history" in lower case too.
const CONTEXT =
  'Ruritania Ruritania Ruritania Ruritania Ruritania relations history trade Freedonia';

describe('wordUses', () => {
  it('counts words as written, a possessive as its word, and knows lower-case uses', () => {
    const uses = wordUses("Ruritania's trade. Ruritania trades; the Trade Office.");
    expect(uses.asWritten('Ruritania')).toBe(2);
    expect(uses.asWritten('Trade')).toBe(1);
    expect(uses.lowerCase('Trade')).toBe(true);
    expect(uses.lowerCase('Office')).toBe(false);
  });
});

describe('splitGluedHeadings', () => {
  it('splits a heading before a capitalised article that opens the next clause', () => {
    expect(
      splitGluedHeadings('Talks ended. Trade and Relations The ministry then wrote.', CONTEXT).map(
        (p) => [p.kind, p.text, p.offset],
      ),
    ).toEqual([
      ['text', 'Talks ended.', 0],
      ['heading', 'Trade and Relations', 13],
      ['text', 'The ministry then wrote.', 33],
    ]);
  });

  it('splits before a frequent subject followed by a lower-case word', () => {
    expect(
      splitGluedHeadings('It ended. Early History Ruritania declared itself free.', CONTEXT).map(
        (p) => [p.kind, p.text],
      ),
    ).toEqual([
      ['text', 'It ended.'],
      ['heading', 'Early History'],
      ['text', 'Ruritania declared itself free.'],
    ]);
  });

  it('leaves a name, a rare name and a run without a common noun in the prose', () => {
    for (const text of [
      // A run ending in a connector is a name.
      'It ended. The Republic of Ruritania has embassies.',
      // Freedonia is too rare in the article to be a subject it keeps returning to.
      'It ended. Early History Freedonia declared itself free.',
      // "Foreign Minister" is no word the article writes in lower case.
      'It ended. Foreign Minister Ruritania said so.',
    ])
      expect(splitGluedHeadings(text, CONTEXT), text).toEqual([{ kind: 'text', text, offset: 0 }]);
  });

  it('reads a frequent word that "of" follows as inside a name, not a subject after a heading', () => {
    // The article writes "Affairs" often (in a ministry's name) and "ministry", "foreign" in lower case.
    const context = `${CONTEXT} the ministry of foreign affairs Affairs Affairs Affairs Affairs Affairs`;
    for (const text of [
      'It ended. In May 2020, the Ministry of Foreign Affairs of Ruritania welcomed the accord.',
      'It ended. The Foreign Affairs of Ruritania were run from the capital.',
    ])
      expect(splitGluedHeadings(text, context), text).toEqual([{ kind: 'text', text, offset: 0 }]);
    // A frequent subject that a verb follows still ends a heading.
    expect(
      splitGluedHeadings('It ended. Trade History Affairs took a new turn.', context).map(
        (p) => p.kind,
      ),
    ).toEqual(['text', 'heading', 'text']);
  });

  it('counts no article, preposition or number as the common noun of a heading', () => {
    // The article writes "the", "on" and "2020" in lower case too (a number has no other case).
    const context = `${CONTEXT} the talks on trade in 2020`;
    for (const text of [
      'It ended. The National Ruritania envoy left.',
      'It ended. On 1 May 2020 the Royal Ruritania office opened.',
    ])
      expect(splitGluedHeadings(text, context), text).toEqual([{ kind: 'text', text, offset: 0 }]);
  });
});
