/**
 * The file lines a gold sentence covers. The gold gives the line a sentence starts on; in a
 * glossed scrape a sentence runs on over the gloss lines spliced into it, and the pipeline cites a
 * clause cut from such a sentence at the line the clause starts on. Matching on the start line
 * alone scored those clauses as statements the gold does not have (and the gold's as missed).
 */

// The last words of a sentence, tried longest first: four end a sentence distinctly enough in
// these articles, but a gloss spliced in before its last words leaves only two or three after it.
const TAILS = [4, 3, 2];
// A sentence runs over at most a few gloss lines; a tail found further on is another sentence's.
const REACH = 6;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The lines from `line` to the line holding the sentence's last words, when they are found within
 * reach; `[line]` otherwise (a paragraph line, or an annotator's reworded sentence).
 */
export function sentenceSpan(
  articleLines: readonly string[],
  line: number,
  text: string,
): number[] {
  const stream: Array<{ word: string; line: number }> = [];
  for (let l = line; l <= Math.min(line + REACH, articleLines.length); l++)
    for (const word of words(articleLines[l - 1] ?? '')) stream.push({ word, line: l });
  const sentence = words(text);
  for (const size of TAILS) {
    if (sentence.length < size) continue;
    const tail = sentence.slice(-size);
    for (let i = 0; i + size <= stream.length; i++)
      if (tail.every((w, j) => stream[i + j]!.word === w)) {
        const end = stream[i + size - 1]!.line;
        return Array.from({ length: end - line + 1 }, (_, k) => line + k);
      }
  }
  return [line];
}
