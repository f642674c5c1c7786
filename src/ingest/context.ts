import type { SourceDocument, SourceRef } from '../schemas';

/** Builds the provenance of a fact from the block or row it was read from. */
export function refTo(doc: SourceDocument, section: string[], line: number, excerpt: string): SourceRef {
  return { source: doc.sourceId, section: section.length ? section : [doc.title], line, anchor: `L${line}`, excerpt: excerpt.trim() };
}
