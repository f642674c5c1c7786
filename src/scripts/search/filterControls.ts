// Checkbox groups for the Pagefind filters. They are built once, when the index is first
// loaded, and afterwards only their ticks and counts change — rebuilding them per keystroke
// would throw away keyboard focus.
import { kindLabel } from './renderResults';
import { FILTER_KEYS, type SearchState } from './searchState';
import type { FilterCounts } from './pagefindClient';

const GROUP_LEGENDS: Record<string, string> = {
  kind: 'Kind of page',
  status: 'Status',
  region: 'Region',
  organisation: 'Organisation membership',
  year: 'Year of statement',
};

function orderValues(key: string, values: string[]): string[] {
  // Newest years first; everything else alphabetically.
  return key === 'year'
    ? [...values].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
    : [...values].sort((a, b) => a.localeCompare(b, 'en'));
}

const valueLabel = (key: string, value: string): string =>
  key === 'kind' ? kindLabel(value) : value;

/** Fills `container` with one fieldset per filter key that has values in the index. */
export function buildFilterControls(container: HTMLElement, allFilters: FilterCounts): void {
  container.replaceChildren();
  FILTER_KEYS.forEach((key, groupIndex) => {
    const values = Object.keys(allFilters[key] ?? {});
    if (values.length === 0) return;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter-group';
    fieldset.dataset.filterKey = key;
    const legend = document.createElement('legend');
    legend.textContent = GROUP_LEGENDS[key] ?? key;
    fieldset.append(legend);
    const list = document.createElement('ul');
    orderValues(key, values).forEach((value, valueIndex) => {
      const id = `search-filter-${groupIndex}-${valueIndex}`;
      const item = document.createElement('li');
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.id = id;
      checkbox.name = key; // the form's own fields serialise straight into the URL format
      checkbox.value = value;
      const label = document.createElement('label');
      label.htmlFor = id;
      const name = document.createElement('span');
      name.textContent = valueLabel(key, value);
      const count = document.createElement('span');
      count.className = 'search-filter-count';
      label.append(name, ' ', count);
      item.append(checkbox, label);
      list.append(item);
    });
    fieldset.append(list);
    container.append(fieldset);
  });
}

/** Ticks exactly the boxes the state selects (e.g. after Back). */
export function syncFilterChecks(container: HTMLElement, state: SearchState): void {
  for (const checkbox of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    checkbox.checked = state.filters[checkbox.name]?.includes(checkbox.value) ?? false;
  }
}

/** Shows, beside each value, how many results ticking it would give. */
export function showFilterCounts(container: HTMLElement, counts: FilterCounts): void {
  for (const checkbox of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = counts[checkbox.name]?.[checkbox.value] ?? 0;
    const countElement = checkbox.labels?.[0]?.querySelector('.search-filter-count');
    if (countElement) countElement.textContent = `(${count})`;
    checkbox
      .closest('li')
      ?.classList.toggle('search-filter-empty', count === 0 && !checkbox.checked);
  }
}
