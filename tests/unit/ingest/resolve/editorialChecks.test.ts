import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../../src/ingest/read/document';
import type { ResolvedRecognition } from '../../../../src/ingest/recognitions';
import type { CountryIndex } from '../../../../src/ingest/resolve/countries';
import { loadEditorial } from '../../../../src/ingest/resolve/editorial';
import {
  checkEditorialMatches,
  checkEditorialReferences,
  keepFormerIdsOfClaims,
} from '../../../../src/ingest/resolve/editorialChecks';
import type { Claim, Event, Position } from '../../../../src/schemas';
import { editorialDir } from './editorialDir';

const countries = { hasCode: (iso3: string) => ['RUR', 'FRE'].includes(iso3) } as CountryIndex;

const COUNTRIES = (codes: string) =>
  `codes:\n${codes}corrections: []\nextraEntities: []\nkinds: []\ndisplayNames: []\ndemonyms: []\n`;

describe('checkEditorialReferences: every state and organisation an entry names exists', () => {
  it('accepts entries that name known states and organisations', () => {
    const editorial = loadEditorial(
      editorialDir({
        'countries.yaml': COUNTRIES(
          '  - code: RUT\n    iso3: RUR\n    reason: The table writes RUT.\n',
        ),
        'organisations.yaml': `- id: arctic-league
  name: Arctic League
  abbreviation: AL
  kind: intergovernmental
  aliases: []
  members: [RUR, FRE]
  membersReason: The league's charter lists both.
`,
        'membership-tokens.yaml':
          '- token: AL\n  column: Membership\n  organisation: arctic-league\n  reason: The tables abbreviate it.\n',
      }),
    );
    expect(() => checkEditorialReferences(editorial, countries)).not.toThrow();
  });

  it('stops at a code of an unknown state', () => {
    const editorial = loadEditorial(
      editorialDir({
        'countries.yaml': COUNTRIES(
          '  - code: ATL\n    iso3: ATL\n    reason: The table writes ATL.\n',
        ),
      }),
    );
    expect(() => checkEditorialReferences(editorial, countries)).toThrow(
      'countries.yaml:2:5: expected an ISO 3166-1 alpha-3 code of a known state as the state this code stands for, found "ATL"',
    );
  });

  it('stops at an unknown member of an organisation, naming the item', () => {
    const editorial = loadEditorial(
      editorialDir({
        'organisations.yaml': `- id: arctic-league
  name: Arctic League
  abbreviation: null
  kind: intergovernmental
  aliases: []
  members: [RUR, ATL]
  membersReason: The league's charter lists both.
`,
      }),
    );
    expect(() => checkEditorialReferences(editorial, countries)).toThrow(
      'organisations.yaml:6:12: expected ISO 3166-1 alpha-3 codes of known states in the arctic-league member list (item 2), found "ATL"',
    );
  });

  it('stops at a membership token for an organisation no entry defines', () => {
    const editorial = loadEditorial(
      editorialDir({
        'membership-tokens.yaml':
          '- token: AL\n  column: Membership\n  organisation: arctic-league\n  reason: The tables abbreviate it.\n',
      }),
    );
    expect(() => checkEditorialReferences(editorial, countries)).toThrow(
      'membership-tokens.yaml:1:3: expected the id of an organisation in organisations.yaml for the token AL, found "arctic-league"',
    );
  });
});

