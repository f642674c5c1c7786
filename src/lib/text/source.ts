import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { ListItem, Paragraph, SourceDocument, Table } from '../../schemas';
import { crosslinkAndStringify, type RenderOptions } from './render';

/** Fragment id that lands on a line of the vendored file; source refs carry it as `anchor`. */
export const lineAnchor = (line: number): string => `L${line}`;

// The page has its own <h1>, so the article title (level 1) is an <h2> and every level moves
// down one, capped at <h6>.
function headingTag(level: number): string {
  return `h${Math.min(level + 1, 6)}`;
}

/**
 * Hands out each line anchor once: two blocks on one line (or a table's header row on the
 * table's own line) share the first element's anchor instead of producing duplicate ids.
 */
function anchorClaimer() {
  const used = new Set<string>();
  return (line: number): string | undefined => {
    const id = lineAnchor(line);
    if (used.has(id)) return undefined;
    used.add(id);
    return id;
  };
}
type ClaimAnchor = ReturnType<typeof anchorClaimer>;

function tableElement(table: Table, claim: ClaimAnchor): Element {
  const tableId = claim(table.line);
  const header = h(
    'tr',
    { id: claim(table.header.line) },
    table.header.cells.map((cell) => h('th', { scope: 'col' }, cell)),
  );
  const rows = table.rows.map((row) =>
    h(
      'tr',
      { id: claim(row.line) },
      row.cells.map((cell) => h('td', cell)),
    ),
  );
  // Tables stay out of the search index: their rows are the statements and recognitions that the
  // state and organisation pages index with sub-results, and a long article's fragment would make
  // every search that hits it download the whole table.
  return h('table', { id: tableId, dataPagefindIgnore: '' }, [
    h('thead', [header]),
    ...(rows.length > 0 ? [h('tbody', rows)] : []),
  ]);
}

/**
 * A paragraph joined from several file lines (a scrape's sentence split around links) carries an
 * anchor for each line it spans, so a sentence cited at its own line lands on its words.
 */
function paragraphContent(
  block: Paragraph,
  claim: (line: number) => string | undefined,
): ElementContent[] {
  const map = block.lineMap ?? [];
  if (map.length < 2) return [{ type: 'text', value: block.text }];
  return map.map((entry, i) => {
    const text = block.text.slice(entry.offset, map[i + 1]?.offset ?? block.text.length);
    const id = i === 0 ? undefined : claim(entry.line);
    return id ? h('span', { id }, text) : { type: 'text' as const, value: text };
  });
}

/**
 * The article as hast, built node by node from the cleaned blocks: text only ever becomes text
 * nodes, so `*`, `<b>` or `[x](javascript:…)` in the article show as written. (Feeding the text
 * to remark-parse would read it as Markdown, which it is not.)
 */
export function sourceTree(doc: SourceDocument): Root {
  const claim = anchorClaimer();
  const children: ElementContent[] = [];
  let list: Element | null = null;
  const listItem = (block: ListItem) => h('li', { id: claim(block.line) }, block.text);

  for (const block of doc.blocks) {
    if (block.kind === 'list-item') {
      // Consecutive items form one list; any other block ends it.
      if (list) list.children.push(listItem(block));
      else children.push((list = h('ul', [listItem(block)])));
      continue;
    }
    list = null;
    switch (block.kind) {
      case 'heading': {
        // The heading keeps its slug id; the inner span carries the line anchor, so both
        // `#history` and `#L12` land on it.
        const line = claim(block.line);
        // A one-letter heading is the index letter of an alphabetical list ("A", "B", …): it says
        // nothing a search could be for, and as a search hit it would read as a stray letter.
        const indexLetter = block.text.replace(/[^\p{L}\p{N}]/gu, '').length <= 1;
        children.push(
          h(
            headingTag(block.level),
            { id: block.id, dataPagefindIgnore: indexLetter ? '' : undefined },
            line ? [h('span', { id: line }, block.text)] : [block.text],
          ),
        );
        break;
      }
      case 'paragraph':
        children.push(h('p', { id: claim(block.line) }, paragraphContent(block, claim)));
        break;
      case 'table':
        children.push(tableElement(block, claim));
        break;
    }
  }
  return { type: 'root', children };
}

/** Every line anchor the rendered article carries, in document order. */
export function sourceAnchors(doc: SourceDocument): string[] {
  const claim = anchorClaimer();
  const ids: Array<string | undefined> = [];
  for (const block of doc.blocks) {
    ids.push(claim(block.line));
    if (block.kind === 'table')
      for (const row of [block.header, ...block.rows]) ids.push(claim(row.line));
    if (block.kind === 'paragraph')
      for (const entry of (block.lineMap ?? []).slice(1)) ids.push(claim(entry.line));
  }
  return ids.filter((id): id is string => id !== undefined);
}

/** The cleaned article as HTML: heading and line anchors, real lists and tables, cross-links. */
export function renderSourceHtml(doc: SourceDocument, options: RenderOptions): string {
  return crosslinkAndStringify(sourceTree(doc), options);
}
