import type { Paragraph, SourceDocument, SourceRef } from '../schemas';
import { splitSentences } from './extract/quotes';

/** Builds the provenance of a fact from the block or row it was read from. */
export function refTo(doc: SourceDocument, section: string[], line: number, excerpt: string): SourceRef {
  return { source: doc.sourceId, section: section.length ? section : [doc.title], line, anchor: `L${line}`, excerpt: excerpt.trim() };
}

// End matter lists other articles; it states nothing about Kosovo.
const END_MATTER = /^(see also|references|external links|further reading)$/i;

/** Every sentence of the article's prose (end matter left out), with its paragraph and provenance. */
export function* proseSentences(doc: SourceDocument): Generator<{ sentence: string; block: Paragraph; ref: SourceRef }> {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || block.section.some((s) => END_MATTER.test(s))) continue;
    for (const sentence of splitSentences(block.text)) yield { sentence, block, ref: refTo(doc, block.section, block.line, sentence) };
  }
}
