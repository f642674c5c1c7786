import type { Root } from 'hast';
import type {
  List,
  ListItem as MdastListItem,
  Root as MdastRoot,
  RootContent,
  Table as MdastTable,
  TableRow,
  Text,
} from 'mdast';
import type { Position } from 'unist';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ListItem, Paragraph, SourceDocument, Table } from '../../schemas';
import { crosslinkAndStringify, type RenderOptions } from './render';
import { lineAnchor } from '../../shared/lineAnchor';

// The one line-anchor format (src/shared/lineAnchor.ts); re-exported for the pages.
export { lineAnchor };

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

// The article is built as mdast (remark's syntax tree), node by node from the reader's blocks:
// each node's unist `position` is the file line the Atlas cites, and `data.hName`/`hProperties`
// carry the line anchors into the HTML. remark-rehype turns it into hast for the same rehype
// plugins the statements use. Text only ever becomes text nodes, so `*`, `<b>` or
// `[x](javascript:…)` in the article show as written (remark-parse would read the text as
// Markdown, which it is not).
const at = (line: number): Position => ({ start: { line, column: 1 }, end: { line, column: 1 } });
const text = (value: string, line: number, id?: string): Text => ({
  type: 'text',
  value,
  position: at(line),
  ...(id ? { data: { hName: 'span', hProperties: { id } } } : {}),
});

function tableNode(table: Table, claim: ClaimAnchor): MdastTable {
  const row = (r: Table['header'], header: boolean): TableRow => ({
    type: 'tableRow',
    position: at(r.line),
    data: { hProperties: { id: claim(r.line) } },
    children: r.cells.map((cell) => ({
      type: 'tableCell',
      position: at(r.line),
      data: header ? { hProperties: { scope: 'col' } } : undefined,
      children: [text(cell, r.line)],
    })),
  });
  // Claimed before its rows: the table's anchor is its own line's.
  const id = claim(table.line);
  return {
    type: 'table',
    position: at(table.line),
    // Tables stay out of the search index: their rows are the statements and recognitions that
    // the state and organisation pages index with sub-results, and a long article's fragment would
    // make every search that hits it download the whole table.
    data: { hProperties: { id, dataPagefindIgnore: '' } },
    children: [row(table.header, true), ...table.rows.map((r) => row(r, false))],
  };
}

/**
 * A paragraph joined from several file lines (a scrape's sentence split around links) carries an
 * anchor for each line it spans, so a sentence cited at its own line lands on its words.
 */
function paragraphContent(block: Paragraph, claim: ClaimAnchor): Text[] {
  const map = block.lineMap ?? [];
  if (map.length < 2) return [text(block.text, block.line)];
  return map.map((entry, i) => {
    const value = block.text.slice(entry.offset, map[i + 1]?.offset ?? block.text.length);
    return text(value, entry.line, i === 0 ? undefined : claim(entry.line));
  });
}

/** The article as mdast, every node positioned at the file line it was read from. */
export function sourceMdast(doc: SourceDocument): MdastRoot {
  const claim = anchorClaimer();
  const children: RootContent[] = [];
  let list: List | null = null;
  const listItem = (block: ListItem): MdastListItem => ({
    type: 'listItem',
    spread: false,
    position: at(block.line),
    data: { hProperties: { id: claim(block.line) } },
    children: [
      { type: 'paragraph', position: at(block.line), children: [text(block.text, block.line)] },
    ],
  });

  for (const block of doc.blocks) {
    if (block.kind === 'list-item') {
      // Consecutive items form one list; any other block ends it.
      if (list) list.children.push(listItem(block));
      else
        children.push(
          (list = {
            type: 'list',
            ordered: false,
            spread: false,
            position: at(block.line),
            children: [listItem(block)],
          }),
        );
      continue;
    }
    list = null;
    switch (block.kind) {
      case 'heading': {
        // The heading keeps its slug id; the inner span carries the line anchor, so both
        // `#history` and `#L12` land on it. The page has its own <h1>, so every level moves down one.
        const line = claim(block.line);
        // A one-letter heading is the index letter of an alphabetical list ("A", "B", …): it says
        // nothing a search could be for, and as a search hit it would read as a stray letter.
        const indexLetter = block.text.replace(/[^\p{L}\p{N}]/gu, '').length <= 1;
        children.push({
          type: 'heading',
          depth: Math.min(block.level + 1, 6) as 1 | 2 | 3 | 4 | 5 | 6,
          position: at(block.line),
          data: { hProperties: { id: block.id, dataPagefindIgnore: indexLetter ? '' : undefined } },
          children: [text(block.text, block.line, line)],
        });
        break;
      }
      case 'paragraph':
        children.push({
          type: 'paragraph',
          position: at(block.line),
          data: { hProperties: { id: claim(block.line) } },
          children: paragraphContent(block, claim),
        });
        break;
      case 'table':
        children.push(tableNode(block, claim));
        break;
    }
  }
  return { type: 'root', children };
}

const toHast = unified().use(remarkRehype);

/** The article as hast: the mdast above through remark-rehype. */
export function sourceTree(doc: SourceDocument): Root {
  return toHast.runSync(sourceMdast(doc)) as Root;
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
