// Progressive enhancement shared by /states/, /positions/ and /timeline/: the page is complete
// without JavaScript; this shows its filters, keeps the view in the URL (pushState, so Back
// restores the previous view), sorts by column and downloads the shown rows as CSV.
import { csvOfIds, viewFilename } from './csvView';
import {
  compareSortValues,
  matchesView,
  nextSort,
  readView,
  viewTitle,
  writeView,
  type ViewSpec,
  type ViewState,
} from './viewState';

export interface ListViewOptions {
  /** Hidden container of `<select data-filter="key">`; shown once the script runs. */
  filters: HTMLElement;
  /** The entries to filter, each carrying `data-<key>` for its filter and sort values and `data-id`. */
  items: HTMLElement[];
  /** Live region for "Showing n of m …". */
  count: HTMLElement;
  /** What the entries are called in the count ("rows", "statements"). */
  noun: string;
  /** Sections hidden when none of their entries is shown (year groups). */
  groups?: HTMLElement[];
  /** Table whose `th[data-sort]` headers become sort buttons; its first tBody is reordered. */
  table?: HTMLTableElement;
  /** The full export the view's rows are cut from, and the download's file name without the view and `.csv`. */
  csv?: { href: string; stem: string };
}

export function enhanceListView(options: ListViewOptions): void {
  const { filters, items, count, noun, groups = [], table, csv } = options;
  const selects = [...filters.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const headers = table
    ? [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')]
    : [];
  const spec: ViewSpec = {
    filters: selects.map((s) => ({
      key: s.dataset.filter!,
      values: [...s.options].map((o) => o.value).filter(Boolean),
    })),
    sorts: headers.map((th) => th.dataset.sort!),
  };
  const pageOrder = [...items];
  // The caption says how many rows the view shows ("8 of 204 rows"), not only the page's total.
  const caption = table?.caption ?? null;
  const captionText = caption?.textContent?.replace(/\s*\(\d+ rows\)\s*$/, '') ?? '';
  const unfilteredTitle = document.title;
  let view: ViewState = readView(location.search, spec);
  let shownIds: string[] = [];

  const render = () => {
    for (const select of selects) select.value = view.filters[select.dataset.filter!] ?? '';
    document.title = viewTitle(
      unfilteredTitle,
      selects
        .filter((s) => s.value !== '')
        .map((s) => s.selectedOptions[0]?.text.trim() ?? s.value),
    );
    const shown: HTMLElement[] = [];
    for (const item of pageOrder) {
      const ok = matchesView(item.dataset, view.filters);
      item.hidden = !ok;
      if (ok) shown.push(item);
    }
    if (table) {
      const sort = view.sort;
      const ordered =
        sort === null
          ? pageOrder
          : [...pageOrder].sort((a, b) =>
              compareSortValues(
                a.dataset[sort.key] ?? '',
                b.dataset[sort.key] ?? '',
                sort.descending,
              ),
            );
      table.tBodies[0]!.append(...ordered);
      for (const th of headers) {
        if (sort && sort.key === th.dataset.sort)
          th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      }
      shownIds = ordered.filter((item) => !item.hidden).map((item) => item.dataset.id ?? '');
    } else {
      shownIds = shown.map((item) => item.dataset.id ?? '');
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-id]:not([hidden])');
    count.textContent = `Showing ${shown.length} of ${items.length} ${noun}.`;
    if (caption)
      caption.textContent = `${captionText} (${
        shown.length === items.length
          ? `${items.length} rows`
          : `${shown.length} of ${items.length} rows`
      })`;
  };

  const go = (next: ViewState) => {
    view = next;
    history.pushState(null, '', `${location.pathname}${writeView(view, spec)}${location.hash}`);
    render();
  };

  for (const select of selects) {
    select.addEventListener('change', () =>
      go({ ...view, filters: { ...view.filters, [select.dataset.filter!]: select.value } }),
    );
  }
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () =>
      go({ ...view, sort: nextSort(view.sort, th.dataset.sort!) }),
    );
  }
  addEventListener('popstate', () => {
    view = readView(location.search, spec);
    render();
  });

  if (csv) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = `Download these ${noun} (CSV)`;
    button.addEventListener('click', async () => {
      const response = await fetch(csv.href).catch(() => null);
      if (!response?.ok) {
        count.textContent = `The CSV could not be loaded; the full export is at ${csv.href}.`;
        return;
      }
      const blob = new Blob([csvOfIds(await response.text(), shownIds, location.origin)], {
        type: 'text/csv',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = viewFilename(csv.stem, view.filters);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    });
    count.before(button);
  }

  filters.hidden = false;
  render();
  // A shared link with a filter opens on what it shares: the filtered table, not the top of the page.
  if (Object.values(view.filters).some(Boolean) && !location.hash)
    filters.scrollIntoView({ block: 'start' });
}
