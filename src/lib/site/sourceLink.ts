/**
 * A source link that shows the sentence it cites. A line anchor (`#L24`) lands on a whole file
 * line; in a scraped article one line can hold a whole section (5,000 characters), and the reader
 * lands on its first sentence, screens away from the one cited. For such a line the link adds a
 * text fragment (`#L24:~:text=In%20March%202014…`): browsers that support it scroll to and mark
 * the cited sentence, the others land on the line as before. The `#L…` anchor stays unchanged.
 * Only a sentence beyond the first screen of its line gets one: each costs its page bytes.
 */
import type { SourceDocument, SourceRef } from '../../schemas';
import { sourceRefHref } from './url';

/**
 * How far into a line (in characters) a cited sentence may start and still be in view when the
 * line's anchor lands at the top of a 1280 × 800 screen; a sentence further in gets a fragment.
 */
export const IN_VIEW_CHARS = 600;

const textsByDocument = new WeakMap<SourceDocument, Map<number, string>>();

/** The text each file line holds, from the reader's blocks (a table's lines are left out). */
export function lineTexts(doc: SourceDocument): Map<number, string> {
  let texts = textsByDocument.get(doc);
  if (texts) return texts;
  texts = new Map();
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    const stretches = block.lineMap ?? [{ offset: 0, line: block.line }];
    stretches.forEach((stretch, i) => {
      const end = stretches[i + 1]?.offset ?? block.text.length;
      texts!.set(
        stretch.line,
        (texts!.get(stretch.line) ?? '') + block.text.slice(stretch.offset, end),
      );
    });
  }
  textsByDocument.set(doc, texts);
  return texts;
}

/**
 * The text a file line holds, a table row's cells included (lineTexts leaves them out: a row gets
 * no text fragment), for telling which of two statements its line tells first; undefined when the
 * line holds no text.
 */
export function lineOrRowText(doc: SourceDocument, line: number): string | undefined {
  const text = lineTexts(doc).get(line);
  if (text !== undefined) return text;
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    const row = block.rows.find((r) => r.line === line);
    if (row) return row.cells.join(' ');
  }
  return undefined;
}

/** Where the sentence starts in its line's text (its first words), or -1 when not found. */
export function sentenceOffset(lineText: string, sentence: string): number {
  const opening = sentence.trim().split(/\s+/).slice(0, 6).join(' ');
  return opening ? lineText.replace(/\s+/g, ' ').indexOf(opening) : -1;
}

// The characters a text directive reserves (`-`, `,`, `&`) are escaped besides the usual ones.
const encodeTerm = (words: readonly string[]) =>
  encodeURIComponent(words.join(' ')).replace(/-/g, '%2D');

/**
 * The text directive for a sentence: the whole sentence when short, else its first six and last
 * three words (a range, so a long sentence still makes a short link).
 */
export function textDirective(sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 9) return `text=${encodeTerm(words)}`;
  return `text=${encodeTerm(words.slice(0, 6))},${encodeTerm(words.slice(-3))}`;
}

/**
 * The link to a source line; when the cited sentence starts beyond the first screen of a long
 * line, with the fragment that finds it (a sentence the text does not contain gets none).
 */
export function sourceSentenceHref(
  base: string,
  ref: Pick<SourceRef, 'source' | 'anchor' | 'line' | 'excerpt'>,
  doc: SourceDocument | undefined,
): string {
  const href = sourceRefHref(base, ref);
  const text = doc ? lineTexts(doc).get(ref.line) : undefined;
  if (text === undefined || text.length <= IN_VIEW_CHARS) return href;
  return sentenceOffset(text, ref.excerpt) > IN_VIEW_CHARS
    ? `${href}:~:${textDirective(ref.excerpt)}`
    : href;
}
