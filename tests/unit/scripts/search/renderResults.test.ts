// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  kindLabel,
  renderResult,
  statementSubResults,
  withoutLeadingHeading,
} from '../../../../src/scripts/search/renderResults';
import type { ResultData, SubResult } from '../../../../src/scripts/search/pagefindClient';

describe('withoutLeadingHeading', () => {
  it('drops the heading Pagefind repeats at the start of a section excerpt', () => {
    expect(
      withoutLeadingHeading(
        'Ivica Dačić, 17 February 2012. Serbia will never <mark>recognise</mark>',
        'Ivica Dačić, 17 February 2012',
      ),
    ).toBe('Serbia will never <mark>recognise</mark>');
  });

  it('drops it whichever way Pagefind writes its apostrophes and ampersands', () => {
    const heading = "March 2014 — Russia's Ministry of Foreign Affairs";
    for (const written of ["Russia's", 'Russia&#39;s', 'Russia&#x27;s', 'Russia&apos;s'])
      expect(
        withoutLeadingHeading(
          `March 2014 — ${written} Ministry of Foreign Affairs. But in 2014, <mark>Crimea</mark>`,
          heading,
        ),
      ).toBe('But in 2014, <mark>Crimea</mark>');
    expect(withoutLeadingHeading('Trade &amp; Aid, 2009. It said so', 'Trade & Aid, 2009')).toBe(
      'It said so',
    );
    // A heading alone, with nothing after it, is kept rather than leaving an empty excerpt.
    expect(withoutLeadingHeading('Trade, 2009. ', 'Trade, 2009')).toBe('Trade, 2009. ');
    // Another heading's words are not dropped.
    expect(withoutLeadingHeading('Trade, 2010. It said so', 'Trade, 2009')).toBe(
      'Trade, 2010. It said so',
    );
  });

  it('keeps a heading that carries the highlighted match', () => {
    const excerpt = 'Ivica <mark>Dačić,</mark> 17 February 2012. Serbia will never recognise';
    expect(withoutLeadingHeading(excerpt, 'Ivica Dačić, 17 February 2012')).toBe(excerpt);
  });
});

describe('statementSubResults', () => {
  const sub = (title: string, anchored = true) => ({
    title,
    url: `/states/x/#${title}`,
    excerpt: '',
    ...(anchored ? { anchor: { element: 'h3', id: title } } : {}),
  });
  const result = {
    url: '/states/x/',
    excerpt: '',
    meta: {},
    filters: {},
    sub_results: [
      sub('X', false),
      sub('March 2013 — A'),
      sub('2008 — B'),
      sub('17 February 2009 — C'),
    ],
  };

  it('drops the page-top section and keeps Pagefind order by default', () => {
    expect(statementSubResults(result).map((s) => s.title)).toEqual([
      'March 2013 — A',
      '2008 — B',
      '17 February 2009 — C',
    ]);
  });

  it('lists what a person said above statements that merely mention them', () => {
    const person = {
      ...result,
      sub_results: [
        sub('7 March 2008 — Belarus'),
        sub('April 2008 — Alexander Lukashenko'),
        sub('February 2008 — Alexander Lukashenko, President of Belarus'),
        sub('Undated — Łukašenka'),
      ],
    };
    expect(statementSubResults(person, [], 'Lukashenko').map((s) => s.title)).toEqual([
      'April 2008 — Alexander Lukashenko',
      'February 2008 — Alexander Lukashenko, President of Belarus',
      '7 March 2008 — Belarus',
      'Undated — Łukašenka',
    ]);
    // Unaccented query, accented heading: the heading still names the person.
    expect(statementSubResults(person, [], 'Lukasenka')[0]!.title).toBe('Undated — Łukašenka');
    // The year filter stays first: a filtered year outranks the speaker.
    expect(statementSubResults(person, ['2008'], 'Lukashenko').map((s) => s.title)).toEqual([
      'April 2008 — Alexander Lukashenko',
      'February 2008 — Alexander Lukashenko, President of Belarus',
      '7 March 2008 — Belarus',
      'Undated — Łukašenka',
    ]);
  });

  it('moves statements from the filtered years first', () => {
    expect(statementSubResults(result, ['2009', '2008']).map((s) => s.title)).toEqual([
      '2008 — B',
      '17 February 2009 — C',
      'March 2013 — A',
    ]);
  });
});

