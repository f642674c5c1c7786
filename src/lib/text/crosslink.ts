import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { joinUrl } from '../../shared/url';
import { pagePath, type Linkable } from './linkable';
import { mentionFinder } from './mentions';
import { quotedRanges } from '../../shared/quotes';

export interface CrosslinkOptions {
  linkables: readonly Linkable[];
  /** The page being rendered (with or without the base); nothing links to it. */
  currentHref: string;
  /** Site base path, e.g. `/` or `/atlas/`. */
  base: string;
  /**
   * Ids already linked on the page. Pass one set to every fragment of a page rendered separately
   * (e.g. each statement) to link only the page's first mention; the pass adds what it links.
   */
  linked?: Set<string>;
  /** Class on the links the pass adds (none when empty). */
  className?: string;
}

// Elements whose text is not the Atlas's prose to annotate: links, quotations, titles of works,
// code, headings (a heading labels a section; links there clutter the outline), form controls.
const SKIP_TAGS = new Set([
  'a',
  'q',
  'blockquote',
  'cite',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'template',
  'textarea',
  'svg',
  'math',
  'button',
  'select',
  'option',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

// Elements that end a run of prose: a name or quotation never continues across them.
const BREAK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** A text node's place in a run: the run's text is its segments' values joined. */
interface Segment {
  node: Text;
  parent: Parent;
  offset: number;
  skip: boolean;
}

interface LinkCut {
  start: number;
  end: number;
  href: string;
}

// A name split over sibling text nodes (as other plugins leave them) is still one name.
function mergeAdjacentText(parent: Parent): void {
  const merged: Parent['children'] = [];
  for (const child of parent.children) {
    const previous = merged.at(-1);
    if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
    else merged.push(child);
  }
  parent.children = merged as typeof parent.children;
  for (const child of parent.children) if ('children' in child) mergeAdjacentText(child);
}

function isSkipped(element: Element): boolean {
  return SKIP_TAGS.has(element.tagName) || element.properties['dataNoCrosslink'] !== undefined;
}

/** Runs of prose in document order: text that reads as one sentence flow, inside one block. */
function collectRuns(tree: Root): Segment[][] {
  const runs: Segment[][] = [];
  let run: Segment[] = [];
  let length = 0;
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    length = 0;
  };
  const walk = (parent: Parent, skip: boolean) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        run.push({ node: child, parent, offset: length, skip });
        length += child.value.length;
      } else if (child.type === 'element') {
        const breaks = BREAK_TAGS.has(child.tagName);
        if (breaks) flush();
        walk(child, skip || isSkipped(child));
        if (breaks) flush();
      } else if (child.type !== 'comment') {
        flush();
      }
    }
  };
  walk(tree, false);
  flush();
  return runs;
}

/** Ids whose page an existing link in the tree already points to. */
function alreadyLinkedIds(tree: Root, linkables: readonly Linkable[], base: string): Set<string> {
  const idByPath = new Map(linkables.map((l) => [pagePath(l.href, base), l.id]));
  const ids = new Set<string>();
  const walk = (parent: Parent) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const href = child.properties['href'];
      if (child.tagName === 'a' && typeof href === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        const id = idByPath.get(pagePath(href, base));
        if (id) ids.add(id);
      }
      walk(child);
    }
  };
  walk(tree);
  return ids;
}

function linkElement(text: string, href: string, className: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: className ? { href, className: [className] } : { href },
    children: [{ type: 'text', value: text }],
  };
}

function applyCuts(segment: Segment, cuts: LinkCut[], className: string): void {
  const { node, parent } = segment;
  const index = parent.children.indexOf(node);
  if (index === -1) return;
  const pieces: ElementContent[] = [];
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    if (cut.start > at) pieces.push({ type: 'text', value: node.value.slice(at, cut.start) });
    pieces.push(linkElement(node.value.slice(cut.start, cut.end), cut.href, className));
    at = cut.end;
  }
  if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
  parent.children.splice(index, 1, ...(pieces as Parent['children']));
}

/**
 * Links the first mention of each state and organisation to its page. Mentions inside links,
 * quotations and headings, and mentions split across elements, do not count as the first.
 */
export function rehypeCrosslink(options: CrosslinkOptions) {
  const { linkables, base, className = 'crosslink' } = options;
  const currentPath = pagePath(options.currentHref, base);
  const byId = new Map(linkables.map((l) => [l.id, l]));
  const finder = mentionFinder(linkables);

  return (tree: Root): void => {
    mergeAdjacentText(tree);
    const linked = options.linked ?? new Set<string>();
    for (const id of alreadyLinkedIds(tree, linkables, base)) linked.add(id);

    // Cuts are applied after the walk so no parent's children change while they are read.
    const cutsBySegment = new Map<Segment, LinkCut[]>();
    for (const run of collectRuns(tree)) {
      const text = run.map((s) => s.node.value).join('');
      const quoted = quotedRanges(text);
      for (const mention of finder.find(text)) {
        const linkable = byId.get(mention.id);
        if (!linkable || linked.has(linkable.id) || pagePath(linkable.href, base) === currentPath)
          continue;
        const segment = run.find(
          (s) => s.offset <= mention.start && mention.start < s.offset + s.node.value.length,
        );
        if (!segment || segment.skip || mention.end > segment.offset + segment.node.value.length)
          continue;
        if (quoted.some((q) => mention.start < q.end && q.start < mention.end)) continue;
        const cuts = cutsBySegment.get(segment) ?? [];
        cuts.push({
          start: mention.start - segment.offset,
          end: mention.end - segment.offset,
          href: joinUrl(base, linkable.href),
        });
        cutsBySegment.set(segment, cuts);
        linked.add(linkable.id);
      }
    }
    for (const [segment, cuts] of cutsBySegment) applyCuts(segment, cuts, className);
  };
}
