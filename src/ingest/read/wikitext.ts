import { uniqueSlugger } from '../../shared/slug';
import {
  headingBlock,
  normaliseText,
  SourceError,
  type Block,
  type SourceDocument,
  type TableRow,
} from './document';
import { LineLedger } from './lineLedger';
import { markLostValues } from './lostValues';

const HEADING = /^(={1,6})\s*(.*?)\s*\1\s*$/;
const LIST_ITEM = /^[-*]\s+(.*)$/;
// An infobox field as the dump writes it: "- Filetype: PNG". Any other list item ends the infobox.
const INFOBOX_FIELD = /^[\p{L}][\p{L}\p{N} _()-]{0,40}:\s/u;
// Wiki table attributes that survive the dump as cells of their own ("| nowrap | AZE | …").
const ATTRIBUTE_CELL = /^(nowrap|(style|align|rowspan|colspan|class|scope|width)\s*=.*)$/i;

/** Splits `| a | b |` into trimmed cells; a row that does not close with `|` was cut off. */
export function splitRow(line: string, file: string, lineNo: number): TableRow {
  const body = line.trimEnd();
  if (!body.endsWith('|') || body.length < 2) {
    throw new SourceError(file, lineNo, 'a table row closed by "|"', line);
  }
  const cells = body
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
  while (cells.length > 0 && ATTRIBUTE_CELL.test(cells[0]!)) cells.shift();
  return { line: lineNo, cells };
}

/**
 * Reads the wiki-style dump: `= Title =` headings, one paragraph per line, `- ` lists, pipe tables.
 * An "Infobox" line and its `- key: value` items are template residue, not article text; they are
 * set aside in the line ledger, and a list item of another shape after them is article text.
 */
// A first row that is data, not a header: it opens with a rank or number, or holds a code.
const DATA_ROW = /^\|\s*\d|\|\s*[A-Z]{3}\s*\|/;

/**
 * A table straight after another one, with only blank lines between, whose first row is a data
 * row, is one table split by a stray blank line: that row would be read as a header and the rows
 * after it as another table's. Stops the ingest at the blank line.
 */
function checkNotSplitTable(
  previous: Block | undefined,
  lines: string[],
  i: number,
  file: string,
): void {
  if (previous?.kind !== 'table' || !DATA_ROW.test(lines[i]!.trim())) return;
  const last = previous.rows.at(-1)?.line ?? previous.line;
  throw new SourceError(
    file,
    last + 1,
    `no blank line inside the table of line ${previous.line} (it splits the table: the row at line ${i + 1} would be read as a new table's header)`,
    lines[i]!.trim(),
  );
}

export function readWikitext(
  raw: string,
  meta: { sourceId: string; file: string },
): SourceDocument {
  const lines = normaliseText(raw).split('\n');
  const blocks: Block[] = [];
  const path: string[] = [];
  const slug = uniqueSlugger();
  let title = '';
  let inInfobox = false;
  const ledger = new LineLedger(lines);

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i]!.trim();
    if (text === '') {
      inInfobox = false;
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      inInfobox = false;
      const level = heading[1]!.length;
      const headingText = heading[2]!;
      if (headingText === '')
        throw new SourceError(meta.file, lineNo, 'a heading with text between the "=" marks', text);
      path.length = Math.max(0, level - 1);
      while (path.length < level - 1) path.push('');
      path.push(headingText);
      if (level === 1 && title === '') title = headingText;
      ledger.content(i);
      blocks.push(headingBlock(headingText, level, lineNo, path.filter(Boolean), slug));
      continue;
    }
    if (text === 'Infobox') {
      inInfobox = true;
      ledger.setAside(i, 'infobox', 'opens an infobox: template residue, not article text');
      continue;
    }
    const section = path.filter(Boolean);
    if (text.startsWith('|')) {
      const start = lineNo;
      checkNotSplitTable(blocks.at(-1), lines, i, meta.file);
      const rows: TableRow[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) {
        rows.push(splitRow(lines[i]!.trim(), meta.file, i + 1));
        ledger.content(i);
        i++;
      }
      i--;
      const [header, ...body] = rows;
      blocks.push({ kind: 'table', line: start, section, header: header!, rows: body });
      continue;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      if (inInfobox && INFOBOX_FIELD.test(item[1]!)) {
        ledger.setAside(i, 'infobox', 'an infobox field ("key: value"): template residue');
        continue;
      }
      inInfobox = false;
      ledger.content(i);
      blocks.push({ kind: 'list-item', text: markLostValues(item[1]!), line: lineNo, section });
      continue;
    }
    inInfobox = false;
    ledger.content(i);
    blocks.push({ kind: 'paragraph', text: markLostValues(text), line: lineNo, section });
  }
  if (title === '') throw new SourceError(meta.file, 1, 'a "= Title =" heading');
  return {
    sourceId: meta.sourceId,
    file: meta.file,
    title,
    lineCount: lines.length,
    blocks,
    lines: ledger.summary(),
  };
}
