/**
 * Headings a copy of an article has run into the prose: a mirror that drops line breaks turns
 *
 *   "… still reverberates. Background and Russia's Position on Kosovo's Independence Kosovo declared …"
 *
 * into one line. Left there, the heading becomes the opening words of a statement. A glued heading
 * is a run of Title-Case words right after a sentence end that is followed by a new clause, seen in
 * one of two ways:
 *  - an article or preposition capitalised inside the run starts the clause ("… Triangle The
 *    relationship", "… on Russia For Kosovo, …");
 *  - a word the article uses often as a name (a subject it keeps returning to) is followed by a
 *    lower-case word ("… Independence Kosovo declared", "… Dimensions Russia's opposition"), and the
 *    run before it holds a Title-Case common noun (a word the article also writes in lower case).
 * A run ending in a connector ("The Republic of | Kosovo has …") is a name, never a heading; a
 * person's name ("Foreign Minister Sergey Lavrov said") is too rare in the article to count as a
 * subject it keeps returning to. Hand-written: no library parses headings out of running text.
 */

const CONNECTOR = /^(?:and|of|on|the|in|for|to|with|at|by|from|a|an|&|–|-)$/i;
const CLAUSE_OPENER =
  /^(?:The|A|An|For|In|On|At|After|Despite|While|Although|Following|Since|By|With|During|Under|Through|However)$/;
const SENTENCE_END = /[.!?]["”’)]?\s+$/;
const MIN_SUBJECT_USES = 5;

export interface GluedPiece {
  kind: 'text' | 'heading';
  text: string;
  /** Offset of the piece in the original text. */
  offset: number;
}

const bareWord = (w: string) => w.replace(/^[("'“‘]+|[)"'”’,.;:!?]+$/g, '').replace(/['’]s$/, '');
const isTitleWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

/** Counts how often each word is used in a text, by case, for the tests above. */
export function wordUses(text: string): {
  asWritten: (w: string) => number;
  lowerCase: (w: string) => boolean;
} {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return {
    asWritten: (w) => counts.get(w) ?? 0,
    // A number has no lower case: "2023" is no common noun because it is also written as "2023".
    lowerCase: (w) => w !== w.toLowerCase() && (counts.get(w.toLowerCase()) ?? 0) > 0,
  };
}

/** Where the heading ends inside a Title-Case run at `words`, or -1 when the run is no heading. */
function headingEnd(words: string[], uses: ReturnType<typeof wordUses>): number {
  let run = 0;
  while (
    run < words.length &&
    (isTitleWord(words[run]!) || (run > 0 && CONNECTOR.test(words[run]!)))
  )
    run++;
  for (let i = 2; i < run; i++) {
    const head = words.slice(0, i);
    if (
      CONNECTOR.test(head.at(-1)!) ||
      head.filter(isTitleWord).length < 2 ||
      /[,;:.]$/.test(head.at(-1)!)
    )
      continue;
    const word = words[i]!;
    const next = words[i + 1] ?? '';
    if (CLAUSE_OPENER.test(word)) return i;
    const subject = bareWord(word);
    // "… the Ministry of Foreign | Affairs of Ruritania welcomed …": a word "of" follows is inside a
    // name that goes on ("Affairs of …"), not a subject opening a clause.
    const clauseFollows = (/^\p{Ll}/u.test(next) && next !== 'of') || /['’]s$/.test(word);
    // "The", "In" are written in lower case too, but are no noun: "The Parliamentary | Assembly
    // endorsed" and "In April 2023 the European | Union approved" are sentences, not headings.
    const commonNoun = head.some(
      (w) => isTitleWord(w) && !CONNECTOR.test(bareWord(w)) && uses.lowerCase(bareWord(w)),
    );
    if (clauseFollows && commonNoun && uses.asWritten(subject) >= MIN_SUBJECT_USES) return i;
  }
  return -1;
}

/**
 * Splits a paragraph's text at headings glued into it. `context` is the whole article's text,
 * whose word uses tell names from common nouns.
 */
export function splitGluedHeadings(text: string, context: string): GluedPiece[] {
  const uses = wordUses(context);
  const pieces: GluedPiece[] = [];
  let from = 0;
  // Candidate starts: after a sentence end, at a capital.
  for (const m of text.matchAll(/(?<=[.!?]["”’)]?\s+)(?=\p{Lu})/gu)) {
    const start = m.index;
    if (start < from || !SENTENCE_END.test(text.slice(Math.max(0, start - 4), start))) continue;
    const rest = text.slice(start);
    const words = rest.split(/\s+/).slice(0, 14);
    const end = headingEnd(words, uses);
    if (end < 0) continue;
    const heading = words.slice(0, end).join(' ');
    const headingStop = start + rest.indexOf(heading) + heading.length;
    const resume = headingStop + (/^\s+/.exec(text.slice(headingStop))?.[0].length ?? 0);
    const before = text.slice(from, start).trim();
    if (before) pieces.push({ kind: 'text', text: before, offset: from });
    pieces.push({ kind: 'heading', text: heading, offset: start });
    from = resume;
  }
  const tail = text.slice(from).trim();
  if (tail) pieces.push({ kind: 'text', text: tail, offset: from });
  return pieces;
}
