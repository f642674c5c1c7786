/**
 * Statements that open mid-thought: their first words lean on the sentence before them in the
 * source ("Secondly, …", "On the other hand, …", "This proved to be correct when …", "Their
 * replacements have been told …", "It is a technical mission which …"). Read alone, such a
 * statement says less than it seems to, or nothing. A statement's card shows it after the
 * sentence it leans on, dimmed, read from the source at build time; a list of openings marks it
 * with "…", as it marks a clause cut from its sentence.
 */
import type { SourceDocument } from '../../schemas';
import { splitSentences } from '../../ingest/extract/quotes';

// Coordinators and connectives that tie a sentence to the one before it. The second set is
// also an ordinary word ("First Deputy Prime Minister", "Still, …" vs "Still waters"), so it
// counts only with its comma.
const LINKED_ALWAYS =
  /^(?:but|and|yet|nor|however|moreover|furthermore|nevertheless|nonetheless|likewise|similarly|consequently|accordingly|meanwhile|additionally|thus|hence|therefore|instead|otherwise|(?:second|third|fourth|fifth|final|last)ly)(?![\p{L}'’-])/iu;
const LINKED_WITH_COMMA =
  /^(?:first|also|still|then|so|besides|in addition|in turn|in contrast|in particular|in response|in return|on the (?:other|one) hand|as a result|by contrast|even so|at the same time),/i;
// A pronoun or a demonstrative standing for something the sentence before named.
const ANAPHORIC =
  /^(?:this|that|these|those|such|he|she|they|his|her|their|its|him|them)(?![\p{L}'’-])/iu;
// "It" stands for something named before unless it is the empty subject of "it is necessary
// to …", "it has been reported that …", "it remains unclear whether …".
const IT = /^it(?![\p{L}'’-])/iu;
const EMPTY_IT =
  /^it\s+(?:is|was|has been|had been|would be|will be|seems|seemed|appears|appeared|remains|remained)\s+(?:not\s+)?(?!(?:a|an|the|one)\b)[\p{L}-]+\s+(?:that|to|whether|for|if)\b/iu;

/** Whether a statement's first words lean on the sentence before it in its source. */
export function opensMidThought(text: string): boolean {
  const opening = text.trim().replace(/^["“‘']/, '');
  if (LINKED_ALWAYS.test(opening) || LINKED_WITH_COMMA.test(opening)) return true;
  if (ANAPHORIC.test(opening)) return true;
  return IT.test(opening) && !EMPTY_IT.test(opening);
}

/** A run of text the source writes as one: a paragraph, a list item or a table cell. */
interface Run {
  text: string;
  lines: number[];
  /** The run before it in the same section, with nothing between (a heading or a table ends it). */
  previous: Run | null;
}

const runsByDocument = new WeakMap<SourceDocument, Run[]>();

function runsOf(doc: SourceDocument): Run[] {
  const cached = runsByDocument.get(doc);
  if (cached) return cached;
  const runs: Run[] = [];
  let previous: Run | null = null;
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'list-item') {
      const lines = (block.lineMap ?? [{ offset: 0, line: block.line }]).map((s) => s.line);
      const run: Run = { text: block.text, lines, previous };
      runs.push(run);
      previous = run;
    } else if (block.kind === 'table') {
      // Each cell stands alone: the cell before is another column (a state's code, its name).
      for (const row of block.rows)
        for (const cell of row.cells) runs.push({ text: cell, lines: [row.line], previous: null });
      previous = null;
    } else previous = null;
  }
  runsByDocument.set(doc, runs);
  return runs;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentence before a statement's first sentence in its source (`line` is the line its source
 * reference cites): the sentence before it in its paragraph or table cell, or the last one of the
 * paragraph just before it in the same section. Null where the statement opens its section or its
 * cell, or its words are not found on that line: the page then shows "…" instead of guessing.
 */
export function sentenceBefore(doc: SourceDocument, line: number, text: string): string | null {
  const opening = words(text).split(' ').slice(0, 6).join(' ');
  for (const run of runsOf(doc)) {
    if (!run.lines.includes(line) || !words(run.text).includes(opening)) continue;
    const sentences = splitSentences(run.text).map(words);
    const at = sentences.findIndex((s) => s.startsWith(opening));
    if (at < 0) return null;
    if (at > 0) return sentences[at - 1]!;
    return run.previous ? (splitSentences(run.previous.text).map(words).at(-1) ?? null) : null;
  }
  return null;
}

/** The mark a list of openings puts before a statement that opens mid-thought or mid-sentence. */
export const continuationMark = (text: string): string =>
  /^\p{Ll}/u.test(text) || opensMidThought(text) ? '… ' : '';
