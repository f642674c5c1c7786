import { describe, expect, it } from 'vitest';
import { position, type Position } from '../../../../src/schemas';
import {
  citationFileHref,
  citeStatement,
  formatCitation,
  statementCsl,
} from '../../../../src/lib/site/citation';
import { feedEntries, partialDateToDate } from '../../../../src/lib/site/feed';
import {
  stateSortKeys,
  timelineEntries,
  timelineKindOfEvent,
  withdrawalRows,
} from '../../../../src/lib/site/views';
import { exportFields, typeSummary } from '../../../../src/lib/export/fields';
import { exportJsonSchema, CSV_COLUMNS, statesCsv } from '../../../../src/lib/export/exports';
import { loadRelatedArticles, relatedArticleHref } from '../../../../src/lib/site/relatedArticle';
import { sortKey } from '../../../../src/lib/site/dates';
import { fixtureEvents, fixtureStates, makeState } from '../../../fixtures/svg/states';

const ref = (line: number) => ({
  source: 'international-recognition-of-kosovo',
  section: ['International recognition of Kosovo'],
  line,
  anchor: `L${line}`,
  excerpt: 'fixture',
});
const statement: Position = position.parse({
  id: 'belarus-2008-02-lukashenko',
  actor: { type: 'state', id: 'belarus', name: 'Belarus' },
  speaker: { name: 'Alexander Lukashenko', role: 'Belarusian President' },
  speakers: [{ name: 'Alexander Lukashenko', role: 'Belarusian President' }],
  reporter: null,
  date: '2008-02',
  qualifiedDate: null,
  dateRelative: null,
  voice: 'stated',
  topic: 'kosovo',
  parties: [],
  mentions: [],
  year: 2008,
  text: 'Belarus will not recognise Kosovo.',
  quotes: [],
  sources: [ref(199)],
  formerIds: [],
  url: '/states/belarus/',
});

