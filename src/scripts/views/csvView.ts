// The CSV of a filtered view is cut from the site's own export (/data/*.csv), so its columns are
// exactly the public export's. Hand-written rather than a CSV library: only record boundaries
// and the first field (the id) are needed, and the export's quoting is RFC 4180 (src/lib/export).
import { foldAsciiWords } from '../../shared/fold';

/** Splits RFC 4180 text into raw records (quoted fields may hold commas, quotes and line breaks). */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (i > start) records.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** First field of a record, unquoted. */
export function firstField(record: string): string {
  if (!record.startsWith('"')) return record.split(',', 1)[0] ?? '';
  const end = /^"((?:[^"]|"")*)"/.exec(record);
  return end ? (end[1] ?? '').replace(/""/g, '"') : '';
}

/** The fields of one CSV record as written (a quoted field keeps its quotes). */
function rawFields(record: string): string[] {
  return [...record.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m, i, all) => m[0] !== '' || i < all.length - 1)
    .map((m) => m[1] ?? '');
}

/**
 * The export's header and the records of `ids`, in the order of `ids` (the view's order). With
 * `origin`, the `url` column's site paths become absolute, wherever the column stands (columns
 * are added after it over time): a downloaded file is read away from the site, where
 * "/states/x/" leads nowhere. (The export keeps paths: it is served from the site and must stay
 * valid under any host.)
 */
export function csvOfIds(csv: string, ids: readonly string[], origin?: string): string {
  const [header, ...records] = csvRecords(csv);
  const byId = new Map(records.map((r) => [firstField(r), r]));
  const urlColumn = origin === undefined ? -1 : rawFields(header ?? '').indexOf('url');
  const rows = ids
    .map((id) => byId.get(id))
    .filter((r): r is string => r !== undefined)
    .map((r) => {
      if (urlColumn < 0) return r;
      const fields = rawFields(r);
      const url = fields[urlColumn];
      if (url?.startsWith('/')) fields[urlColumn] = `${origin}${url}`;
      return fields.join(',');
    });
  return [header ?? '', ...rows].join('\r\n') + '\r\n';
}

/**
 * A download's file name that says which view it holds: "kosovo-atlas-states-africa-recognised.csv"
 * for ?region=Africa&status=recognised, the plain name for the whole list.
 */
export function viewFilename(stem: string, filters: Readonly<Record<string, string>>): string {
  const parts = Object.values(filters)
    .filter(Boolean)
    .map((v) => foldAsciiWords(v).replaceAll(' ', '-'))
    .filter(Boolean);
  return `${[stem, ...parts].join('-')}.csv`;
}
