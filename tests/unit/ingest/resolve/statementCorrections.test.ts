import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SourceDocument } from '../../../../src/ingest/read/document';
import type { RawPosition } from '../../../../src/ingest/rawPosition';
import type { CountryIndex, CountryRecord } from '../../../../src/ingest/resolve/countries';
import type { EditorialStatementCorrection } from '../../../../src/ingest/resolve/editorial';
import type { OrganisationIndex } from '../../../../src/ingest/resolve/organisations';
import { applyStatementCorrections } from '../../../../src/ingest/resolve/statementCorrections';
import { readYamlFile } from '../../../../src/ingest/yamlFile';

const FILE = 'statement-corrections.yaml';

/** Corrections read from YAML, so an error can name the entry's own line. */
function corrections(yaml: string): EditorialStatementCorrection[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'corrections-'));
  writeFileSync(path.join(dir, FILE), yaml);
  return readYamlFile(
    path.join(dir, FILE),
    FILE,
    z.array(z.any()),
  ) as EditorialStatementCorrection[];
}

const ruritania = { id: 'ruritania', name: 'Ruritania' } as CountryRecord;
const freedonia = { id: 'freedonia', name: 'Freedonia' } as CountryRecord;
const countries = { all: [ruritania, freedonia] } as unknown as CountryIndex;
const orgs = {
  all: () => [{ id: 'arctic-league', name: 'Arctic League' }],
} as unknown as OrganisationIndex;
const documents = [{ sourceId: 'news', file: 'news.txt' }] as SourceDocument[];

/** A statement read from news.txt at `line`, attributed to Ruritania. */
const statement = (line: number, text: string): RawPosition =>
  ({
    actor: { type: 'state', id: 'ruritania', name: 'Ruritania' },
    country: ruritania,
    date: '2010-01',
    dateRelative: 'that year',
    voice: 'stated',
    text,
    refs: [{ source: 'news', line }],
  }) as unknown as RawPosition;

describe('applyStatementCorrections', () => {
  it('sets the actor, date and voice a correction names, by line and opening words', () => {
    const raw = [statement(4, 'The  minister said it would wait.'), statement(4, 'Others agreed.')];
    const out = applyStatementCorrections(
      raw,
      corrections(`- file: news.txt
  line: 4
  startsWith: The minister said
  set: { actor: 'state:freedonia', date: '2011-02-03', voice: reported }
  reason: The minister is Freedonia's, named two sentences earlier.
`),
      documents,
      countries,
      orgs,
    );
    expect(out.applied).toBe(1);
    expect(out.changed).toEqual([
      {
        source: 'news',
        line: 4,
        reason: "The minister is Freedonia's, named two sentences earlier.",
      },
    ]);
    expect(out.positions).toHaveLength(2);
    expect(out.positions[0]).toMatchObject({
      actor: { type: 'state', id: 'freedonia', name: 'Freedonia' },
      country: freedonia,
      date: '2011-02-03',
      dateRelative: null,
      voice: 'reported',
    });
    expect(out.positions[1]!.actor.id).toBe('ruritania');
  });

  it('gives an organisation no country, and the subject its own actor', () => {
    const out = applyStatementCorrections(
      [statement(5, 'The league said so.'), statement(6, 'Its government replied.')],
      corrections(`- file: news.txt
  line: 5
  startsWith: The league said
  set: { actor: 'organisation:arctic-league' }
  reason: The league speaks here, not its chair's state.
- file: news.txt
  line: 6
  startsWith: Its government replied
  set: { actor: kosovo }
  reason: Its government is the subject's, as the paragraph says.
`),
      documents,
      countries,
      orgs,
    );
    expect(out.positions.map((p) => [p.actor, p.country])).toEqual([
      [{ type: 'organisation', id: 'arctic-league', name: 'Arctic League' }, null],
      [{ type: 'other', id: 'kosovo', name: 'Kosovo' }, null],
    ]);
  });

  it('moves a statement no rule can attribute out of the published ones, into the report', () => {
    const out = applyStatementCorrections(
      [statement(7, 'It was said that talks would resume.')],
      corrections(`- file: news.txt
  line: 7
  startsWith: It was said that
  set: { actor: null }
  reason: No speaker is named anywhere in the paragraph.
`),
      documents,
      countries,
      orgs,
    );
    expect(out.positions).toEqual([]);
    expect(out.unattributed).toEqual([
      {
        source: 'news',
        line: 7,
        sentence: 'It was said that talks would resume.',
        reason: 'editorial: No speaker is named anywhere in the paragraph.',
      },
    ]);
    expect(out.applied).toBe(1);
    expect(out.changed).toEqual([]);
  });

  it('stops at the correction whose statement is gone, and at an unknown actor id', () => {
    const stale = `- file: news.txt
  line: 4
  startsWith: Nothing like this
  set: { voice: quoted }
  reason: Written for a sentence that has since changed.
`;
    expect(() =>
      applyStatementCorrections(
        [statement(4, 'Other words.')],
        corrections(stale),
        documents,
        countries,
        orgs,
      ),
    ).toThrow(
      'statement-corrections.yaml:1:3: expected a statement at news.txt:4 opening "Nothing like this", found "none (the article or the rules changed: update or remove the correction)"',
    );
    const unknown = `- file: news.txt
  line: 4
  startsWith: Other words
  set: { actor: 'state:atlantis' }
  reason: Names a state the data does not have.
`;
    expect(() =>
      applyStatementCorrections(
        [statement(4, 'Other words.')],
        corrections(unknown),
        documents,
        countries,
        orgs,
      ),
    ).toThrow('statement-corrections.yaml:1:3: expected a known state id, found "atlantis"');
  });
});
