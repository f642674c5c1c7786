/**
 * Link resolution over a built site, in the manner of the Astro docs' link checker: every
 * internal reference must name a file in the build, and every #fragment an element id on the
 * target page. External links are listed, never fetched (the build must not depend on the
 * network).
 */
import type { Element } from 'hast';
import {
  builtSite,
  elements,
  fileForPath,
  pagePathOf,
  parsePage,
  type SiteBuild,
} from './builtSite';

export interface LinkReference {
  /** Page or data file that holds the reference. */
  from: string;
  /** The attribute or JSON key, e.g. `a[href]`, `url`. */
  via: string;
  value: string;
}

export interface BrokenLink extends LinkReference {
  reason: string;
}

/** Attributes whose value is a URL the browser follows or fetches. */
const urlAttributes: ReadonlyArray<[tag: string | undefined, property: string, label: string]> = [
  [undefined, 'href', 'href'],
  [undefined, 'xLinkHref', 'xlink:href'],
  ['img', 'src', 'src'],
  ['script', 'src', 'src'],
  ['source', 'src', 'src'],
  ['iframe', 'src', 'src'],
  ['form', 'action', 'action'],
];

/** <link rel> values that point at another origin by design and fetch nothing we build. */
const hintRels = new Set(['preconnect', 'dns-prefetch']);

/** Fragments a browser honours without a matching element. */
const implicitFragments = new Set(['', 'top']);

export function referencesIn(element: Element, from: string): LinkReference[] {
  const found: LinkReference[] = [];
  for (const [tag, property, label] of urlAttributes) {
    if (tag !== undefined && element.tagName !== tag) continue;
    const value = element.properties[property];
    if (typeof value !== 'string') continue;
    if (element.tagName === 'link' && relOf(element).some((rel) => hintRels.has(rel))) continue;
    found.push({ from, via: `${element.tagName}[${label}]`, value });
  }
  return found;
}

function relOf(element: Element): string[] {
  // hast parses `rel` into a list of tokens.
  const rel = element.properties.rel;
  return Array.isArray(rel) ? rel.map(String) : [];
}

/** Ids (and legacy `a[name]` anchors) per HTML file, parsed once. */
export class AnchorIndex {
  private readonly ids = new Map<string, Set<string>>();
  constructor(private readonly dir = builtSite.dir) {}

  idsOf(file: string): Set<string> {
    let set = this.ids.get(file);
    if (set === undefined) {
      set = new Set();
      for (const element of elements(parsePage(file, this.dir))) {
        const { id, name } = element.properties;
        if (typeof id === 'string') set.add(id);
        if (element.tagName === 'a' && typeof name === 'string') set.add(name);
      }
      this.ids.set(file, set);
    }
    return set;
  }
}

/**
 * Why `reference` does not resolve, or undefined when it does. `pageUrl` is the absolute URL
 * the reference is read from (relative values resolve against it).
 */
export function checkReference(
  reference: LinkReference,
  pageUrl: string,
  anchors: AnchorIndex,
  site: SiteBuild = builtSite,
): string | undefined {
  const raw = reference.value.trim();
  if (/^javascript:/i.test(raw)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return 'not a URL';
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `unexpected scheme ${url.protocol}`;
  if (url.origin !== site.origin) return undefined; // external: listed, not fetched
  if (!url.pathname.startsWith(site.base)) return `outside the site base ${site.base}`;
  const file = fileForPath(url.pathname, site);
  if (file === undefined) {
    return fileForPath(`${url.pathname}/`, site) === undefined
      ? 'no such file in the build'
      : 'page linked without its trailing slash';
  }
  // A text fragment (`#L24:~:text=…`, a long source line's cited sentence) is for the browser to
  // find; the element id before `:~:` must still exist.
  const fragment = decodeURIComponent(url.hash.replace(/^#/, '').replace(/:~:.*$/, ''));
  if (implicitFragments.has(fragment) || !file.endsWith('.html')) return undefined;
  return anchors.idsOf(file).has(fragment)
    ? undefined
    : `no element with id "${fragment}" on ${file}`;
}

export function brokenLinksInPages(
  files: readonly string[],
  site: SiteBuild = builtSite,
): BrokenLink[] {
  const anchors = new AnchorIndex(site.dir);
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const pageUrl = site.origin + pagePathOf(file, site);
    let effectiveBase = pageUrl;
    const tree = parsePage(file, site.dir);
    for (const element of elements(tree)) {
      if (element.tagName === 'base' && typeof element.properties.href === 'string') {
        effectiveBase = new URL(element.properties.href, pageUrl).href;
        continue;
      }
      for (const reference of referencesIn(element, file)) {
        const reason = checkReference(reference, effectiveBase, anchors, site);
        if (reason !== undefined) broken.push({ ...reference, reason });
      }
    }
  }
  return broken;
}

/** Every string under a key named `url` in a JSON value, with the key path for reports. */
export function urlsInJson(value: unknown, trail = '$'): Array<{ path: string; url: string }> {
  if (Array.isArray(value))
    return value.flatMap((item, index) => urlsInJson(item, `${trail}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'url' && typeof child === 'string'
      ? [{ path: `${trail}.${key}`, url: child }]
      : urlsInJson(child, `${trail}.${key}`),
  );
}

export function formatBroken(links: readonly BrokenLink[]): string[] {
  return links.map((link) => `${link.from}: ${link.via}="${link.value}" — ${link.reason}`);
}
