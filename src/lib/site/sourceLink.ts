/**
 * A source link that shows the sentence it cites. A line anchor (`#L24`) lands on a whole file
 * line; in a scraped article one line can hold a whole section (5,000 characters), and the reader
 * lands on its first sentence, screens away from the one cited. For such a line the link adds a
 * text fragment (`#L24:~:text=In%20March%202014…`): browsers that support it scroll to and mark
 * the cited sentence, the others land on the line as before. The `#L…` anchor stays unchanged.
 */
import type { SourceDocument, SourceRef } from '../../schemas';
import { sourceRefHref } from './url';

/** A line longer than this does not fit a screen at 1280 × 800; shorter lines land as they are. */
export const LONG_LINE_CHARS = 600;

const lengthsByDocument = new WeakMap<SourceDocument, Map<number, number>>();

/** Length of the text each file line holds, from the reader's blocks (a table counts as short). */
export function lineLengths(doc: SourceDocument): Map<number, number> {
  let lengths = lengthsByDocument.get(doc);
  if (lengths) return lengths;
  lengths = new Map();
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    const stretches = block.lineMap ?? [{ offset: 0, line: block.line }];
    stretches.forEach((stretch, i) => {
      const end = stretches[i + 1]?.offset ?? block.text.length;
      lengths!.set(stretch.line, (lengths!.get(stretch.line) ?? 0) + end - stretch.offset);
    });
  }
  lengthsByDocument.set(doc, lengths);
  return lengths;
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

/** The link to a source line; on a long line, with the fragment that finds the cited sentence. */
export function sourceSentenceHref(
  base: string,
  ref: Pick<SourceRef, 'source' | 'anchor' | 'line' | 'excerpt'>,
  doc: SourceDocument | undefined,
): string {
  const href = sourceRefHref(base, ref);
  const length = doc ? (lineLengths(doc).get(ref.line) ?? 0) : 0;
  if (length <= LONG_LINE_CHARS || !ref.excerpt.trim()) return href;
  return `${href}:~:${textDirective(ref.excerpt)}`;
}
