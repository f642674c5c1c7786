import { uniqueSlugger } from '../../shared/slug';
import {
  headingBlock,
  normaliseText,
  SourceError,
  type Block,
  type SourceDocument,
} from './document';
import { splitGluedHeadings } from './gluedHeadings';
import { LineLedger, looksLikeProse } from './lineLedger';
import { lineAt, sliceLineMap, type LineMap } from './lineMap';
import { echoScore } from './glossEcho';
import { findInlineGlosses, holdsInlineGloss, withoutInlineGlosses } from './inlineGloss';

/*
 * A "glossed scrape" is a wiki article copied from a mirror that prints, after every link, the
 * linked article's opening words cut off with " ...". The link and its gloss sit on a line of
 * their own and the sentence goes on on the next line:
 *
 *   do not have official relations due to Russia's support for
 *   Serbia , image_flag = Flag of Serbia.svg , … (gree ...
 *   in the Kosovo issue.
 *
 * Reading it means keeping the link's words ("Serbia"), dropping the gloss, and joining the
 * pieces back into the sentence. Other mirrors print each paragraph on one line with the glosses
 * inside it (inlineGloss.ts); a page in that layout is read line by line the same way, each line's
 * glosses cut out of it. Headings are bare short lines between blank lines; the mirror's
 * navigation precedes the lead and the article's end matter (references, categories) follows.
 */

const GLOSS_END = /\s(?:\.\.\.|…)$/;
const BULLET = /^[*•]\s*(.*)$/;
// End-matter sections: citations and category links, no article prose.
const END_MATTER_HEADING =
  /^(?:references|notes|footnotes|citations|sources|bibliography|further reading|external links)$/i;
