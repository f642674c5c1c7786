/**
 * Page URL of a state: `${base}states/${id}/`. `base` is import.meta.env.BASE_URL, which may or may
 * not end in a slash depending on the Astro config, so it is normalised here once.
 */
export function statePageHref(base: string, id: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}states/${id}/`;
}
