import { uniqueSlugger } from '../../shared/slug';
import {
  headingBlock,
  normaliseText,
  SourceError,
  type Block,
  type SourceDocument,
} from './document';
import { LineLedger } from './lineLedger';

/*
 * A news-site page copied as text: site chrome at the top ("Find a Security Clearance Job!", a
 * menu bar "Home | World | Sport"), the headline, a byline, paragraphs separated by blank lines,
 * perhaps subheadings, more chrome at the bottom ("Join the mailing list", a "Related articles"
 * list of links). The headline is found by structure: the last short, unpunctuated line before
 * the first paragraph of prose that is not a bar or a byline. Chrome is what is left around it:
 * everything above the headline, and short lines or link lists that are not prose at the end (or
 * calls to action anywhere). A short unpunctuated line between paragraphs is a subheading.
 */

// Site chrome is short; prose is a sentence of some length.
const MAX_HEADLINE_WORDS = 15;
const MAX_CHROME_WORDS = 8;
// Known calls to action that sites put around articles; combined with the length rule so a long
// sentence that happens to start with "Follow" stays prose.
const CALL_TO_ACTION =
  /^(?:join|subscribe|sign (?:up|in)|log ?in|register|find|follow|share|click|tap|read more|see more|download|contact us|advertise|donate|support us|back to top|print|e-?mail|tweet|like us|related)\b|©|\ball rights reserved\b|\bcopyright\b/i;
const SENTENCE_END = /[.!?…]["”’)\]]?$/;
// "© 2024 Desk. All rights reserved. | Privacy | Terms": the page's last line, longer than a call
// to action and with a full stop inside, but a notice of the site, not a sentence of the article.
const COPYRIGHT = /©|\ball rights reserved\b/i;
// A line cut into short items by bars or bullets: a menu, a share bar, a byline with its date.
const BAR_SEPARATOR = /\s+[|•·]\s+/;
const MAX_BAR_ITEM_WORDS = 6;
// "Related articles: A | B | C", "Tags: A | B": a label of a word or two names the bar, and is no
// word of its first item (which would then look too long to be a link's title).
const BAR_LABEL = /^\p{L}+(?:\s\p{L}+)?:\s+/u;
// "By Jane Doe, Balkans correspondent": who wrote the page, not its headline.
const BYLINE = /^[Bb]y\s+\p{Lu}/u;
// A subheading is shorter than a headline: a few words naming a section.
const MAX_SUBHEADING_WORDS = 10;
// "- Saint Kitts and Nevis, which …": an item of a list, read on its own line like the wiki dump's.
const LIST_ITEM = /^[-*•]\s+(.+)$/;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A short line that is a site's call to action. An exclamation mark alone does not make one: a
 * short exclamation in the article ("Kosovo is free!") is article text.
 */
export function isCallToAction(line: string): boolean {
  const text = line.trim();
  if (text === '' || wordCount(text) > MAX_CHROME_WORDS) return false;
  return CALL_TO_ACTION.test(text);
}

/**
 * A line of short items between bars ("Home | World | Sport", "By X | 12 March 2024") or a
 * byline: page furniture, however many words it has.
 */
export function isBarOrByline(line: string): boolean {
  const text = line.trim();
  if (BYLINE.test(text) && wordCount(text) <= MAX_HEADLINE_WORDS && !SENTENCE_END.test(text))
    return true;
  const items = text.replace(BAR_LABEL, '').split(BAR_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every((item) => wordCount(item) <= MAX_BAR_ITEM_WORDS && !SENTENCE_END.test(item))
  );
}

/**
 * A sentence, or a line longer than any headline. An unpunctuated line of headline length is not
 * prose: a headline may run to a dozen words ("Kosovo and X: neighbours that …"), and taking it
 * for the first paragraph left no headline before it.
 */
/** A copyright notice of headline length at most, however many bars and full stops it has. */
function isCopyrightNotice(text: string): boolean {
  return COPYRIGHT.test(text) && wordCount(text) <= MAX_HEADLINE_WORDS;
}

function isProse(text: string): boolean {
  const words = wordCount(text);
  if (isCallToAction(text) || isBarOrByline(text)) return false;
  return words > MAX_HEADLINE_WORDS || (words >= 5 && SENTENCE_END.test(text));
}

function isHeadline(text: string): boolean {
  return (
    wordCount(text) <= MAX_HEADLINE_WORDS &&
    !/[.!?:;,]$/.test(text) &&
    !isCallToAction(text) &&
    !isBarOrByline(text) &&
    /[\p{L}]/u.test(text)
  );
}

/**
 * Several short lines, none a sentence ("Related articles" and the titles under it): a list of
 * links. Told apart from a paragraph by its lines, which the joined text no longer shows.
 */
function isLinkList(chunk: Chunk): boolean {
  return (
    chunk.lines.length >= 2 &&
    chunk.lines.every(
      (l) => wordCount(l) <= MAX_SUBHEADING_WORDS && !SENTENCE_END.test(l) && !LIST_ITEM.test(l),
    )
  );
}

interface Chunk {
  /** 1-based line of the first line. */
  line: number;
  /** Number of file lines the chunk spans. */
  span: number;
  text: string;
  /** The chunk's lines, trimmed. */
  lines: string[];
}

/** Runs of non-blank lines: one paragraph each, starting on the first line's number. */
function chunksOf(lines: string[], from: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: { line: number; parts: string[] } | null = null;
  const close = () => {
    if (current)
      chunks.push({
        line: current.line,
        span: current.parts.length,
        text: current.parts.join(' '),
        lines: current.parts,
      });
    current = null;
  };
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') close();
    else if (current) current.parts.push(text);
    else current = { line: i + 1, parts: [text] };
  }
  close();
  return chunks;
}

