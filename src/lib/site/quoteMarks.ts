/**
 * One typography for the words a page quotes from its sources: a statement's card sets the
 * source's quotation marks as `<q>` (src/lib/text/statement.ts), which the browser prints curly;
 * a lead that printed the same words as plain text kept the source's straight marks (re-check 9,
 * N8: Lebanon's "the sovereignty and territorial integrity"). Anything that shows a source's
 * words splits them here and sets each quotation as `<q>` the same way.
 */
import { doubleQuotedSpans } from '../../shared/quotes';

/** A run of text, and whether it stood between quotation marks (its marks left out). */
export interface QuotedSegment {
  text: string;
  quoted: boolean;
}

/**
 * `text` as runs of plain and quoted words, in order. A quotation whose closing mark is missing
 * (a lead cut inside it) keeps its opening mark as plain text, as a card shows it.
 */
export function quotedSegments(text: string): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  let at = 0;
  for (const span of doubleQuotedSpans(text)) {
    if (!span.closed) break;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), quoted: false });
    segments.push({ text: text.slice(span.innerStart, span.innerEnd), quoted: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), quoted: false });
  return segments;
}
