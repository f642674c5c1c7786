import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorialNames, loadEditorialNames } from '../../../src/shared/editorial';

const editorialDir = path.resolve('content/editorial');

/** An editorial folder with the real countries.yaml and the given names.yaml. */
function folderWith(namesYaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-names-'));
  writeFileSync(path.join(dir, 'names.yaml'), namesYaml);
  writeFileSync(
    path.join(dir, 'countries.yaml'),
    readFileSync(path.join(editorialDir, 'countries.yaml')),
  );
  return dir;
}

describe('editorial names (content/editorial/names.yaml)', () => {
  it('gives short forms by ISO code, entity names by id and the never-link names', () => {
    const names = editorialNames(editorialDir);
    expect(names.shortForms['TUR']?.names).toContain('Turkey');
    expect(names.shortForms['USA']?.abbreviations).toContain('U.S.');
    expect(names.shortForms['KOR']?.abbreviations).toEqual([]);
    expect(names.entities['northern-cyprus']?.shortForms).toContain('TRNC');
    expect(names.neverLink.has('Congo')).toBe(true);
  });

  it("reads an entity's demonyms from countries.yaml, where the ingest reads them, without repeating them", () => {
    const names = loadEditorialNames(folderWith('shortForms: []\nentities: []\nneverLink: []\n'));
    expect(names.entities['abkhazia']?.demonyms).toEqual(['Abkhazian', 'Abkhaz']);
    expect(readFileSync(path.join(editorialDir, 'names.yaml'), 'utf8')).not.toMatch(/id: abkhazia/);
  });

  it('refuses an entry without a reason, naming the file and the entry', () => {
    const dir = folderWith(
      'shortForms:\n  - iso3: TUR\n    names: [Turkey]\nentities: []\nneverLink: []\n',
    );
    // The entry's own line and column: "  - iso3: TUR" is line 2, column 5.
    expect(() => loadEditorialNames(dir)).toThrow(/^names\.yaml:2:5: .* at shortForms\.0\.reason/);
  });

  it('refuses a never-link entry with a reason too short to say why', () => {
    const dir = folderWith(
      'shortForms: []\nentities: []\nneverLink:\n  - name: Congo\n    reason: no\n',
    );
    expect(() => loadEditorialNames(dir)).toThrow(/every editorial entry needs a reason/);
  });
});
