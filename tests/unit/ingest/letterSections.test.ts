import { describe, expect, it } from 'vitest';
import {
  checkFiledUnderLetter,
  checkLetterOrder,
  sectionLetter,
} from '../../../src/ingest/letterSections';
import type { Table } from '../../../src/ingest/read/document';
import type { CountryRecord } from '../../../src/ingest/resolve/countries';

const table = (line: number, ...section: string[]): Table => ({
  kind: 'table',
  line,
  section,
  header: { line, cells: ['Country', 'Date'] },
  rows: [],
});

const record = (name: string, names: string[] = []): CountryRecord => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  officialName: null,
  iso3: null,
  ioc: null,
  ccn3: null,
  kind: 'un-member',
  region: null,
  subregion: null,
  names,
  demonyms: [],
  capitals: [],
});

describe('sectionLetter', () => {
  it('is the last heading when that is one capital letter', () => {
    expect(sectionLetter(table(3, 'Recognitions', 'States', 'K'))).toBe('K');
    expect(sectionLetter(table(3, 'Recognitions', 'É'))).toBe('É');
  });

  it('is null under a heading that is no single letter', () => {
    expect(sectionLetter(table(3, 'Recognitions', 'States'))).toBeNull();
    expect(sectionLetter(table(3, 'Recognitions', 'k'))).toBeNull();
    expect(sectionLetter(table(3))).toBeNull();
  });
});

describe('checkFiledUnderLetter', () => {
  const underB = table(10, 'States', 'B');

  it('accepts a state under the initial of its name, another of its names, or its last word', () => {
    expect(() =>
      checkFiledUnderLetter(underB, record('Borduria'), 'BOR', 'a.txt', 12),
    ).not.toThrow();
    // "The" is not filed under T.
    expect(() =>
      checkFiledUnderLetter(underB, record('The Bahamas'), 'BAH', 'a.txt', 12),
    ).not.toThrow();
    expect(() =>
      checkFiledUnderLetter(underB, record('Syldavia', ['Bordurian March']), 'SYL', 'a.txt', 12),
    ).not.toThrow();
    expect(() =>
      checkFiledUnderLetter(table(10, 'States', 'N'), record('Korea North'), 'PRK', 'a.txt', 12),
    ).not.toThrow();
    // Diacritics are dropped before the initial is taken.
    expect(() =>
      checkFiledUnderLetter(table(10, 'States', 'O'), record('Österreich'), 'AUT', 'a.txt', 12),
    ).not.toThrow();
  });

  it('stops at the row of a state filed under another letter, naming cell and state', () => {
    expect(() => checkFiledUnderLetter(underB, record('Ruritania'), 'RUR', 'a.txt', 12)).toThrow(
      'a.txt:12: expected a state filed under "B" (the section lists states alphabetically; a mistyped or pasted code?), found "RUR (Ruritania)"',
    );
  });

  it('checks nothing in a table outside letter sections', () => {
    expect(() =>
      checkFiledUnderLetter(table(10, 'States'), record('Ruritania'), 'RUR', 'a.txt', 12),
    ).not.toThrow();
  });
});

describe('checkLetterOrder', () => {
  it('accepts letter sections in order, and a new run of letters under another heading', () => {
    expect(() =>
      checkLetterOrder(
        [
          table(1, 'UN members', 'A'),
          table(5, 'UN members', 'C'),
          table(9, 'Other'),
          table(12, 'Others', 'A'),
        ],
        'a.txt',
      ),
    ).not.toThrow();
  });

  it('stops at a letter that repeats or goes back', () => {
    expect(() =>
      checkLetterOrder([table(1, 'UN', 'A'), table(5, 'UN', 'D'), table(9, 'UN', 'C')], 'a.txt'),
    ).toThrow(
      'a.txt:9: expected the letter sections in alphabetical order ("C" after "D": a section moved or pasted twice?), found "C"',
    );
    expect(() => checkLetterOrder([table(1, 'UN', 'B'), table(5, 'UN', 'B')], 'a.txt')).toThrow(
      /^a\.txt:5: /,
    );
  });
});
