import { describe, expect, it } from 'vitest';
import { claim, position, type Claim, type Position } from '../../src/schemas';
import {
  claimAgrees,
  countsSentence,
  countViews,
  disputedStates,
  figureQuantity,
} from '../../src/lib/site/counts';
import { listAnd } from '../../src/lib/site/english';
import {
  citationFileHref,
  citeStatement,
  formatCitation,
  statementCsl,
} from '../../src/lib/site/citation';
import { feedEntries, partialDateToDate } from '../../src/lib/site/feed';
import {
  stateSortKeys,
  timelineEntries,
  timelineKindOfEvent,
  withdrawalRows,
} from '../../src/lib/site/views';
import { exportFields, typeSummary } from '../../src/lib/export/fields';
import { exportJsonSchema, CSV_COLUMNS, statesCsv } from '../../src/lib/export/exports';
import { loadRelatedArticles, relatedArticleHref } from '../../src/lib/site/relatedArticle';
import { sortKey } from '../../src/lib/site/dates';
import { fixtureEvents, fixtureFigures, fixtureStates, makeState } from '../fixtures/svg/states';

const ref = (line: number) => ({
  source: 'international-recognition-of-kosovo',
  section: ['International recognition of Kosovo'],
  line,
  anchor: `L${line}`,
  excerpt: 'fixture',
});
const serbia = { type: 'state' as const, id: 'serbia', name: 'Serbia' };
const kosovo = { type: 'other' as const, id: 'kosovo', name: 'Kosovo' };
const makeClaim = (c: Partial<Claim> & Pick<Claim, 'id' | 'claimant' | 'what'>): Claim =>
  claim.parse({
    subject: null,
    count: null,
    date: null,
    text: 'fixture claim',
    sources: [ref(182)],
    ...c,
  });

// Nauru and Suriname withdrew per the article; Serbia also names France (which the article counts
// as recognising); Kosovo says Russia recognises it (the article: not recognised).
const claims: Claim[] = [
  makeClaim({
    id: 's-nauru',
    claimant: serbia,
    what: 'withdrew',
    subject: 'nauru',
    date: '2020-03',
  }),
  makeClaim({
    id: 's-france',
    claimant: serbia,
    what: 'withdrew',
    subject: 'france',
    date: '2020-03',
  }),
  makeClaim({ id: 's-count', claimant: serbia, what: 'count', count: 84 }),
  makeClaim({
    id: 'k-russia',
    claimant: kosovo,
    what: 'recognises',
    subject: 'russia',
    date: '2014-01',
  }),
  makeClaim({
    id: 'r-russia',
    claimant: { type: 'state', id: 'russia', name: 'Russia' },
    what: 'never-recognised',
    subject: 'russia',
  }),
];

describe('why the counts differ', () => {
  const views = countViews(fixtureStates, claims, fixtureFigures, { title: 'the article' });

  it('builds the article’s view and one per party that names states and states a total', () => {
    expect(views.map((v) => v.id)).toEqual(['article', 'kosovo', 'serbia']);
    // Russia names only itself and states no total: no view of its own.
    expect(views.find((v) => v.id === 'russia')).toBeUndefined();
  });

  it('changes only the states a party names', () => {
    const article = views[0]!;
    const s = views.find((v) => v.id === 'serbia')!;
    expect(s.changed.map((st) => [st.id, st.status])).toEqual([['france', 'withdrawn']]);
    expect(s.recognisedUn).toBe(article.recognisedUn - 1);
    expect(s.withdrawnUn).toBe(article.withdrawnUn + 1);
    expect(s.notRecognisedUn).toBe(article.notRecognisedUn);
    const unchanged = s.states.filter((st) => st.id !== 'france');
    expect(unchanged).toEqual(fixtureStates.filter((st) => st.id !== 'france'));
    expect(s.setBy.get('france')?.id).toBe('s-france');
  });

  it('reports what a party counts without naming', () => {
    const s = views.find((v) => v.id === 'serbia')!;
    const recognitions = s.stated.find((t) => t.quantity === 'recognitions')!;
    expect(recognitions.figure.value).toBe(84);
    expect(recognitions.unnamed).toBe(84 - s.recognisedUn);
    const withdrawals = s.stated.find((t) => t.quantity === 'withdrawals')!;
    expect(withdrawals.counted).toBe(s.withdrawnUn);
    expect(withdrawals.unnamed).toBe(18 - s.withdrawnUn);
    const k = views.find((v) => v.id === 'kosovo')!;
    expect(k.changed.map((st) => [st.id, st.status])).toEqual([['russia', 'recognised']]);
  });

  it('says in the key facts what each count says of a state, never a list a party did not give', () => {
    const sentence = (id: string) =>
      countsSentence(
        fixtureStates.find((s) => s.id === id)!,
        views,
        listAnd,
      );
    // Serbia names France as withdrawn; Kosovo names only Russia, so of France it says nothing.
    expect(sentence('france')).toBe(
      'Counted in the article’s 104. Serbia names it as having withdrawn its recognition (its count: 84); Kosovo’s 117 comes with no list of the states it counts and does not name it.',
    );
    expect(sentence('russia')).toBe(
      'Not counted in the article’s 104, which has it as not recognising. Kosovo names it as recognising Kosovo (its count: 117); Serbia’s 84 comes with no list of the states it counts and does not name it.',
    );
    expect(sentence('nauru')).toBe(
      'Not counted in the article’s 104, which has it as having withdrawn. Serbia names it as having withdrawn its recognition (its count: 84); Kosovo’s 117 comes with no list of the states it counts and does not name it.',
    );
  });

  it('tells a claim that agrees with the table from one that differs', () => {
    expect(claimAgrees({ what: 'withdrew' }, 'withdrawn')).toBe(true);
    expect(claimAgrees({ what: 'withdrew' }, 'recognised')).toBe(false);
    expect(claimAgrees({ what: 'recognises' }, 'not-recognised')).toBe(false);
    expect(claimAgrees({ what: 'disputed-note-verbale' }, 'recognised')).toBe(false);
  });

  it('tells totals from tallies and milestones', () => {
    expect(fixtureFigures.map((f) => [f.id, figureQuantity(f)])).toEqual([
      ['article-total', 'recognitions'],
      ['kosovo-claim', 'recognitions'],
      ['serbia-total', 'recognitions'],
      ['hundredth', null],
      ['serbia-withdrawals', 'withdrawals'],
      ['eu-tally', null],
    ]);
  });

  it('lists one row per disputed or reversed state with each party’s claims', () => {
    const reversed = makeState({
      id: 'palau',
      name: 'Palau',
      iso3: 'PLW',
      status: 'withdrawn',
      order: 3,
      withdrawn: '2019-01-18',
      reversed: true,
    });
    const rows = disputedStates([...fixtureStates, reversed], claims);
    expect(rows.map((r) => r.state.id).sort()).toEqual(['france', 'nauru', 'palau', 'russia']);
    const russia = rows.find((r) => r.state.id === 'russia')!;
    expect([...russia.claims.keys()].sort()).toEqual(['kosovo', 'russia']);
  });
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
