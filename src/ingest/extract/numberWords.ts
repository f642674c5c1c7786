// Numbers written as words occur in the prose ("eleven (including all seven G7 countries)", "a
// year later"); no maintained package covers just cardinals up to twenty, so a table is clearer
// than a dependency.
const WORDS: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

/** The cardinal a word names ("eleven" → 11, "a" → 1), or null. */
export function numberWord(word: string): number | null {
  return WORDS[word.toLowerCase()] ?? null;
}