describe('checkEditorialMatches: every entry matches something in the current sources', () => {
  const doc: SourceDocument = {
    sourceId: 'a',
    file: 'a.txt',
    title: 'Recognition of Kosovo',
    lineCount: 6,
    blocks: [
      { kind: 'paragraph', text: 'The ministry said it would wait.', line: 3, section: [] },
      {
        kind: 'table',
        line: 5,
        section: [],
        header: { line: 5, cells: ['Country', 'Date of recognition'] },
        rows: [{ line: 6, cells: ['RUT', '2009'] }],
      },
    ],
  };
  const evidence = (dir: string, extra: { positions?: Position[]; events?: Event[] } = {}) => ({
    documents: [doc],
    recognitions: [] as ResolvedRecognition[],
    positions: extra.positions ?? [],
    events: extra.events ?? [],
    pageIds: new Set(['ruritania', 'kosovo']),
    editorialDir: dir,
  });
  const check = (files: Record<string, string>, extra = {}) => {
    const dir = editorialDir(files);
    checkEditorialMatches(loadEditorial(dir), evidence(dir, extra));
  };

  it('passes entries that each match a table cell, a statement id, a page and a sentence', () => {
    expect(() =>
      check(
        {
          'countries.yaml': COUNTRIES(
            '  - code: RUT\n    iso3: RUR\n    reason: The table writes RUT.\n',
          ),
          'position-ids.yaml':
            '- from: ruritania-2009-old\n  to: ruritania-2009\n  reason: The statement was re-dated.\n',
          'search-aliases.yaml': '- id: ruritania\n  names: [Rury]\n  reason: Readers type Rury.\n',
          'prose.yaml':
            '- file: a.txt\n  line: 3\n  startsWith: The ministry said\n  reason: No state is named as the speaker.\n',
          'subject.yaml':
            'id: kosovo\nname: Kosovo\nstem: Kosov\nreason: Every article is about it.\n',
        },
        { positions: [{ id: 'ruritania-2009' } as Position] },
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'a code no table cell writes',
      {
        'countries.yaml': COUNTRIES(
          '  - code: RUX\n    iso3: RUR\n    reason: The table writes RUX.\n',
        ),
      },
      'countries.yaml:2:5: expected a table cell of the sources holding the code RUX; none does (remove or correct the entry)',
    ],
    [
      'a membership token no row holds',
      {
        'membership-tokens.yaml':
          '- token: AL\n  column: Membership\n  organisation: arctic-league\n  reason: The tables abbreviate it.\n',
      },
      'membership-tokens.yaml:1:3: expected a membership column of the recognition tables holding the token AL',
    ],
    [
      'a former id pointing at no statement or event',
      {
        'position-ids.yaml':
          '- from: ruritania-2009-old\n  to: ruritania-2010\n  reason: The statement was re-dated.\n',
      },
      'position-ids.yaml:1:3: expected a statement or event with the id ruritania-2010 to keep ruritania-2009-old as its former id',
    ],
    [
      'a search alias for a page the atlas lacks',
      { 'search-aliases.yaml': '- id: atlantis\n  names: [Atl]\n  reason: Readers type Atl.\n' },
      'search-aliases.yaml:1:3: expected the id of a state or organisation the atlas has a page for; it has none called "atlantis"',
    ],
    [
      'a map entry for a page the atlas lacks',
      { 'map.yaml': 'namelessAreas: []\nnotOnMap:\n  - id: atlantis\n    reason: Sunk.\n' },
      'map.yaml:3:5: expected the id of a state or organisation the atlas has a page for',
    ],
    [
      'a prose note whose sentence is gone',
      {
        'prose.yaml':
          '- file: a.txt\n  line: 3\n  startsWith: The embassy said\n  reason: No state is named as the speaker.\n',
      },
      'prose.yaml:1:3: expected a sentence at a.txt:3 starting "The embassy said"; the current sources have none there',
    ],
    [
      'a subject name the sources never write',
      {
        'subject.yaml':
          'id: kosovo\nname: Kosova\nstem: Kosov\nreason: Every article is about it.\n',
      },
      'subject.yaml:2:1: expected a name of the subject that the sources write (every article is about it), found "Kosova"',
    ],
  ])('stops at %s', (_what, files, message) => {
    expect(() => check(files)).toThrow(message);
  });

  it('says whether a blank-name entry’s row is gone or now names its state itself', () => {
    const dir = editorialDir({
      'blank-names.yaml':
        '- table: un-members\n  rank: "12"\n  iso3: RUR\n  reason: Row 12 leaves the country cell blank.\n',
    });
    const editorial = loadEditorial(dir);
    const row = (naming: 'source' | 'editorial') =>
      ({
        row: { table: 'un-members', rank: '12', line: 6, membershipTokens: [] },
        record: { iso3: 'RUR', name: 'Ruritania' },
        naming: { kind: naming, note: null },
      }) as unknown as ResolvedRecognition;
    const withRows = (recognitions: ResolvedRecognition[]) => ({
      ...evidence(dir),
      recognitions,
    });
    expect(() => checkEditorialMatches(editorial, withRows([row('editorial')]))).not.toThrow();
    expect(() => checkEditorialMatches(editorial, withRows([row('source')]))).toThrow(
      'that row (line 6) now names Ruritania itself (remove the entry if that is the state, or correct it)',
    );
    expect(() => checkEditorialMatches(editorial, withRows([]))).toThrow(
      'the row is missing from the current sources (restore it if it was lost: removing this entry would drop RUR from the atlas',
    );
  });
});

describe('keepFormerIdsOfClaims: a claim id once published stays findable', () => {
  const claim = (id: string) => ({ id, formerIds: [] as string[] }) as unknown as Claim;
  const aliases = (to: string) =>
    loadEditorial(
      editorialDir({
        'claim-ids.yaml': `- from: kosovo-never-recognised-ruritania\n  to: ${to}\n  reason: The claim was re-read.\n`,
      }),
    );

  it('keeps the old id on the claim now told', () => {
    const claims = [claim('kosovo-denied-note-ruritania')];
    keepFormerIdsOfClaims(aliases('kosovo-denied-note-ruritania'), claims);
    expect(claims[0]!.formerIds).toEqual(['kosovo-never-recognised-ruritania']);
  });

  it('leaves an old id that is back alone', () => {
    const claims = [
      claim('kosovo-denied-note-ruritania'),
      claim('kosovo-never-recognised-ruritania'),
    ];
    keepFormerIdsOfClaims(aliases('kosovo-denied-note-ruritania'), claims);
    expect(claims[0]!.formerIds).toEqual([]);
  });

  it('stops at an entry whose claim is gone, with file:line', () => {
    expect(() =>
      keepFormerIdsOfClaims(aliases('kosovo-denied-note-atlantis'), [
        claim('kosovo-denied-note-ruritania'),
      ]),
    ).toThrow('claim-ids.yaml:1:3: expected a claim with the id kosovo-denied-note-atlantis');
  });
});
