import { describe, expect, it } from 'vitest';
import { foldAsciiWords, foldKey, foldText, foldWords, nameKey } from '../../../src/shared/fold';

describe('the one fold (src/shared/fold.ts)', () => {
  it('keeps case and maps each folded unit back to the original', () => {
    const folded = foldText('Côte d’Ivoire  and\nSão');
    expect(folded.text).toBe("Cote d'Ivoire and Sao");
    // "S" of São: offset 19 in the original (two spaces and a newline folded to one space).
    expect(folded.start[folded.text.indexOf('Sao')]).toBe(19);
  });

  it('compares names without case, accents, typographic apostrophes or dashes', () => {
    expect(foldKey('  São Tomé and Príncipe ')).toBe('sao tome and principe');
    expect(foldKey('Côte d’Ivoire')).toBe(foldKey("Cote d'Ivoire"));
    expect(foldKey('Kosovo–Russia')).toBe('kosovo-russia');
    expect(nameKey(' Türkiye ')).toBe('Turkiye');
  });

  it('gives the words of a title, punctuation dropped', () => {
    expect(foldWords('Kosovo–Russia Relations')).toBe('kosovo russia relations');
    expect(foldWords('Kosovo - Foreign Relations')).toBe('kosovo foreign relations');
    // A letter with no ASCII base stays a letter.
    expect(foldWords('Đurić')).toBe('đuric');
  });

  it('gives ASCII words for ids: a letter with no ASCII base splits the word', () => {
    expect(foldAsciiWords('Đurić said, on 3 May:')).toBe('uric said on 3 may');
    expect(foldAsciiWords('Not recognised')).toBe('not recognised');
  });
});
