/**
 * Issue 15 (statements found): "…, had a meeting with the president of the General Assembly, Ana
 * Ruiz, who stated that …" — a relative clause telling an act of an office holder named in apposition
 * to the office is that holder's act; the part keeps the office, which says whose side it is.
 */
import { describe, expect, it } from 'vitest';
import { nameEnding, splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { countries, finder, fixtureArticle, orgs, persons } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;
const split = (sentence: string) => splitActs(sentence, named, nameEnding(finder));

describe('a relative clause on an office holder named in apposition', () => {
  it('is cut off with the office and the name', () => {
    expect(
      split(
        'On 17 January 2012, the President of Chile had a meeting with the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser, who stated that he will continue to support Chile.',
      ),
    ).toEqual([
      'On 17 January 2012, the President of Chile had a meeting with the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser',
      'the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser, who stated that he will continue to support Chile.',
    ]);
    expect(
      split(
        'In May 2010 the Chilean envoy travelled to Lima to meet the foreign minister of Peru, Ana Ruiz, who said that Peru would not recognise the islands.',
      ),
    ).toEqual([
      'In May 2010 the Chilean envoy travelled to Lima to meet the foreign minister of Peru, Ana Ruiz',
      'the foreign minister of Peru, Ana Ruiz, who said that Peru would not recognise the islands.',
    ]);
  });

  it('stays whole when no office stands before the name', () => {
    const sentence =
      'In May 2010 the Chilean envoy travelled to Lima to meet the writer, Ana Ruiz, who said that Peru would not recognise the islands.';
    expect(split(sentence)).toEqual([sentence]);
  });

  it('is a statement of the body the office belongs to', () => {
    const { doc, persons } = fixtureArticle(
      'On 17 January 2012, the President of Chile had a meeting with the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser, who stated that he will continue to support Chile.',
    );
    const positions = extractProsePositions(doc, countries, orgs, persons, new Set()).positions;
    expect(positions.map((p) => p.actor.id)).toEqual(['chile', 'united-nations']);
  });

  it('has the holder as its speaker, with the office as the role', () => {
    const un = { type: 'organisation' as const, id: 'united-nations', name: 'United Nations' };
    expect(
      clauseSpeakers(
        'the president of the United Nations General Assembly, Nassir Abdulaziz Al-Nasser, who stated that he will continue to support Chile.',
        un,
        persons(),
      ),
    ).toEqual([
      {
        name: 'Nassir Abdulaziz Al-Nasser',
        role: 'president of the United Nations General Assembly',
      },
    ]);
    const peru = { type: 'state' as const, id: 'peru', name: 'Peru' };
    expect(
      clauseSpeakers(
        'the foreign minister of Peru, Ana Ruiz, who said that Peru would not recognise the islands.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Ana Ruiz', role: 'foreign minister of Peru' }]);
  });
});