/** Reads a news page: headline as the title (a level-1 heading), then one paragraph per block of lines. */
export function readNewsPage(
  raw: string,
  meta: { sourceId: string; file: string },
): SourceDocument {
  const lines = normaliseText(raw).split('\n');
  const firstProse = lines.findIndex((l) => isProse(l.trim()));
  const searchEnd = firstProse === -1 ? lines.length : firstProse;
  let titleIndex = -1;
  for (let i = searchEnd - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text !== '' && isHeadline(text)) {
      titleIndex = i;
      break;
    }
  }
  if (titleIndex === -1) {
    throw new SourceError(
      meta.file,
      (firstProse === -1 ? 0 : firstProse) + 1,
      'a headline line (short, no final punctuation) before the first paragraph',
      lines[firstProse]?.trim() ?? '',
    );
  }
  const title = lines[titleIndex]!.trim();
  const ledger = new LineLedger(lines);
  for (let i = 0; i < titleIndex; i++)
    if (lines[i]!.trim() !== '')
      ledger.setAside(i, 'boilerplate', 'site chrome above the headline');
  ledger.content(titleIndex);
  const each = (c: Chunk, mark: (index: number) => void) => {
    for (let k = 0; k < c.span; k++) mark(c.line - 1 + k);
  };
  const slug = uniqueSlugger();
  const blocks: Block[] = [headingBlock(title, 1, titleIndex + 1, [title], slug)];

  const chunks = chunksOf(lines, titleIndex + 1).filter((c) => {
    if (c.lines.every(isBarOrByline)) {
      each(c, (i) => ledger.setAside(i, 'boilerplate', `a byline or a bar of links ("${c.text}")`));
      return false;
    }
    if (!isCallToAction(c.text)) return true;
    each(c, (i) => ledger.setAside(i, 'boilerplate', `a call to action of the site ("${c.text}")`));
    return false;
  });
  // Trailing chrome: short lines or a list of links after the last paragraph, not sentences.
  while (
    chunks.length > 0 &&
    ((!isProse(chunks.at(-1)!.text) && wordCount(chunks.at(-1)!.text) <= MAX_CHROME_WORDS) ||
      isLinkList(chunks.at(-1)!) ||
      isCopyrightNotice(chunks.at(-1)!.text))
  ) {
    const chrome = chunks.pop()!;
    each(chrome, (i) =>
      ledger.setAside(i, 'boilerplate', 'site chrome after the article: a short line, no sentence'),
    );
  }
  let section = [title];
  chunks.forEach((chunk, index) => {
    each(chunk, (i) => ledger.content(i));
    const next = chunks[index + 1];
    if (
      chunk.span === 1 &&
      isHeadline(chunk.text) &&
      wordCount(chunk.text) <= MAX_SUBHEADING_WORDS &&
      !isProse(chunk.text) &&
      next !== undefined &&
      isProse(next.text)
    ) {
      section = [title, chunk.text];
      blocks.push(headingBlock(chunk.text, 2, chunk.line, section, slug));
      return;
    }
    // "… has also included:" with its items on the lines right under it, no blank line between:
    // the paragraph ends at its colon and each item is read on its own line, as a list set apart is.
    const itemsFrom = chunk.lines.findIndex((_, k) =>
      chunk.lines.slice(k).every((l) => LIST_ITEM.test(l)),
    );
    const intro = itemsFrom > 0 && /:\s*$/.test(chunk.lines[itemsFrom - 1]!) ? itemsFrom : 0;
    if (itemsFrom === 0 || intro > 0) {
      if (intro > 0)
        blocks.push({
          kind: 'paragraph',
          text: chunk.lines.slice(0, intro).join(' ').replace(/\s+/g, ' '),
          line: chunk.line,
          section,
        });
      chunk.lines.slice(intro).forEach((l, k) =>
        blocks.push({
          kind: 'list-item',
          text: LIST_ITEM.exec(l)![1]!,
          line: chunk.line + intro + k,
          section,
        }),
      );
      return;
    }
    blocks.push({
      kind: 'paragraph',
      text: chunk.text.replace(/\s+/g, ' '),
      line: chunk.line,
      section,
    });
  });

  return {
    sourceId: meta.sourceId,
    file: meta.file,
    title,
    lineCount: lines.length,
    blocks,
    lines: ledger.summary(),
  };
}
