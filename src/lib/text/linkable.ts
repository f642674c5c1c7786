import { normaliseBase } from '../../shared/url';

/** Something prose can link to: a state or organisation page and the names that mean it. */
export interface Linkable {
  id: string;
  kind: 'state' | 'organisation';
  /** Page path without the site base, e.g. `states/france/`. */
  href: string;
  /** Every name, short form and demonym that means this entity and no other, longest first. */
  names: string[];
}

/**
 * A page path in the form Linkable.href uses (`states/france/`), whether the caller passed it with
 * or without the base, a leading slash, a fragment or a query.
 */
export function pagePath(path: string, base: string): string {
  let p = path.replace(/[?#].*$/, '');
  const trimmedBase = normaliseBase(base).slice(0, -1);
  if (trimmedBase && (p === trimmedBase || p.startsWith(`${trimmedBase}/`)))
    p = p.slice(trimmedBase.length);
  p = p.replace(/^\/+/, '');
  if (p && !p.endsWith('/')) p += '/';
  return p;
}
