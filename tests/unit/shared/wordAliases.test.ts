import { describe, expect, it } from 'vitest';
import {
  applyWordAliases,
  buildWordAliases,
  foldedSpellings,
  hasUndecomposableLetter,
  stripMarks,
  wordsOf,
} from '../../../src/shared/wordAliases';

describe('stripMarks', () => {
  it('drops combining marks and case', () => {
    expect(stripMarks('Dačić')).toBe('dacic');
    expect(stripMarks('ÅLESUND')).toBe('alesund');
  });

  it('leaves letters Unicode does not decompose', () => {
    expect(stripMarks('Đurić')).toBe('đuric');
    expect(hasUndecomposableLetter('Đurić')).toBe(true);
    expect(hasUndecomposableLetter('Dačić')).toBe(false);
  });
});

describe('foldedSpellings', () => {
  it('offers the common transliterations', () => {
    expect(foldedSpellings('Đurić')).toEqual(['duric', 'djuric']);
    expect(foldedSpellings('Łódź')).toEqual(['lodz']);
    expect(foldedSpellings('Straße')).toEqual(['strasse']);
  });
});

describe('wordsOf', () => {
  it('splits on punctuation and hyphens, keeping letters with marks', () => {
    expect(wordsOf('Marko Đurić, 3 March — Bosnia-Herzegovina')).toEqual([
      'Marko',
      'Đurić',
      '3',
      'March',
      'Bosnia',
      'Herzegovina',
    ]);
  });
});

describe('word aliases', () => {
  const aliases = buildWordAliases(
    wordsOf('Marko Đurić met Dačić in Tromsø; Tromso is elsewhere.'),
  );

  it('maps folded spellings to the spelling in the text', () => {
    expect(aliases).toEqual({ duric: 'đurić', djuric: 'đurić', tromsoe: 'tromsø' });
  });

  it('never aliases a spelling that occurs literally', () => {
    expect(aliases.tromso).toBeUndefined();
  });

  it('rewrites only aliased words of a query, whatever their case or marks', () => {
    expect(applyWordAliases('DURIC statement', aliases)).toBe('đurić statement');
    expect(applyWordAliases('Djurić Dacic', aliases)).toBe('đurić Dacic');
    expect(applyWordAliases('"territorial integrity"', aliases)).toBe('"territorial integrity"');
  });
});
