/**
 * Cutting a text at a whole word for a card, a lead or a pointer. A cut that ends on a word that
 * opens what follows ("… the", "… membership of") tells the reader nothing, so such words are
 * dropped from its end. Written here rather than with Intl.Segmenter: word boundaries are plain
 * spaces in these texts, and what matters is which words may not end a cut, which no library knows.
 */

// Words that open what comes after them: articles, prepositions, conjunctions, possessives.
const OPENERS = (
  'the a an of to and or but in on at for with by from into that which its their his her our ' +
  'this these those'
).split(' ');
// Inside a clause (the rest of a cut sentence) also the words that leave it unfinished: a
// negation or an auxiliary waits for its verb ("was not …"), a subordinator for its clause.
const UNFINISHED = [
  ...OPENERS,
  ...(
    'nor onto as than who whose whom while whilst although though because if when where after ' +
    'before since until not no never is are was were be been being has have had do does did will ' +
    'would can could may might must should shall'
  ).split(' '),
];
const trailing = (words: readonly string[]) =>
  new RegExp(String.raw`\s+(?:${words.join('|')})$`, 'iu');
const ENDS_ON_OPENER = trailing(OPENERS);
const ENDS_UNFINISHED = trailing(UNFINISHED);

/**
 * The whole words of `text` within `max` characters, without the words at their end that would
 * leave it hanging (`inClause`: also a negation, an auxiliary or a subordinator). No mark added.
 */
export function cutAtWord(text: string, max: number, inClause = false): string {
  const hanging = inClause ? ENDS_UNFINISHED : ENDS_ON_OPENER;
  let words = text.slice(0, max).replace(/\s+\S*$/, '');
  while (hanging.test(words)) words = words.replace(hanging, '');
  return words;
}

// A date in what a cut would drop: "starting from 1 January 2024" is when the decision holds.
const DATE_WORDS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|1[89]\d\d|20\d\d)\b/;
/** Fewer words than this left after a cut are kept: "… domestic independence …" dropped "movements". */
export const MIN_DROPPED_WORDS = 8;

/**
 * Whether `rest`, the words a cut would leave out, may be left out: not a short tail (pages review
 * 8, finding 8: "movements" alone, which changed the phrase's meaning) and not one that gives a date.
 */
export function mayDrop(rest: string): boolean {
  const words = rest
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length >= MIN_DROPPED_WORDS && !DATE_WORDS.test(rest);
}
