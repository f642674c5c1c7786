// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { enhanceListView } from '../../../../src/scripts/views/listView';

const MARKUP = `
  <div data-filters hidden>
    <select data-filter="status">
      <option value="">Any</option><option value="recognised">Recognised</option>
      <option value="withdrawn">Withdrawn</option>
    </select>
  </div>
  <p data-count></p>
  <table>
    <caption>States (3 rows)</caption>
    <thead><tr><th data-sort="name">State</th><th data-sort="date">Recognised</th></tr></thead>
    <tbody>
      <tr data-id="ruritania" data-status="recognised" data-name="ruritania" data-date="2009"><td>Ruritania</td></tr>
      <tr data-id="freedonia" data-status="withdrawn recognised" data-name="freedonia" data-date="2008"><td>Freedonia</td></tr>
      <tr data-id="atlantis" data-status="" data-name="atlantis" data-date=""><td>Atlantis</td></tr>
    </tbody>
  </table>`;

function page(search = '') {
  history.replaceState(null, '', `/states/${search}`);
  document.body.innerHTML = MARKUP;
  const get = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const ui = {
    filters: get('[data-filters]'),
    select: get<HTMLSelectElement>('select'),
    count: get('[data-count]'),
    table: get<HTMLTableElement>('table'),
    items: [...document.querySelectorAll<HTMLElement>('tbody tr')],
  };
  enhanceListView({
    filters: ui.filters,
    items: ui.items,
    count: ui.count,
    noun: 'states',
    table: ui.table,
  });
  return ui;
}

const shown = () =>
  [...document.querySelectorAll<HTMLElement>('tbody tr')]
    .filter((row) => !row.hidden)
    .map((row) => row.dataset.id);

describe('enhanceListView', () => {
  beforeEach(() => history.replaceState(null, '', '/states/'));

  it('shows the filters, every row and the count, and makes each sortable header a button', () => {
    const ui = page();
    expect(ui.filters.hidden).toBe(false);
    expect(shown()).toEqual(['ruritania', 'freedonia', 'atlantis']);
    expect(ui.count.textContent).toBe('Showing 3 of 3 states.');
    expect(ui.table.caption!.textContent).toBe('States (3 rows)');
    expect([...ui.table.querySelectorAll('th > button')].map((b) => b.textContent)).toEqual([
      'State',
      'Recognised',
    ]);
  });

  it('opens on the view a shared link carries', () => {
    const ui = page('?status=withdrawn&sort=-date');
    expect(ui.select.value).toBe('withdrawn');
    expect(shown()).toEqual(['freedonia']);
    expect(ui.count.textContent).toBe('Showing 1 of 3 states.');
    expect(ui.table.caption!.textContent).toBe('States (1 of 3 rows)');
    expect(ui.table.querySelector('th[data-sort="date"]')!.getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('names the filtered view in the page title, and drops it when the filter is cleared', () => {
    document.title = 'States — Kosovo Recognition Atlas';
    const ui = page('?status=withdrawn');
    expect(document.title).toBe('States: Withdrawn — Kosovo Recognition Atlas');
    ui.select.value = '';
    ui.select.dispatchEvent(new Event('change'));
    expect(document.title).toBe('States — Kosovo Recognition Atlas');
  });

  it('filters on a change and writes the view to the URL', () => {
    const ui = page();
    ui.select.value = 'recognised';
    ui.select.dispatchEvent(new Event('change'));
    // A row with several values matches any of them.
    expect(shown()).toEqual(['ruritania', 'freedonia']);
    expect(location.search).toBe('?status=recognised');
  });

  it('sorts by a column, ascending then descending, with rows lacking a value last', () => {
    const ui = page();
    const dateButton = ui.table.querySelector<HTMLButtonElement>('th[data-sort="date"] button')!;
    dateButton.click();
    expect(shown()).toEqual(['freedonia', 'ruritania', 'atlantis']);
    expect(location.search).toBe('?sort=date');
    dateButton.click();
    expect(shown()).toEqual(['ruritania', 'freedonia', 'atlantis']);
    expect(location.search).toBe('?sort=-date');
    expect(ui.table.querySelector('th[data-sort="name"]')!.hasAttribute('aria-sort')).toBe(false);
  });

  it('hides a group when none of its entries is shown', () => {
    history.replaceState(null, '', '/timeline/?status=withdrawn');
    document.body.innerHTML = `
      <div data-filters hidden><select data-filter="status">
        <option value=""></option><option value="withdrawn"></option></select></div>
      <p data-count></p>
      <section data-group="2008"><li data-id="a" data-status="withdrawn"></li></section>
      <section data-group="2009"><li data-id="b" data-status="recognised"></li></section>`;
    const groups = [...document.querySelectorAll<HTMLElement>('section')];
    enhanceListView({
      filters: document.querySelector('[data-filters]')!,
      items: [...document.querySelectorAll<HTMLElement>('li')],
      count: document.querySelector('[data-count]')!,
      noun: 'statements',
      groups,
    });
    expect(groups.map((g) => g.hidden)).toEqual([false, true]);
    expect(document.querySelector('[data-count]')!.textContent).toBe('Showing 1 of 2 statements.');
  });
});
