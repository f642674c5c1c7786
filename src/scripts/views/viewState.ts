// A list view's filters and sort live in the URL (`?status=not-recognised&org=oic&sort=date`) so a
// view is a link to share and Back/Forward restore it. These pure functions are the only place
// that knows the format; the DOM wiring (listView.ts) only reads and writes through them.
//   - one parameter per filter, single-valued (the pages offer one <select> per filter);
//   - `sort=<key>` ascending, `sort=-<key>` descending; no sort parameter means the page's order.

export interface ViewSpec {
  /** Filter keys in URL order, each with the values the page offers (others are ignored). */
  filters: ReadonlyArray<{ key: string; values: readonly string[] }>;
  /** Keys a reader may sort by; empty when the view has no sorting. */
  sorts: readonly string[];
}

export interface ViewSort {
  key: string;
  descending: boolean;
}

export interface ViewState {
  /** Selected value per filter key; a key with no selection is absent. */
  filters: Record<string, string>;
  sort: ViewSort | null;
}

/** Reads a view from a query string; unknown keys, values the page does not offer and bad sorts are dropped. */
export function readView(search: string | URLSearchParams, spec: ViewSpec): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string> = {};
  for (const { key, values } of spec.filters) {
    const value = params.get(key);
    if (value !== null && values.includes(value)) filters[key] = value;
  }
  const raw = params.get('sort') ?? '';
  const descending = raw.startsWith('-');
  const key = descending ? raw.slice(1) : raw;
  return { filters, sort: spec.sorts.includes(key) ? { key, descending } : null };
}

/** The query string of a view (`?…`, or '' for the unfiltered page order), parameters in spec order. */
export function writeView(state: ViewState, spec: ViewSpec): string {
  const params = new URLSearchParams();
  for (const { key } of spec.filters) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort && spec.sorts.includes(state.sort.key))
    params.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.key}`);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Whether an item with these values passes the filters. An item value may list several tokens
 * separated by spaces (a state's organisations), any of which matches.
 */
export function matchesView(
  values: Readonly<Record<string, string | undefined>>,
  filters: Readonly<Record<string, string>>,
): boolean {
  return Object.entries(filters).every(([key, wanted]) =>
    (values[key] ?? '').split(' ').includes(wanted),
  );
}

/**
 * Orders sort keys (pre-padded strings, so plain comparison is chronological or numeric). Items
 * without a value (no recognition row, no withdrawal date) stay last in either direction.
 */
export function compareSortValues(a: string, b: string, descending: boolean): number {
  if (!a || !b) return Number(!a) - Number(!b);
  return a.localeCompare(b, 'en') * (descending ? -1 : 1);
}

/** The next sort when a reader activates a column: ascending first, then flip. */
export function nextSort(current: ViewSort | null, key: string): ViewSort {
  return current?.key === key
    ? { key, descending: !current.descending }
    : { key, descending: false };
}

/**
 * The page title for a filtered view, so a tab, a bookmark or a shared link's preview names the
 * view: the filter labels go after the page's own title, before the site name
 * ("States — Atlas" → "States: Recognised, Africa — Atlas"). No labels, no change.
 */
export function viewTitle(title: string, labels: readonly string[]): string {
  if (labels.length === 0) return title;
  const cut = title.indexOf(' — ');
  const page = cut < 0 ? title : title.slice(0, cut);
  const site = cut < 0 ? '' : title.slice(cut);
  return `${page}: ${labels.join(', ')}${site}`;
}
