/**
 * The sentence a statement leans on in its source, published with it (`Position.context`). A
 * statement cut from inside its sentence ("after which the Estonian paper … released the audio",
 * "Russia, which has blocked Kosovo …") or opening mid-thought ("Secondly, …", "This proved …",
 * "Their replacements …") says less read alone than it seems to, or nothing. The extractors know
 * the sentences they cut it from, so the ingest records what the reader needs, and every reader of
 * the export (the pages among them) shows it without splitting the source again.
 */
import type { SourceDocument, StatementContext } from '../schemas';
import { splitSentences } from './extract/quotes';
import { lineAt } from './read/lineMap';
import type { SentenceInBlock } from './context';
import { squashSpace } from '../shared/text';

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
// "It" stands for something named before unless it is the empty subject of "it is necessary to
// …", "it has been reported that …", "it remains unclear whether …".
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

/** A sentence of the source, with the file line its first words stand on. */
export interface CitedSentence {
  text: string;
  line: number;
}

/** Where `part`'s first words start in `sentence` (spaces squashed), -1 when they are not in it. */
function offsetIn(sentence: string, part: string): number {
  const opening = squashSpace(part).split(' ').slice(0, 6).join(' ');
  return opening ? squashSpace(sentence).indexOf(opening) : -1;
}

/**
 * Whether `text` (a statement's whole words) starts `sentence` and stops before its end, leaving
 * words of it out ("In August 2012, Ruritania expelled the diplomats" of "…, after a firm dropped
 * leaflets over the capital."): read alone it is a sentence with its reason cut off.
 */
function cutAtEnd(sentence: string, text: string): boolean {
  const whole = squashSpace(sentence);
  const own = squashSpace(text).replace(/[\s.,;:]+$/, '');
  return own.length > 0 && whole.startsWith(own) && /[\p{L}\p{N}]/u.test(whole.slice(own.length));
}

/**
 * What a reader needs beside a statement (`first`: its first sentence, or the clause of it the
 * extractor cut from `sentence`; `text`: all its words): the whole sentence it was cut from when
 * it starts inside it, or when it is that sentence's start cut before its end; the sentence
 * `before` it when it opens mid-thought; null when it stands alone, and when it opens mid-thought
 * where the source has no sentence before it (it opens its section or table cell): the pages mark
 * that with "…" rather than guess.
 */
export function statementContext(
  source: string,
  first: string,
  sentence: CitedSentence,
  before: CitedSentence | null,
  text: string = first,
): StatementContext | null {
  const at = offsetIn(sentence.text, first);
  const enclosing = {
    kind: 'enclosing' as const,
    text: squashSpace(sentence.text),
    source,
    line: sentence.line,
  };
  // Words before it, not a lone comma (", which …" opening a scrape's line after a link line).
  if (at > 0 && /[\p{L}\p{N}]/u.test(squashSpace(sentence.text).slice(0, at))) return enclosing;
  if (before && opensMidThought(first))
    return { kind: 'preceding', text: squashSpace(before.text), source, line: before.line };
  if (cutAtEnd(sentence.text, text)) return enclosing;
  return null;
}

/** A sentence of a statement's run: its words as the statement has them, in the sentence they are from. */
export interface RunPart {
  /** The statement's words from this sentence (the whole sentence, or a clause cut from it). */
  sentence: string;
  /** The sentence of the source they are from. */
  whole: string;
  block: { text: string; line: number; lineMap?: Parameters<typeof lineAt>[0] };
}

/**
 * The context of a statement told over several sentences (`parts`, in order): what its first
 * sentence needs (see statementContext), else, when its last sentence is a clause cut from its
 * sentence ("… for one year" of "…, while Kosovo agreed …"), that whole sentence: a reader of the
 * statement otherwise takes the cut words for the end of what the source says.
 */
export function runContext(
  source: string,
  parts: readonly RunPart[],
  before: CitedSentence | null,
  text: string,
): StatementContext | null {
  const cite = (p: RunPart): CitedSentence => ({
    text: p.whole,
    line: p.block.lineMap
      ? lineAt(p.block.lineMap, Math.max(0, p.block.text.indexOf(p.whole)))
      : p.block.line,
  });
  const first = parts[0]!;
  const own = statementContext(source, first.sentence, cite(first), before, text);
  const last = parts.at(-1)!;
  if (own || parts.length < 2) return own;
  return statementContext(source, last.sentence, cite(last), null, last.sentence);
}

/**
 * The sentence before each prose sentence: the one before it in its paragraph or list item, or,
 * for its first, the last of the paragraph or list item just before it. A heading, a table or any
 * other block between ends the run: what stands across it is another subject.
 */
export function proseSentenceBefore(
  doc: SourceDocument,
): (s: Pick<SentenceInBlock, 'block' | 'index'>) => CitedSentence | null {
  const cited = new Map<SentenceInBlock['block'], CitedSentence[]>();
  const sentencesOf = (block: SentenceInBlock['block']): CitedSentence[] => {
    const known = cited.get(block);
    if (known) return known;
    let from = 0;
    const out = splitSentences(block.text).map((text) => {
      const at = block.text.indexOf(text, from);
      if (at >= 0) from = at + text.length;
      return { text, line: block.lineMap ? lineAt(block.lineMap, Math.max(at, 0)) : block.line };
    });
    cited.set(block, out);
    return out;
  };
  return ({ block, index }) => {
    if (index > 0) return sentencesOf(block)[index - 1] ?? null;
    const previous = doc.blocks[doc.blocks.indexOf(block) - 1];
    return previous && (previous.kind === 'paragraph' || previous.kind === 'list-item')
      ? (sentencesOf(previous).at(-1) ?? null)
      : null;
  };
}

/**
 * The context of a statement in a table cell, whose sentences (`cell`, as the table extractor
 * splits them) all stand on the row's `line`: the cell's sentence holding its first words, and the
 * one before that. A cell's first sentence has none before it: the cell before is another column.
 */
export function cellContext(
  source: string,
  first: string,
  cell: readonly string[],
  line: number,
): StatementContext | null {
  const at = cell.findIndex((s) => offsetIn(s, first) >= 0);
  if (at < 0) return null;
  return statementContext(
    source,
    first,
    { text: cell[at]!, line },
    at > 0 ? { text: cell[at - 1]!, line } : null,
  );
}
