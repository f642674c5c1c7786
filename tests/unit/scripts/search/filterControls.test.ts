// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  buildFilterControls,
  showFilterCounts,
  syncFilterChecks,
} from '../../../../src/scripts/search/filterControls';

const ALL = {
  year: { '2009': 4, '2010': 2, '2008': 1 },
  kind: { state: 5, organisation: 2 },
  status: { Withdrawn: 1, 'Not recognised': 3, Recognised: 6 },
  unknownKey: { x: 1 },
};

function built(): HTMLElement {
  // In the document: a box finds its label by id there.
  document.body.innerHTML = '<div><p>stale</p></div>';
  const container = document.body.querySelector('div')!;
  buildFilterControls(container, ALL);
  return container;
}

const boxes = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

describe('buildFilterControls', () => {
  it('builds one labelled group per filter key with values, in the page’s key order', () => {
    const container = built();
    const groups = [...container.querySelectorAll<HTMLFieldSetElement>('fieldset')];
    expect(
      groups.map((g) => [g.dataset.filterKey, g.querySelector('legend')!.textContent]),
    ).toEqual([
      ['kind', 'Kind of page'],
      ['status', 'Status'],
      ['year', 'Year of statement'],
    ]);
    expect(container.querySelector('p')).toBeNull();
  });

  it('orders years newest first and other values alphabetically, labelling kinds in words', () => {
    const container = built();
    expect(
      boxes(container).map((b) => [
        b.name,
        b.value,
        b.labels![0]!.querySelector('span')!.textContent,
      ]),
    ).toEqual([
      ['kind', 'organisation', 'Organisation'],
      ['kind', 'state', 'State'],
      ['status', 'Not recognised', 'Not recognised'],
      ['status', 'Recognised', 'Recognised'],
      ['status', 'Withdrawn', 'Withdrawn'],
      ['year', '2010', '2010'],
      ['year', '2009', '2009'],
      ['year', '2008', '2008'],
    ]);
    // Each box is labelled by id, unique across groups.
    expect(new Set(boxes(container).map((b) => b.id)).size).toBe(8);
  });
});

describe('syncFilterChecks and showFilterCounts', () => {
  it('ticks exactly the values the state selects', () => {
    const container = built();
    syncFilterChecks(container, { q: '', sort: 'relevance', filters: { status: ['Withdrawn'] } });
    syncFilterChecks(container, {
      q: '',
      sort: 'relevance',
      filters: { status: ['Recognised'], year: ['2009'] },
    });
    expect(
      boxes(container)
        .filter((b) => b.checked)
        .map((b) => b.value),
    ).toEqual(['Recognised', '2009']);
  });

  it('shows each value’s count and greys out an unticked value that would give nothing', () => {
    const container = built();
    syncFilterChecks(container, { q: '', sort: 'relevance', filters: { year: ['2008'] } });
    showFilterCounts(container, { kind: { state: 3 }, year: { '2009': 2 } });
    const row = (value: string) =>
      boxes(container)
        .find((b) => b.value === value)!
        .closest('li')!;
    expect(row('state').querySelector('.search-filter-count')!.textContent).toBe('(3)');
    expect(row('organisation').querySelector('.search-filter-count')!.textContent).toBe('(0)');
    expect(row('organisation').classList.contains('search-filter-empty')).toBe(true);
    expect(row('state').classList.contains('search-filter-empty')).toBe(false);
    // A ticked value stays usable even at zero, so it can be unticked.
    expect(row('2008').classList.contains('search-filter-empty')).toBe(false);
  });
});