describe('renderResult: the markup one result gets', () => {
  const section = (title: string, excerpt = `${title}. said <mark>no</mark>`): SubResult => ({
    title,
    url: `/states/ruritania/#${title.length}`,
    excerpt,
    anchor: { element: 'h3', id: String(title.length) },
  });
  const page = (overrides: Partial<ResultData> = {}): ResultData => ({
    url: '/states/ruritania/',
    excerpt: 'Ruritania <mark>recognised</mark> it &amp; more',
    meta: { title: 'Ruritania', status: 'Recognised' },
    filters: { kind: ['state'] },
    sub_results: [],
    ...overrides,
  });

  it('gives a page its position, a title linking to it, its kind and status, and the excerpt', () => {
    const item = renderResult(page(), 4);
    expect(item.className).toBe('search-result');
    expect(item.dataset.resultPosition).toBe('4');
    const link = item.querySelector('h2.search-result-title > a')!;
    expect(link.getAttribute('href')).toBe('/states/ruritania/');
    expect(link.textContent).toBe('Ruritania');
    expect(item.querySelector('.search-result-facts')!.textContent).toBe(
      'State · Status: Recognised',
    );
    expect(item.querySelector('p.search-excerpt')!.innerHTML).toBe(
      'Ruritania <mark>recognised</mark> it &amp; more',
    );
  });

  it('falls back to the URL as title, shows no facts it lacks, and escapes title and excerpt', () => {
    const item = renderResult(
      page({
        url: '/sources/x/',
        meta: {},
        filters: {},
        excerpt: '<img src=x onerror=alert(1)><mark>x</mark>',
      }),
      1,
    );
    expect(item.querySelector('h2 a')!.textContent).toBe('/sources/x/');
    expect(item.querySelector('.search-result-facts')).toBeNull();
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('.search-excerpt')!.innerHTML).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    );
    const titled = renderResult(page({ meta: { title: '<b>Bold</b>' }, filters: {} }), 1);
    expect(titled.querySelector('h2 a')!.innerHTML).toBe('&lt;b&gt;Bold&lt;/b&gt;');
    expect(titled.querySelector('.search-result-facts')).toBeNull();
    const statusOnly = renderResult(page({ filters: {} }), 1);
    expect(statusOnly.querySelector('.search-result-facts')!.textContent).toBe(
      'Status: Recognised',
    );
  });

  it('lists up to three sections instead of the page excerpt, each with its link, date and excerpt', () => {
    const item = renderResult(
      page({
        sub_results: [
          { title: 'Ruritania', url: '/states/ruritania/', excerpt: 'page top' },
          section('17 February 2008 — Foreign ministry'),
          section('Undated — Parliament', 'Undated — Parliament. It said <mark>no</mark>'),
        ],
      }),
      1,
    );
    expect(item.querySelector(':scope > p.search-excerpt')).toBeNull();
    const list = item.querySelector('ul.search-sub-results')!;
    expect(list.getAttribute('aria-label')).toBe('Matching sections of Ruritania');
    const subs = [...list.querySelectorAll('li.search-sub-result')];
    expect(subs.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
      '/states/ruritania/#35',
      '/states/ruritania/#20',
    ]);
    expect(subs[0]!.querySelector('a')!.textContent).toBe('Foreign ministry');
    expect(subs[0]!.querySelector('.search-sub-result-date time')!.getAttribute('datetime')).toBe(
      '2008-02-17',
    );
    expect(subs[0]!.querySelector('.search-sub-result-date')!.textContent).toBe(
      '— 17 February 2008',
    );
    // The heading Pagefind repeats at the start of the excerpt is dropped.
    expect(subs[1]!.querySelector('.search-sub-result-date')).toBeNull();
    expect(subs[1]!.querySelector('.search-excerpt')!.innerHTML).toBe('It said <mark>no</mark>');
    expect(item.querySelector('.search-more-on-page')).toBeNull();
  });

  it('links the sections beyond three as "n more matching sections"', () => {
    const many = ['2001 — A', '2002 — B', '2003 — C', '2004 — D', '2005 — E'].map((t) =>
      section(t),
    );
    const item = renderResult(page({ sub_results: many }), 1);
    expect(item.querySelectorAll('li.search-sub-result').length).toBe(3);
    const more = item.querySelector('.search-more-on-page a')!;
    expect(more.textContent).toBe('2 more matching sections on this page');
    expect(more.getAttribute('href')).toBe('/states/ruritania/');
    const four = renderResult(page({ sub_results: many.slice(0, 4) }), 1);
    expect(four.querySelector('.search-more-on-page')!.textContent).toBe(
      '1 more matching section on this page',
    );
  });

  it('points the links at the line of the first match, carrying the marked words', () => {
    const item = renderResult(
      page({
        url: '/sources/news/',
        excerpt: 'the <mark>minister</mark> said',
        locations: [12],
        anchors: [
          { element: 'p', id: 'L3', location: 0 },
          { element: 'p', id: 'L7', location: 10 },
          { element: 'p', id: 'L9', location: 20 },
        ],
      }),
      1,
    );
    expect(item.querySelector('h2 a')!.getAttribute('href')).toBe(
      '/sources/news/?highlight=minister#L7',
    );
  });
});

describe('kindLabel', () => {
  it('names the index’s kinds and passes an unknown one through', () => {
    expect(kindLabel('organisation')).toBe('Organisation');
    expect(kindLabel('source')).toBe('Source article');
    expect(kindLabel('planet')).toBe('planet');
  });
});
