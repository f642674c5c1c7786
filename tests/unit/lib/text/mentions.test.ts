/** Names found in a text for cross-links: offsets, longest name, people not states (mentions.ts). */
import { describe, expect, it } from 'vitest';
import { mentionFinder } from '../../../../src/lib/text/mentions';
import type { Linkable } from '../../../../src/lib/text/linkable';

const linkable = (id: string, names: string[]): Linkable => ({
  id,
  kind: 'state',
  href: `states/${id}/`,
  names,
});
const finder = mentionFinder([
  linkable('guinea', ['Guinea', 'Guinean']),
  linkable('equatorial-guinea', ['Equatorial Guinea']),
  linkable('niger', ['Niger']),
  linkable('peru', ['Peru', 'Peruvian']),
  linkable('turkiye', ['Türkiye']),
]);
const found = (text: string) => finder.find(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('mentionFinder', () => {
  it('gives each name with its offsets in the original text, left to right', () => {
    expect(finder.find('Peru and Guinea agreed.')).toEqual([
      { start: 0, end: 4, id: 'peru' },
      { start: 9, end: 15, id: 'guinea' },
    ]);
  });
  it('lets the longest name win and finds no name inside a longer word', () => {
    expect(found('Equatorial Guinea met Nigeria and Niger.')).toEqual([
      ['Equatorial Guinea', 'equatorial-guinea'],
      ['Niger', 'niger'],
    ]);
  });
  it('finds a name written with or without its diacritics, keeping the original offsets', () => {
    expect(found('Türkiye and Turkiye agreed.')).toEqual([
      ['Türkiye', 'turkiye'],
      ['Turkiye', 'turkiye'],
    ]);
  });
  it('does not take a people or an attribute for the state', () => {
    expect(found('an ethnic Peruvian, an anti-Peruvian, a Kosovo Guinean')).toEqual([]);
    // The same names standing alone are the states.
    expect(found('a Peruvian, a Guinean')).toEqual([
      ['Peruvian', 'peru'],
      ['Guinean', 'guinea'],
    ]);
  });
  it('finds nothing with no names to look for', () => {
    expect(mentionFinder([]).find('Peru agreed.')).toEqual([]);
  });
  it('keeps one finder per list', () => {
    const list = [linkable('peru', ['Peru'])];
    expect(mentionFinder(list)).toBe(mentionFinder(list));
  });
});
