import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareSortValues,
  matchesView,
  nextSort,
  readView,
  viewTitle,
  writeView,
  type ViewSpec,
} from '../../../../src/scripts/views/viewState';

const spec: ViewSpec = {
  filters: [
    { key: 'status', values: ['recognised', 'withdrawn', 'not-recognised'] },
    { key: 'region', values: ['Africa', 'Europe'] },
    { key: 'org', values: ['oic', 'nato'] },
  ],
  sorts: ['name', 'date', 'withdrawal'],
};

describe('view state in the URL', () => {
  it('reads the issue’s example URL', () => {
    expect(readView('?status=not-recognised&org=oic&sort=date', spec)).toEqual({
      filters: { status: 'not-recognised', org: 'oic' },
      sort: { key: 'date', descending: false },
    });
  });

  it('reads a descending sort and drops unknown keys, values and sorts', () => {
    expect(readView('sort=-withdrawal&status=maybe&colour=red', spec)).toEqual({
      filters: {},
      sort: { key: 'withdrawal', descending: true },
    });
    expect(readView('sort=population', spec).sort).toBeNull();
  });

  it('writes parameters in the spec’s order and nothing for the page order', () => {
    expect(
      writeView(
        {
          filters: { org: 'oic', status: 'not-recognised' },
          sort: { key: 'date', descending: false },
        },
        spec,
      ),
    ).toBe('?status=not-recognised&org=oic&sort=date');
    expect(writeView({ filters: { status: '' }, sort: null }, spec)).toBe('');
  });

  it('round-trips every view the page can show', () => {
    const filterArb = fc.record(
      Object.fromEntries(spec.filters.map((f) => [f.key, fc.constantFrom('', ...f.values)])),
    );
    const sortArb = fc.option(
      fc.record({ key: fc.constantFrom(...spec.sorts), descending: fc.boolean() }),
      { nil: null },
    );
    fc.assert(
      fc.property(filterArb, sortArb, (raw, sort) => {
        const filters = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
        expect(readView(writeView({ filters, sort }, spec), spec)).toEqual({ filters, sort });
      }),
    );
  });

  it('matches space-separated memberships by token, not by substring', () => {
    expect(matchesView({ status: 'recognised', org: 'nato oic' }, { org: 'oic' })).toBe(true);
    expect(matchesView({ status: 'recognised', org: 'nato-partners' }, { org: 'nato' })).toBe(
      false,
    );
    expect(matchesView({ status: 'withdrawn' }, { status: 'recognised' })).toBe(false);
    expect(matchesView({}, {})).toBe(true);
  });

  it('sorts empty values last in either direction and flips on a second click', () => {
    const values = ['2019-06-28', '', '2017-11-21', ''];
    expect([...values].sort((a, b) => compareSortValues(a, b, false))).toEqual([
      '2017-11-21',
      '2019-06-28',
      '',
      '',
    ]);
    expect([...values].sort((a, b) => compareSortValues(a, b, true))).toEqual([
      '2019-06-28',
      '2017-11-21',
      '',
      '',
    ]);
    expect(nextSort(null, 'date')).toEqual({ key: 'date', descending: false });
    expect(nextSort({ key: 'date', descending: false }, 'date')).toEqual({
      key: 'date',
      descending: true,
    });
    expect(nextSort({ key: 'date', descending: true }, 'name')).toEqual({
      key: 'name',
      descending: false,
    });
  });
});

describe('viewTitle', () => {
  it('puts the filter labels between the page title and the site name', () => {
    expect(viewTitle('States — Kosovo Recognition Atlas', ['Recognised', 'Africa'])).toBe(
      'States: Recognised, Africa — Kosovo Recognition Atlas',
    );
    expect(viewTitle('Timeline', ['2019'])).toBe('Timeline: 2019');
  });

  it('leaves the title as it is when no filter is set', () => {
    expect(viewTitle('States — Kosovo Recognition Atlas', [])).toBe(
      'States — Kosovo Recognition Atlas',
    );
  });
});