// Template residue: `{{DEFAULTSORT:…` and category links open the page's trailing metadata.
const METADATA_START = /^(?:\{\{\s*DEFAULTSORT|\[\[\s*Category:)/i;
const TEMPLATE_LINE = /^(?:\{\{|\}\}|\[\[\s*Category:)/;
const FUNCTION_WORD_END = /\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|as|that|is|was)$/i;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function isGlossLine(line: string): boolean {
  return GLOSS_END.test(line.trim()) && wordCount(line) >= 2;
}

/**
 * Splits a link-and-gloss line into the link's words and the gloss. The split is the word
 * boundary after which the text best echoes the words before it; when nothing echoes, the link
 * is taken to be the leading run of capitalised words (a title) up to a capitalised "The", so no
 * gloss leaks into prose.
 */
export function splitGlossLine(line: string): { link: string; gloss: string } {
  const words = line.trim().split(/\s+/);
  let best = { k: 0, score: 0.5 };
  for (let k = 1; k < Math.min(words.length, 16); k++) {
    const score = echoScore(words.slice(0, k), words.slice(k));
    if (score > best.score) best = { k, score };
  }
  if (best.k === 0) {
    let k = 0;
    while (
      k < Math.min(words.length - 1, 8) &&
      (/^[\p{Lu}\p{N}]/u.test(words[k]!) ||
        (k > 0 && /^(?:of|the|and|in|for|de|–|-)$/.test(words[k]!))) &&
      // A gloss that does not name the link often opens "The …": the title ends before it.
      !(k > 0 && words[k] === 'The')
    )
      k++;
    while (k > 1 && !/^[\p{Lu}\p{N}]/u.test(words[k - 1]!)) k--;
    best = { k: Math.max(k, 1), score: 0 };
  }
  return { link: words.slice(0, best.k).join(' '), gloss: words.slice(best.k).join(' ') };
}

/** Joins the pieces of a sentence split around links: no space before ", . ; : ) 's". */
export function joinPieces(pieces: string[]): string {
  return joinPiecesWithLines(pieces.map((text) => ({ text, line: 1 }))).text;
}

/** `joinPieces` that also records the file line each piece's words start on. */
export function joinPiecesWithLines(pieces: Array<{ text: string; line: number }>): {
  text: string;
  lineMap: LineMap;
} {
  let text = '';
  const lineMap: LineMap = [];
  for (const { text: raw, line } of pieces) {
    const piece = raw.replace(/\s+/g, ' ').trim();
    if (piece === '') continue;
    const tight = text === '' || /^(?:[,.;:!?)\]]|['’]s\b)/.test(piece) || /[([]$/.test(text);
    if (!tight) text += ' ';
    if (lineMap.at(-1)?.line !== line) lineMap.push({ offset: text.length, line });
    text += piece;
  }
  return { text, lineMap };
}

function isHeadingText(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= 80 &&
    wordCount(text) <= 8 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.,;:!?…"'”’)\]]$/.test(text) &&
    !FUNCTION_WORD_END.test(text) &&
    !isGlossLine(text) &&
    !TEMPLATE_LINE.test(text)
  );
}

/** Text of a content line: the link's words for a gloss line, the line itself otherwise. */
const pieceOf = (line: string) => (isGlossLine(line) ? splitGlossLine(line).link : line.trim());

/**
 * How a page prints its glosses. A page with a line that holds a gloss yet ends as prose is in the
 * inline layout throughout: there a line ending in " ..." is a paragraph that ends with a link, not
 * a link line, and is read by the inline rule like any other. A list item that is one link and its
 * gloss and nothing more ("* Russia–Serbia relations Russia and Serbia maintain …", a See also
 * entry) is the other layout's link line after its "*": where the inline rule finds no gloss in it,
 * the link-line split reads it, so its gloss does not become the item's text.
 */
function layoutOf(lines: string[]): {
  isLinkLine: (line: string) => boolean;
  piecesOf: (line: string) => string[];
  itemPiecesOf: (text: string) => string[];
} {
  if (lines.some(holdsInlineGloss)) {
    const piecesOf = (line: string) => withoutInlineGlosses(line.trim());
    return {
      isLinkLine: () => false,
      piecesOf,
      itemPiecesOf: (text) =>
        isGlossLine(text) && findInlineGlosses(text.trim()).length === 0
          ? [pieceOf(text)]
          : piecesOf(text),
    };
  }
  const piecesOf = (line: string) => [pieceOf(line)];
  return { isLinkLine: isGlossLine, piecesOf, itemPiecesOf: piecesOf };
}

interface Chunk {
  /** 0-based index of each line in the file. */
  lines: number[];
}

/** Maximal runs of non-blank lines, from `from` on. */
function chunksOf(lines: string[], from: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (lines[i]!.trim() === '') {
      if (current.length) chunks.push({ lines: current });
      current = [];
    } else current.push(i);
  }
  if (current.length) chunks.push({ lines: current });
  return chunks;
}

// A line that goes on with a sentence another line began (punctuation or a lowercase word first):
// the mirror starts a new line only after a link line, so such a line after plain text means the
// link line between them is lost.
const CONTINUATION = /^(?:[,.;:)\]]|['’]s\b|\p{Ll})/u;

/**
 * Throws when the content line `i` continues a sentence straight after another plain text line:
 * the link line between them (its words and gloss) is gone, and the sentence would read "this
 * time in, which …" with the linked words silently lost.
 */
function checkLinkBefore(
  lines: string[],
  i: number,
  file: string,
  isLinkLine: (line: string) => boolean,
): void {
  const text = lines[i]!.trim();
  const previous = lines[i - 1]?.trim() ?? '';
  if (!CONTINUATION.test(text) || previous === '' || isLinkLine(previous)) return;
  throw new SourceError(
    file,
    i + 1,
    `a link line (the linked words and their gloss) between line ${i} and this line, which goes on with the sentence line ${i} began (a deleted gloss line? the linked words are lost)`,
    `${previous.slice(-30)} / ${text.slice(0, 30)}`,
  );
}

/**
 * Reads a glossed scrape into blocks: the first line is the title; everything up to the first
 * line of prose (a gloss line or a line of four words or more) is the mirror's navigation; a short
 * unpunctuated line standing alone, or followed by a new capitalised sentence, is a level-2
 * heading; `*` starts a list item; paragraphs are the remaining runs of lines with glosses removed.
 * End-matter sections and `{{…}}` residue are not read; every such line is set aside in the line
 * ledger with its reason, and one that reads like article prose is flagged for the build report.
 */
export function readGlossedScrape(
  raw: string,
  meta: { sourceId: string; file: string },
): SourceDocument {
  const lines = normaliseText(raw).split('\n');
  const { isLinkLine, piecesOf, itemPiecesOf } = layoutOf(lines);
  const titleIndex = lines.findIndex((l) => l.trim() !== '');
  if (titleIndex === -1) throw new SourceError(meta.file, 1, 'a title on the first line', '');
  const title = lines[titleIndex]!.trim();
  if (isLinkLine(title))
    throw new SourceError(meta.file, titleIndex + 1, 'an article title, not a link gloss', title);

  const slug = uniqueSlugger();
  const blocks: Block[] = [headingBlock(title, 1, titleIndex + 1, [title], slug)];
  let section = [title];
  let inEndMatter = false;
  let endMatterHeading = '';
  const ledger = new LineLedger(lines);
  ledger.content(titleIndex);
  /** A line of end matter: set aside, flagged when it reads like article prose. */
  const endMatter = (i: number, reason: string) =>
    ledger.setAside(i, 'end-matter', reason, looksLikeProse(lines[i]!));

  let bodyStart = titleIndex + 1;
  while (
    bodyStart < lines.length &&
    !(isLinkLine(lines[bodyStart]!) || wordCount(lines[bodyStart]!) >= 4)
  )
    bodyStart++;
  for (let i = titleIndex + 1; i < bodyStart; i++)
    if (lines[i]!.trim() !== '')
      ledger.setAside(i, 'boilerplate', "the mirror's navigation before the article's first prose");

  const wholeText = lines.join('\n');
  // A glued heading opens a subsection of the current section until the next real heading.
  let parentSection = section;
  const emit = (kind: 'paragraph' | 'list-item', pieces: Array<{ text: string; line: number }>) => {
    const joined = joinPiecesWithLines(pieces);
    if (joined.text === '' || inEndMatter) return;
    const parts =
      kind === 'paragraph'
        ? splitGluedHeadings(joined.text, wholeText)
        : [{ kind: 'text' as const, text: joined.text, offset: 0 }];
    for (const part of parts) {
      const line = lineAt(joined.lineMap, part.offset);
      if (part.kind === 'heading') {
        section = [...parentSection, part.text];
        blocks.push(headingBlock(part.text, parentSection.length + 1, line, section, slug));
        continue;
      }
      const map = sliceLineMap(joined.lineMap, part.offset, part.text.length);
      blocks.push({
        kind,
        text: part.text,
        line,
        ...(map.length > 1 ? { lineMap: map } : {}),
        section,
      });
    }
  };

  chunks: for (const chunk of chunksOf(lines, bodyStart)) {
    let rest = chunk.lines;
    const first = rest[0]!;
    const next = rest[1];
    const headingHere =
      isHeadingText(lines[first]!) &&
      (next === undefined ||
        (!isLinkLine(lines[next]!) &&
          /^\p{Lu}/u.test(lines[next]!.trim()) &&
          !BULLET.test(lines[next]!.trim())));
    if (headingHere && inEndMatter) {
      // Nothing of the article follows its references: a mirror's trailing lines ("Bilateral
      // relations of X" category names, with or without a {{DEFAULTSORT}} before them) look like
      // headings but open no section of the article.
      endMatter(first, `under the end-matter heading "${endMatterHeading}"`);
      rest = rest.slice(1);
    } else if (headingHere) {
      const text = lines[first]!.trim();
      inEndMatter = END_MATTER_HEADING.test(text);
      section = [title, text];
      parentSection = section;
      if (!inEndMatter) {
        ledger.content(first);
        blocks.push({ kind: 'heading', level: 2, text, line: first + 1, id: slug(text), section });
      } else {
        endMatterHeading = text;
        ledger.setAside(first, 'end-matter', `the end-matter heading "${text}"`);
      }
      rest = rest.slice(1);
    }

    let pieces: Array<{ text: string; line: number }> = [];
    let kind: 'paragraph' | 'list-item' = 'paragraph';
    // 0-based line the pending block starts on: its first piece, or its "*".
    let start: number | null = null;
    const flush = () => {
      if (start !== null) emit(kind, pieces.length ? pieces : [{ text: '', line: start + 1 }]);
      pieces = [];
      start = null;
      kind = 'paragraph';
    };
    for (const i of rest) {
      const text = lines[i]!.trim();
      if (METADATA_START.test(text)) {
        flush();
        for (let k = i; k < lines.length; k++)
          if (lines[k]!.trim() !== '')
            endMatter(k, "the page's metadata ({{DEFAULTSORT…}}, categories) and what follows it");
        break chunks;
      }
      if (TEMPLATE_LINE.test(text)) {
        ledger.setAside(i, 'template', 'a {{…}} template line: markup residue, not article text');
        continue;
      }
      if (inEndMatter) endMatter(i, `under the end-matter heading "${endMatterHeading}"`);
      else if (isLinkLine(text))
        ledger.setAside(
          i,
          'link-gloss',
          `the link's words ("${splitGlossLine(BULLET.exec(text)?.[1] ?? text).link}") are read into the sentence; the linked article's opening words after them are not`,
        );
      else {
        checkLinkBefore(lines, i, meta.file, isLinkLine);
        ledger.content(i);
      }
      const bullet = BULLET.exec(text);
      if (bullet) {
        flush();
        kind = 'list-item';
        start = i;
        if (bullet[1])
          for (const text of itemPiecesOf(bullet[1])) pieces.push({ text, line: i + 1 });
        continue;
      }
      start ??= i;
      for (const piece of piecesOf(text)) pieces.push({ text: piece, line: i + 1 });
    }
    flush();
  }

  return {
    sourceId: meta.sourceId,
    file: meta.file,
    title,
    lineCount: lines.length,
    blocks,
    lines: ledger.summary(),
  };
}
