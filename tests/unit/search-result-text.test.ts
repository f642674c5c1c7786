import { describe, expect, it } from 'vitest';
import {
  findStatementDate,
  splitStatementHeading,
  toDateTimeAttribute,
} from '../../src/scripts/search/statementDate';
import { escapeHtml } from '../../src/shared/text';
import { sanitiseExcerpt } from '../../src/scripts/search/escapeHtml';
import { statementSubResults, withoutLeadingHeading } from '../../src/scripts/search/renderResults';

describe('findStatementDate', () => {
  it.each([
    ['Statement by Ivica Dačić, 17 February 2008', '17 February 2008'],
    ['Foreign ministry, 2011-03-04: note verbale', '2011-03-04'],
    ['Remarks of March 3, 2012', 'March 3, 2012'],
    ['Withdrawal (Nov. 2017)', 'Nov. 2017'],
    ['Position as of 2019', '2019'],
  ])('reads %j', (heading, expected) => {
    expect(findStatementDate(heading)).toBe(expected);
  });

  it('returns undefined when there is no date', () => {
    expect(findStatementDate('Diplomatic relations')).toBeUndefined();
  });
});

describe('toDateTimeAttribute', () => {
  it.each([
    ['17 February 2008', '2008-02-17'],
    ['March 3, 2012', '2012-03-03'],
    ['Nov. 2017', '2017-11'],
    ['2019', '2019'],
    ['2011-03-04', '2011-03-04'],
  ])('%j → %j', (phrase, expected) => {
    expect(toDateTimeAttribute(phrase)).toBe(expected);
  });
});

describe('escaping', () => {
  it('escapes raw meta text', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    );
  });

  it('keeps mark elements and the existing escaping of an excerpt', () => {
    expect(sanitiseExcerpt('respect for <mark>territorial</mark> integrity &amp; &lt;b&gt;')).toBe(
      'respect for <mark>territorial</mark> integrity &amp; &lt;b&gt;',
    );
  });

  it('neutralises any other markup', () => {
    expect(sanitiseExcerpt('<img src=x onerror=alert(1)><mark>x</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    );
  });
});

describe('splitStatementHeading', () => {
  it.each([
    ['Ivica Dačić, 17 February 2012', { label: 'Ivica Dačić', date: '17 February 2012' }],
    // the format the statement pages use
    [
      'February 2008 — Alexander Lukashenko, Belarusian President',
      { label: 'Alexander Lukashenko, Belarusian President', date: 'February 2008' },
    ],
    ['17 February 2008 — Serbia', { label: 'Serbia', date: '17 February 2008' }],
    ['Undated — Belarus', { label: 'Undated — Belarus' }],
    [
      '17 February 2008: declaration of independence',
      { label: 'declaration of independence', date: '17 February 2008' },
    ],
    ['Withdrawal (Nov. 2017)', { label: 'Withdrawal', date: 'Nov. 2017' }],
    [
      'Foreign ministry on 2011-03-04, note verbale',
      { label: 'Foreign ministry on, note verbale', date: '2011-03-04' },
    ],
    ['2019', { label: '2019', date: '2019' }],
    ['Diplomatic relations', { label: 'Diplomatic relations' }],
  ])('%j', (heading, expected) => {
    expect(splitStatementHeading(heading)).toEqual(expected);
  });
});

describe('withoutLeadingHeading', () => {
  it('drops the heading Pagefind repeats at the start of a section excerpt', () => {
    expect(
      withoutLeadingHeading(
        'Ivica Dačić, 17 February 2012. Serbia will never <mark>recognise</mark>',
        'Ivica Dačić, 17 February 2012',
      ),
    ).toBe('Serbia will never <mark>recognise</mark>');
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
