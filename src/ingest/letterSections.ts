/**
 * Tables split into letter sections ("===== I =====") list states by name: a row whose state is
 * not filed under its section's letter holds a wrong code (Argentina's row with DR Congo's code
 * would move both states' evidence silently), and letter sections out of order are a pasted or
 * moved section. Both stop the ingest at the row or heading.
 */
import { SourceError, type Table } from './read/document';
import type { CountryRecord } from './resolve/countries';
import { stripDiacritics } from '../shared/text';

/** The section letter a table sits under, or null when its section is no single letter. */
export function sectionLetter(table: Table): string | null {
  const last = table.section.at(-1) ?? '';
  return /^\p{Lu}$/u.test(last) ? last : null;
}

/**
 * Whether `record` can be filed under `letter`: by its name or any other name it goes by ("The
 * Bahamas" under B), or by the last word of its name, as alphabetical lists file "Korea, North".
 */
function filedUnder(record: CountryRecord, letter: string): boolean {
  const initials = [record.name, ...record.names]
    .map((n) => stripDiacritics(n).replace(/^the\s+/i, ''))
    .flatMap((n) => [n[0], n.split(/\s+/).at(-1)?.[0]])
    .map((c) => c?.toUpperCase());
  return initials.includes(letter);
}

/** Throws at a row whose state does not belong under the table's letter section. */
export function checkFiledUnderLetter(
  table: Table,
  record: CountryRecord,
  cell: string,
  file: string,
  line: number,
): void {
  const letter = sectionLetter(table);
  if (!letter || filedUnder(record, letter)) return;
  throw new SourceError(
    file,
    line,
    `a state filed under "${letter}" (the section lists states alphabetically; a mistyped or pasted code?)`,
    `${cell} (${record.name})`,
  );
}

/** Throws at the first letter section that does not follow the one before it in the alphabet. */
export function checkLetterOrder(tables: Table[], file: string): void {
  let previous: { letter: string; path: string } | null = null;
  for (const t of tables) {
    const letter = sectionLetter(t);
    if (!letter) continue;
    const path = t.section.slice(0, -1).join(' / ');
    if (previous && previous.path === path && letter.localeCompare(previous.letter) <= 0)
      throw new SourceError(
        file,
        t.line,
        `the letter sections in alphabetical order ("${letter}" after "${previous.letter}": a section moved or pasted twice?)`,
        letter,
      );
    previous = { letter, path };
  }
}
