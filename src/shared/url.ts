/**
 * Base paths and URL joining, shared by the site, the build scripts and the tests. `base` is
 * Astro's BASE_URL or ATLAS_BASE, which may come with or without leading and trailing slashes.
 */

/** Where `npm start` serves the site: builds for the local preview and the tests are made for it. */
export const LOCAL_PREVIEW_SITE = 'http://localhost:4321';

/** `/atlas`, `atlas/` and `/atlas/` all mean the sub-path `/atlas/`; the root stays `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `base` + `path` with exactly one slash between them, whatever slashes either side brings. */
export function joinUrl(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
