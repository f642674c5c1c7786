import { uniqueSlugger } from '../../shared/slug';
import { normaliseText, SourceError, type Block, type SourceDocument } from './document';
import { LineLedger } from './lineLedger';

/*
 * A news-site page copied as text: site chrome at the top ("Find a Security Clearance Job!"),
 * the headline, paragraphs separated by blank lines, more chrome at the bottom ("Join the mailing
 * list"). There are no headings. The headline is found by structure: the last short, unpunctuated
 * line before the first paragraph of prose. Chrome is what is left around it: everything above
 * the headline, and short lines that are not prose at the end (or calls to action anywhere).
 */

// Site chrome is short; prose is a sentence of some length.
const MAX_HEADLINE_WORDS = 15;
const MAX_CHROME_WORDS = 8;
const MIN_PROSE_WORDS = 12;
// Known calls to action that sites put around articles; combined with the length rule so a long
// sentence that happens to start with "Follow" stays prose.
const CALL_TO_ACTION =
  /^(?:join|subscribe|sign (?:up|in)|log ?in|register|find|follow|share|click|tap|read more|see more|download|contact us|advertise|donate|support us|back to top|print|e-?mail|tweet|like us|related)\b|©|\ball rights reserved\b|\bcopyright\b/i;
const SENTENCE_END = /[.!?…]["”’)\]]?$/;

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

function isProse(text: string): boolean {
  const words = wordCount(text);
  if (isCallToAction(text)) return false;
  return words >= MIN_PROSE_WORDS || (words >= 5 && SENTENCE_END.test(text));
}

function isHeadline(text: string): boolean {
  return (
    wordCount(text) <= MAX_HEADLINE_WORDS &&
    !/[.!?:;,]$/.test(text) &&
    !isCallToAction(text) &&
    /[\p{L}]/u.test(text)
  );
}

interface Chunk {
  /** 1-based line of the first line. */
  line: number;
  /** Number of file lines the chunk spans. */
  span: number;
  text: string;
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
  const section = [title];
  const ledger = new LineLedger(lines);
  for (let i = 0; i < titleIndex; i++)
    if (lines[i]!.trim() !== '')
      ledger.setAside(i, 'boilerplate', 'site chrome above the headline');
  ledger.content(titleIndex);
  const each = (c: Chunk, mark: (index: number) => void) => {
    for (let k = 0; k < c.span; k++) mark(c.line - 1 + k);
  };
  const slug = uniqueSlugger();
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title, line: titleIndex + 1, id: slug(title), section },
  ];

  const chunks = chunksOf(lines, titleIndex + 1).filter((c) => {
    if (!isCallToAction(c.text)) return true;
    each(c, (i) => ledger.setAside(i, 'boilerplate', `a call to action of the site ("${c.text}")`));
    return false;
  });
  // Trailing chrome: short lines after the last paragraph that are not sentences.
  while (
    chunks.length > 0 &&
    !isProse(chunks.at(-1)!.text) &&
    wordCount(chunks.at(-1)!.text) <= MAX_CHROME_WORDS
  ) {
    const chrome = chunks.pop()!;
    each(chrome, (i) =>
      ledger.setAside(i, 'boilerplate', 'site chrome after the article: a short line, no sentence'),
    );
  }
  for (const chunk of chunks) {
    each(chunk, (i) => ledger.content(i));
    blocks.push({
      kind: 'paragraph',
      text: chunk.text.replace(/\s+/g, ' '),
      line: chunk.line,
      section,
    });
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
