import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../../../src/ingest/resolve/editorial';
import { editorialDir } from './editorialDir';

describe('loadEditorial', () => {
  it('reads the required files and leaves the optional ones empty when absent', () => {
    const editorial = loadEditorial(editorialDir());
    expect(editorial.countries.codes).toEqual([]);
    expect(editorial.proseNotes).toEqual([]);
    expect(editorial.positionIds).toEqual([]);
    expect(editorial.losses).toEqual([]);
    expect(editorial.statementCorrections).toEqual([]);
    expect(editorial.sourcePatterns.figures).toEqual([]);
  });

  it('stops when a required file is missing, naming it', () => {
    const dir = editorialDir({ 'organisations.yaml': null });
    expect(() => loadEditorial(dir)).toThrow(
      `organisations.yaml:0: expected editorial file ${dir}/organisations.yaml`,
    );
  });

  it('reads entries with their fields', () => {
    const editorial = loadEditorial(
      editorialDir({
        'losses.yaml': `- file: a.txt
  line: 12
  kind: figure
  reason: The article's own count is two years older than its table.
`,
        'membership-tokens.yaml': `- token: AL
  column: Membership
  organisation: arctic-league
  reason: The tables abbreviate the Arctic League as AL.
`,
      }),
    );
    expect(editorial.losses).toEqual([
      {
        file: 'a.txt',
        line: 12,
        kind: 'figure',
        reason: "The article's own count is two years older than its table.",
      },
    ]);
    expect(editorial.membershipTokens[0]!.organisation).toBe('arctic-league');
  });

  it.each([
    [
      'an entry whose reason is too short',
      'blank-names.yaml',
      '- table: un-members\n  rank: "12"\n  iso3: RUR\n  reason: Blank.\n',
      'blank-names.yaml:4:11: expected every entry to match its schema; at 0.reason: every editorial entry needs a reason',
    ],
    [
      'a code that is no ISO alpha-3',
      'countries.yaml',
      'codes:\n  - code: RUR\n    iso3: Ru1\n    reason: The table writes a two-letter code.\n' +
        'corrections: []\nextraEntities: []\nkinds: []\ndisplayNames: []\ndemonyms: []\n',
      'countries.yaml:3:11: expected every entry to match its schema; at codes.0.iso3',
    ],
    [
      'a correction that sets nothing',
      'statement-corrections.yaml',
      '- file: a.txt\n  line: 3\n  startsWith: The minister said\n  set: {}\n  reason: Nothing to set here at all.\n',
      'statement-corrections.yaml:4:8: expected every entry to match its schema; at 0.set: a correction sets at least one field',
    ],
    [
      'a correction naming an actor in no known form',
      'statement-corrections.yaml',
      '- file: a.txt\n  line: 3\n  startsWith: The minister said\n  set: { actor: ruritania }\n  reason: The minister speaks for Ruritania.\n',
      'statement-corrections.yaml:4:17: expected every entry to match its schema; at 0.set.actor',
    ],
    [
      'a loss of a kind that does not exist',
      'losses.yaml',
      '- file: a.txt\n  line: 3\n  kind: paragraph\n  reason: A paragraph the copy lost.\n',
      'losses.yaml:3:9: expected every entry to match its schema; at 0.kind',
    ],
  ])('refuses %s at its file:line:column', (_what, file, text, message) => {
    expect(() => loadEditorial(editorialDir({ [file]: text }))).toThrow(message);
  });

  it('accepts the subject and a state or organisation as a correction’s actor, or none', () => {
    const corrections = (actor: string) =>
      `- file: a.txt\n  line: 3\n  startsWith: The minister said\n  set: { actor: ${actor} }\n  reason: The minister speaks for someone else.\n`;
    for (const actor of ['kosovo', 'state:ruritania', 'organisation:arctic-league', 'null'])
      expect(() =>
        loadEditorial(editorialDir({ 'statement-corrections.yaml': corrections(actor) })),
      ).not.toThrow();
  });
});
