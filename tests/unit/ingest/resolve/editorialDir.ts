// A tiny editorial folder for the tests of the editorial files: every file the ingest requires,
// empty unless a test writes it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The sections source-patterns.yaml must have (events is optional). */
export const SOURCE_PATTERN_SECTIONS = [
  'figures',
  'groupTallies',
  'membership',
  'disputeAssertions',
  'disputeDenials',
  'withdrawalLists',
  'positionTableSections',
  'partOfNameWords',
  'peopleWords',
];

const REQUIRED: Record<string, string> = {
  'countries.yaml':
    'codes: []\ncorrections: []\nextraEntities: []\nkinds: []\ndisplayNames: []\ndemonyms: []\n',
  'blank-names.yaml': '[]\n',
  'organisations.yaml': '[]\n',
  'membership-tokens.yaml': '[]\n',
  'source-patterns.yaml': SOURCE_PATTERN_SECTIONS.map((section) => `${section}: []\n`).join(''),
};

/** A folder with the required files, `files` replacing or adding to them (null: left out). */
export function editorialDir(files: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'editorial-'));
  for (const [name, text] of Object.entries({ ...REQUIRED, ...files }))
    if (text !== null) writeFileSync(path.join(dir, name), text);
  return dir;
}
