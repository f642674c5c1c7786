import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_STATE,
  reconcileFilters,
  FILTER_KEYS,
  isSearchable,
  parseSearchParams,
  sameState,
  toPagefindFilters,
  toPagefindSort,
  toSearchHref,
  toSearchParams,
  withFilterValue,
  type SearchState,
} from '../../../../src/scripts/search/searchState';
import { SORT_OPTIONS } from '../../../../src/shared/searchSort';

const parse = (query: string): SearchState => parseSearchParams(new URLSearchParams(query));

describe('parseSearchParams', () => {
  it('reads an empty query as the empty state', () => {
    expect(parse('')).toEqual(EMPTY_STATE);
  });

  it('reads the query, repeated filter values and the sort', () => {
    expect(
      parse('q=territorial+integrity&status=Recognised&status=Withdrawn&region=Africa&sort=newest'),
    ).toEqual({
      q: 'territorial integrity',
      filters: { status: ['Recognised', 'Withdrawn'], region: ['Africa'] },
      sort: 'newest',
    });
  });

  it('keeps non-ASCII and commas inside a single value', () => {
    expect(
      parse('q=Da%C4%8Di%C4%87&organisation=Council+of+Europe%2C+PACE').filters.organisation,
    ).toEqual(['Council of Europe, PACE']);
    expect(parse('q=Da%C4%8Di%C4%87').q).toBe('Dačić');
  });

  it('ignores unknown parameters, blank values and invalid sorts', () => {
    expect(parse('q=&utm_source=x&status=&status=%20&colour=red&sort=loudest')).toEqual(
      EMPTY_STATE,
    );
  });

  it('de-duplicates and orders values so the same selection is the same state', () => {
    expect(parse('year=2010&year=2008&year=2010').filters.year).toEqual(['2008', '2010']);
  });

  it('collapses whitespace in the query', () => {
    expect(parse('q=%20%20territorial%0A%20integrity%20').q).toBe('territorial integrity');
  });
});

describe('toSearchParams', () => {
  it('omits defaults', () => {
    expect(toSearchParams(EMPTY_STATE).toString()).toBe('');
    expect(
      toSearchParams({ q: 'Serbia', filters: { kind: [] }, sort: 'relevance' }).toString(),
    ).toBe('q=Serbia');
  });

  it('writes filters in a fixed key order regardless of object order', () => {
    const state: SearchState = {
      q: 'x',
      filters: { year: ['2008'], kind: ['state'] },
      sort: 'oldest',
    };
    expect(toSearchParams(state).toString()).toBe('q=x&kind=state&year=2008&sort=oldest');
  });

  it('drops filter keys the index does not have', () => {
    expect(
      toSearchParams({ q: '', filters: { colour: ['red'] }, sort: 'relevance' }).toString(),
    ).toBe('');
  });

  it('builds a shareable href and leaves the bare path for an empty state', () => {
    expect(toSearchHref('/atlas/search/', { q: 'a b', filters: {}, sort: 'relevance' })).toBe(
      '/atlas/search/?q=a+b',
    );
    expect(toSearchHref('/search/', EMPTY_STATE)).toBe('/search/');
  });
});

const filterValue = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() === s && s !== '');
const arbitraryState: fc.Arbitrary<SearchState> = fc.record({
  q: fc.string({ maxLength: 30 }).map((s) => s.replace(/\s+/g, ' ').trim()),
  filters: fc
    .dictionary(
      fc.constantFrom(...FILTER_KEYS),
      fc.uniqueArray(filterValue, { minLength: 1, maxLength: 4 }),
    )
    .map((filters) =>
      Object.fromEntries(
        Object.entries(filters).map(([k, v]) => [
          k,
          [...v].sort((a, b) => a.localeCompare(b, 'en')),
        ]),
      ),
    ),
  sort: fc.constantFrom(...SORT_OPTIONS),
});

describe('URL round trip', () => {
  it('parse(toSearchParams(state)) gives the state back', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const roundTripped = parseSearchParams(
          new URLSearchParams(toSearchParams(state).toString()),
        );
        expect(roundTripped.q).toBe(state.q);
        expect(roundTripped.sort).toBe(state.sort);
        expect(roundTripped.filters).toEqual(state.filters);
      }),
    );
  });

  it('toSearchParams(parse(url)) is a fixed point (canonical URLs)', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const once = toSearchParams(state).toString();
        const twice = toSearchParams(parseSearchParams(new URLSearchParams(once))).toString();
        expect(twice).toBe(once);
      }),
    );
  });
});

describe('withFilterValue', () => {
  it('ticks and unticks values without mutating the input', () => {
    const ticked = withFilterValue(EMPTY_STATE, 'status', 'Recognised', true);
    expect(ticked.filters).toEqual({ status: ['Recognised'] });
    expect(EMPTY_STATE.filters).toEqual({});
    const unticked = withFilterValue(ticked, 'status', 'Recognised', false);
    expect(unticked.filters).toEqual({});
    expect(sameState(unticked, EMPTY_STATE)).toBe(true);
  });

  it('ignores unknown filter keys', () => {
    expect(withFilterValue(EMPTY_STATE, 'colour', 'red', true)).toBe(EMPTY_STATE);
  });
});

describe('isSearchable', () => {
  it('needs a query or at least one filter', () => {
    expect(isSearchable(EMPTY_STATE)).toBe(false);
    expect(isSearchable(parse('q=Kosovo'))).toBe(true);
    expect(isSearchable(parse('region=Africa'))).toBe(true);
  });
});

describe('Pagefind options', () => {
  it('treats values within a group as alternatives', () => {
    expect(toPagefindFilters({ organisation: ['NATO', 'EU'], status: ['Recognised'] })).toEqual({
      status: { any: ['Recognised'] },
      organisation: { any: ['NATO', 'EU'] },
    });
    expect(toPagefindFilters({})).toEqual({});
  });

  it('maps sort options to the date sort', () => {
    expect(toPagefindSort('relevance')).toBeUndefined();
    expect(toPagefindSort('newest')).toEqual({ date: 'desc' });
    expect(toPagefindSort('oldest')).toEqual({ date: 'asc' });
  });
});

describe('reconcileFilters', () => {
  const known = {
    status: { Recognised: 3, 'Not recognised': 5 },
    organisation: { EU: 2, NATO: 4 },
    year: { '2008': 7 },
  };
  it('keeps exact values, maps slugs and aliases to the index labels, and reports the rest', () => {
    const r = reconcileFilters(
      { status: ['not-recognised'], organisation: ['european-union', 'NATO'], year: ['1999'] },
      known,
      { organisation: { 'european-union': 'EU' } },
    );
    expect(r.filters).toEqual({ status: ['Not recognised'], organisation: ['EU', 'NATO'] });
    expect(r.unknown).toEqual([{ key: 'year', value: '1999' }]);
  });
});
