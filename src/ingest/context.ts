import type { ListItem, Paragraph, SourceDocument, SourceRef } from '../schemas';
import { splitSentences } from './extract/quotes';
import { lineAt } from './read/lineMap';
import { lineAnchor } from '../shared/lineAnchor';

/** Builds the provenance of a fact from the block or row it was read from. */
export function refTo(
  doc: SourceDocument,
  section: string[],
  line: number,
  excerpt: string,
): SourceRef {
  return {
    source: doc.sourceId,
    section: section.length ? section : [doc.title],
    line,
    anchor: lineAnchor(line),
    excerpt: excerpt.trim(),
  };
}

// End matter lists other articles; it states nothing about Kosovo.
const END_MATTER = /^(see also|references|external links|further reading|notes)$/i;

export interface SentenceInBlock {
  sentence: string;
  block: Paragraph | ListItem;
  /** Position of the sentence in its block, from 0. */
  index: number;
  /** Cited at the file line that holds the sentence's first words. */
  ref: SourceRef;
  /** The block sits in end matter (See also, References): it lists, it states nothing. */
  endMatter: boolean;
}

/** Key of a sentence across the pipeline: the prose ledger and the extractors agree on it. */
export const sentenceKey = (source: string, line: number, sentence: string) =>
  `${source}:${line}:${sentence.trim()}`;

/** Every sentence of the article's prose (paragraphs and list items), with its block and provenance. */
export function* allProseSentences(doc: SourceDocument): Generator<SentenceInBlock> {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    const endMatter = block.section.some((s) => END_MATTER.test(s));
    let from = 0;
    let index = 0;
    for (const sentence of splitSentences(block.text)) {
      const at = block.text.indexOf(sentence, from);
      if (at >= 0) from = at + sentence.length;
      const line = block.lineMap ? lineAt(block.lineMap, Math.max(at, 0)) : block.line;
      yield {
        sentence,
        block,
        index: index++,
        ref: refTo(doc, block.section, line, sentence),
        endMatter,
      };
    }
  }
}

/**
 * The citation of a part cut from a sentence: the line its own first words stand on (a sentence a
 * scrape runs over link-gloss lines may start a clause on a later line than the sentence's).
 */
export function partRef(doc: SourceDocument, whole: SentenceInBlock, part: string): SourceRef {
  const { block } = whole;
  const wholeAt = block.text.indexOf(whole.sentence);
  const partAt = whole.sentence.indexOf(part);
  if (!block.lineMap || wholeAt < 0 || partAt <= 0) return { ...whole.ref, excerpt: part.trim() };
  return refTo(doc, block.section, lineAt(block.lineMap, wholeAt + partAt), part);
}

/** The article's prose paragraphs outside end matter, sentence by sentence: what the extractors read. */
export function* proseSentences(doc: SourceDocument): Generator<SentenceInBlock> {
  for (const s of allProseSentences(doc)) if (!s.endMatter && s.block.kind === 'paragraph') yield s;
}

/**
 * "List of countries which Belarus maintains diplomatic relations with:" introduces the table after
 * it; the table's rows are its entries.
 */
export function introducesTable(doc: SourceDocument, s: SentenceInBlock): boolean {
  if (!/:\s*$/.test(s.sentence)) return false;
  const at = doc.blocks.indexOf(s.block);
  const next = doc.blocks.slice(at + 1).find((b) => b.kind !== 'heading');
  return next?.kind === 'table' && s.block.text.trim().endsWith(s.sentence.trim());
}
