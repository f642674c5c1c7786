// The /search/ page's form and result regions: finding them in the markup, reading the form as a
// search state, and showing a state in it. No searching and no URL here.
import { syncFilterChecks } from './filterControls';
import { hasActiveFilters, parseSearchParams, type SearchState } from './searchState';

export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filterPanel: HTMLDetailsElement;
  filters: HTMLElement;
  status: HTMLElement;
  empty: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** The page's parts, by their data attributes; a missing one is a markup error, said at once. */
export function findSearchElements(root: ParentNode): SearchElements {
  const get = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`search page: missing ${selector}`);
    return found;
  };
  return {
    form: get('form[data-search-form]'),
    input: get('input[name="q"]'),
    filterPanel: get('details[data-search-filter-panel]'),
    filters: get('[data-search-filters]'),
    status: get('[data-search-status]'),
    empty: get('[data-search-empty]'),
    results: get('ol[data-search-results]'),
    more: get('button[data-search-more]'),
  };
}

/** The search the form describes, read through the same parser as the URL. */
export function formState(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string') params.append(name, value);
  return parseSearchParams(params);
}

/** Shows `state` in the form: query, sort, ticked filters (and the panel open when any is). */
export function showStateInForm(ui: SearchElements, state: SearchState): void {
  if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
  for (const radio of ui.form.querySelectorAll<HTMLInputElement>('input[name="sort"]'))
    radio.checked = radio.value === state.sort;
  syncFilterChecks(ui.filters, state);
  if (hasActiveFilters(state)) ui.filterPanel.open = true;
}
