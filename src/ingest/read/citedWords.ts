import { SourceError, type SourceDocument } from './document';
import { lineAt } from './lineMap';
import type { SourceRef } from '../../schemas';
import { squashSpace } from '../../shared/text';

/*
 * A citation is only as good as the line it names: a reader who follows `L50` must find the
 * statement's first words there. Every later stage (clause cuts, merges, corrections) copies refs
 * around, so the check runs on what is published, against the reader's blocks and their line maps:
 * the excerpt must stand in a block, starting in the stretch of text the reader took from the
 * cited line (a scrape's link words count as their own line's).
 */

// A row is cited with its cells joined by any separator ("6 | TOG | 11 July 2014"): compare words.
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;

/** Offsets where `needle` occurs in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** Whether the excerpt of `ref` starts on `ref.line` of its article, as the reader read it. */
export function citesItsLine(doc: SourceDocument, ref: SourceRef): boolean {
  const excerpt = squashSpace(ref.excerpt);
  if (excerpt === '') return true;
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      for (const row of [block.header, ...block.rows])
        if (row.line === ref.line && words(row.cells.join(' ')).includes(words(excerpt)))
          return true;
      continue;
    }
    if (block.kind === 'heading') continue;
    for (const at of occurrences(block.text, ref.excerpt.trim())) {
      const line = block.lineMap ? lineAt(block.lineMap, at) : block.line;
      if (line === ref.line) return true;
    }
  }
  return false;
}

/**
 * Throws SourceError at the cited `file:line` for the first published fact whose words do not
 * start on the line it cites. `what` names the fact in the message.
 */
export function checkCitedWords(
  documents: SourceDocument[],
  facts: Array<{ what: string; sources: SourceRef[] }>,
): void {
  const bySource = new Map(documents.map((d) => [d.sourceId, d]));
  for (const fact of facts)
    for (const ref of fact.sources) {
      const doc = bySource.get(ref.source);
      if (!doc || citesItsLine(doc, ref)) continue;
      throw new SourceError(
        doc.file,
        ref.line,
        `the first words of ${fact.what} on the line it cites (a line map or a cut moved the citation off the sentence)`,
        ref.excerpt,
      );
    }
}