describe('citations', () => {
  const input = {
    position: statement,
    url: 'https://atlas.example/states/belarus/#belarus-2008-02-lukashenko',
    source: { title: 'International recognition of Kosovo', publisher: 'Wikipedia' },
    sourceUrl: 'https://atlas.example/sources/international-recognition-of-kosovo/#L199',
  };
  const c = formatCitation(input);

  it('names speaker, date, the permalink with its anchor and the source article', () => {
    expect(c.reference).toContain('Alexander Lukashenko');
    expect(c.reference).toContain('2008');
    expect(c.reference).toContain(
      'https://atlas.example/states/belarus/#belarus-2008-02-lukashenko',
    );
    expect(c.reference).toContain(
      'Read from “International recognition of Kosovo” (Wikipedia), line 199.',
    );
  });

  it('gives BibTeX and CSL-JSON with the same URL', () => {
    expect(c.bibtex).toMatch(/^@\w+\{/);
    expect(c.bibtex).toContain(
      'url = {https://atlas.example/states/belarus/#belarus-2008-02-lukashenko}',
    );
    const csl = JSON.parse(c.csl) as Array<Record<string, unknown>>;
    expect(csl[0]).toMatchObject({
      URL: input.url,
      issued: { 'date-parts': [[2008, 2]] },
      author: [{ literal: 'Alexander Lukashenko' }],
    });
  });

  it('builds the permalink and source line under the site and base, and files beside it', () => {
    const sources = new Map([
      [
        'international-recognition-of-kosovo',
        { title: 'International recognition of Kosovo', publisher: 'Wikipedia' },
      ],
    ]);
    const cited = citeStatement(statement, sources, 'https://atlas.example', '/atlas/')!;
    expect(cited.reference).toContain(
      'https://atlas.example/atlas/states/belarus/#belarus-2008-02-lukashenko',
    );
    expect(JSON.parse(cited.csl)[0].note).toContain(
      'https://atlas.example/atlas/sources/international-recognition-of-kosovo/#L199',
    );
    expect(citeStatement(statement, new Map(), 'https://atlas.example', '/')).toBeNull();
    expect(citationFileHref('/atlas', statement.id, 'bib')).toBe(
      '/atlas/cite/belarus-2008-02-lukashenko.bib',
    );
  });

  it('keeps every script in BibTeX (UTF-8) and gives plain-text titles, LaTeX specials escaped', () => {
    const bib = formatCitation({
      ...input,
      position: {
        ...statement,
        speaker: { name: 'Вук Јеремић', role: 'Foreign Minister <b>of Serbia</b> & envoy' },
      },
      source: { title: 'Ελλάδα <i>and</i> Kosovo', publisher: 'Wikipedia' },
    }).bibtex;
    expect(bib).toContain('Вук Јеремић');
    expect(bib).toContain('Ελλάδα and Kosovo');
    expect(bib).not.toMatch(/\\text(?:bf|it)|<\/?[bi]>/);
    expect(bib).toMatch(/title = \{[^\n]*of \{Serbia\} \\& envoy/);
    // A surname in another script gives way to the actor's name in the key.
    expect(bib).toMatch(/^@misc\{Belarus2008,/);
    expect(bib).toContain(
      'url = {https://atlas.example/states/belarus/#belarus-2008-02-lukashenko}',
    );
    expect(bib).toMatch(/note = \{[^\n]*\\#L199\}/);
  });

  it('leaves out the date of an undated statement instead of inventing one', () => {
    const undated = statementCsl({ ...input, position: { ...statement, date: null } });
    expect(undated).not.toHaveProperty('issued');
    expect(
      formatCitation({ ...input, position: { ...statement, date: null } }).reference,
    ).toContain('(n.d.)');
  });
});

describe('feeds', () => {
  const later: Position = { ...statement, id: 'belarus-2012-05', date: '2012-05', year: 2012 };
  const other: Position = {
    ...statement,
    id: 'serbia-2010',
    actor: { type: 'state', id: 'serbia', name: 'Serbia' },
    date: '2010',
    year: 2010,
  };
  const undated: Position = { ...statement, id: 'belarus-undated', date: null, year: null };

  it('lists dated statements and events newest first', () => {
    const entries = feedEntries([statement, later, other, undated], fixtureEvents, '/');
    const dates = entries.map((e) => e.pubDate.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(entries.some((e) => e.link.endsWith('#belarus-undated'))).toBe(false);
    expect(entries[0]!.link).toBe('/timeline/#event-brussels');
    expect(entries.filter((e) => e.categories[0] === 'statement').map((e) => e.link)).toEqual([
      '/states/belarus/#belarus-2012-05',
      '/states/serbia/#serbia-2010',
      '/states/belarus/#belarus-2008-02-lukashenko',
    ]);
  });

  it('keeps a state’s own statements and the events about it', () => {
    const events = fixtureEvents.map((e) =>
      e.id === 'recognition-france' ? { ...e, subject: 'belarus' } : e,
    );
    const entries = feedEntries([statement, later, other], events, '/atlas/', {
      subject: 'belarus',
    });
    expect(entries.map((e) => e.link)).toEqual([
      '/atlas/states/belarus/#belarus-2012-05',
      '/atlas/timeline/#event-recognition-france',
      '/atlas/states/belarus/#belarus-2008-02-lukashenko',
    ]);
  });

  it('dates a partial date at its first day', () => {
    expect(partialDateToDate('2008-02').toISOString()).toBe('2008-02-01T00:00:00.000Z');
    expect(partialDateToDate('2008').toISOString()).toBe('2008-01-01T00:00:00.000Z');
  });
});

describe('list view helpers', () => {
  it('sorts withdrawals by date, undated last', () => {
    const undated = makeState({
      id: 'burundi',
      name: 'Burundi',
      iso3: 'BDI',
      status: 'withdrawn',
      order: 3,
    });
    expect(withdrawalRows([...fixtureStates, undated]).map((s) => s.id)).toEqual([
      'suriname',
      'nauru',
      'burundi',
    ]);
    expect(stateSortKeys(undated).withdrawal).toBe('');
    expect(stateSortKeys(fixtureStates.find((s) => s.id === 'nauru')!).withdrawal).toMatch(
      /^2019-11-13\|/,
    );
  });

  it('merges events and dated statements into one chronological list of kinds', () => {
    const entries = timelineEntries(fixtureEvents, [
      statement,
      { ...statement, id: 'undated', date: null, year: null },
    ]);
    expect(entries.filter((e) => e.kind === 'statement')).toHaveLength(1);
    const starts = entries.map((e) => sortKey(e.when));
    expect([...starts].sort()).toEqual(starts);
    // "February 2008" sits between the events of 2008 as a year and of 17 February 2008.
    expect(
      entries.map((e) => (e.kind === 'statement' ? e.position.id : e.event.id)).slice(0, 3),
    ).toEqual(['declared-2008', 'belarus-2008-02-lukashenko', 'declaration']);
    expect(timelineKindOfEvent('reversal')).toBe('withdrawals');
    expect(timelineKindOfEvent('recognition')).toBe('recognitions');
    expect(timelineKindOfEvent('court')).toBe('events');
  });
});

describe('data page fields', () => {
  const schema = exportJsonSchema();

  it('lists every field of every JSON export from its schema, with a description', () => {
    const fields = exportFields(schema['states.json'] as Parameters<typeof exportFields>[0]);
    expect(fields.map((f) => f.name)).toContain('withdrawal');
    expect(fields.find((f) => f.name === 'status')?.type).toBe(
      'one of recognised, withdrawn, not-recognised',
    );
    expect(fields.find((f) => f.name === 'iso3')?.type).toBe('string or null');
    expect(fields.find((f) => f.name === 'organisations')?.type).toBe('array of string');
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('names the CSV columns the exporter writes', () => {
    expect(statesCsv([]).trim()).toBe(CSV_COLUMNS['states.csv'].join(','));
    expect(typeSummary({})).toBe('any');
  });
});

describe('related articles', () => {
  it('links a title to the editorial encyclopedia address', () => {
    const config = loadRelatedArticles();
    expect(config.reason.length).toBeGreaterThan(10);
    expect(
      relatedArticleHref('Ghana–Kosovo relations', {
        articleUrl: 'https://wiki.example/wiki/{title}',
      }),
    ).toBe('https://wiki.example/wiki/Ghana%E2%80%93Kosovo_relations');
    expect(relatedArticleHref('Ghana–Kosovo relations', config)).toMatch(
      /^https:\/\/.+Ghana%E2%80%93Kosovo_relations$/,
    );
  });
});
