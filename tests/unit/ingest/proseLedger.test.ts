import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { loadEditorial } from '../../../src/ingest/resolve/editorial';
import { buildCountryIndex } from '../../../src/ingest/resolve/countries';
import { buildOrganisationIndex } from '../../../src/ingest/resolve/organisations';
import { proseCoverageOf, proseLedger } from '../../../src/ingest/proseLedger';
import { ReportBuilder } from '../../../src/ingest/report';
import type { Position } from '../../../src/schemas';

const editorial = loadEditorial('content/editorial');
const countries = buildCountryIndex(editorial.countries);
const orgs = buildOrganisationIndex(editorial.organisations);
const doc = readWikitext(
  '= Kosovo fixture =\n\nSpain opposes the precedent. Kosovo declared independence. The weather was fine.\n\n== See also ==\n- Foreign relations of Spain\n',
  { sourceId: 'fixture', file: 'fixture.txt' },
);
const none = { positions: [], events: [], claims: [], figures: [], states: [], organisations: [] };
const spain = {
  id: 'spain-undated-opposes',
  sources: [
    {
      source: 'fixture',
      section: [],
      line: 3,
      anchor: 'L3',
      excerpt: 'Spain opposes the precedent.',
    },
  ],
} as unknown as Position;

describe('prose ledger', () => {
  it('fails the build on a sentence that names a state and became nothing, naming file and line', () => {
    const sentences = proseLedger(doc, none, countries, orgs, []);
    const report = new ReportBuilder();
    report.addDocument(doc);
    report.prose('fixture', sentences);
    const built = report.build({});
    expect(built.unexplainedLosses).toHaveLength(1);
    expect(built.unexplainedLosses[0]).toMatch(/^fixture\.txt:3: prose sentence names spain/);
  });

  it('attaches a sentence to the entry that cites it, and explains the rest by rule', () => {
    const sentences = proseLedger(doc, { ...none, positions: [spain] }, countries, orgs, []);
    expect(
      sentences.map((s) => [
        s.outcome,
        s.entries.map((e) => e.id),
        s.reason?.split(':')[0] ?? null,
      ]),
    ).toEqual([
      ['attached', ['spain-undated-opposes'], null],
      ['explained', [], 'context about Kosovo itself'],
      ['explained', [], 'names no state or organisation'],
      ['explained', [], 'end matter'],
    ]);
    // The "See also" entry names Spain but is not counted as prose that says something about it.
    expect(proseCoverageOf(sentences)).toMatchObject({
      sentences: 4,
      naming: 1,
      namingAttached: 1,
      lost: 0,
    });
  });

  it('takes an editorial explanation with its reason for a sentence no rule places', () => {
    const sentences = proseLedger(doc, none, countries, orgs, [
      {
        file: 'fixture.txt',
        line: 3,
        startsWith: 'Spain opposes',
        reason: 'a test of the editorial note',
      },
    ]);
    expect(sentences[0]).toMatchObject({
      outcome: 'explained',
      reason: 'editorial: a test of the editorial note',
    });
  });
});
