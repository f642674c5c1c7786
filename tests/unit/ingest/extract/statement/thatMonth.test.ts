/**
 * Issue 15 (unseen articles): "submitted … in April 2009 and argued before the court that December
 * that …" — "that <month>" dates a second verb of one subject against the first.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { resolveRelative } from '../../../../../src/ingest/extract/statements';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a second verb of one subject dated "that <month>" or "that year"', () => {
  it('is cut before the second verb', () => {
    expect(
      splitActs(
        'Peru filed a memorandum with the tribunal in May 2011 and appeared before the panel that October to defend it.',
        named,
      ),
    ).toEqual([
      'Peru filed a memorandum with the tribunal in May 2011',
      'appeared before the panel that October to defend it.',
    ]);
    expect(
      splitActs(
        'Chile opened an embassy in Lima in January 2004 and signed a trade pact that year.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('stays whole when "that" introduces what was said', () => {
    const sentence =
      'Peru filed a memorandum with the tribunal in May 2011 and argued that October elections would be unfair.';
    expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('"that <month>" and "that year" dating a second verb', () => {
  it('take the year of the date just told', () => {
    expect(
      resolveRelative('appeared before the panel that October to defend it.', '2011-05'),
    ).toEqual({
      date: '2011-10',
      phrase: 'that October',
    });
    expect(resolveRelative('signed a trade pact that year.', '2004-01-12')).toEqual({
      date: '2004',
      phrase: 'that year',
    });
  });

  it('are no date where "that" opens what was said', () => {
    expect(resolveRelative('argued that October elections would be unfair.', '2011-05')).toBeNull();
  });
});
