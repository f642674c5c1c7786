/**
 * Values a copy of an article lost when its templates were flattened: "As of Y , at least out of
 * () United Nations member states" was "As of <date>, at least <n> out of <n> (<share>) …". The
 * reader puts an explicit marker where a value is missing, so no page and no excerpt shows the
 * garbled text as if the source had written it. The signatures are those of any flattened
 * template, not of one article: an empty "()", a count word with no count before "out of", and an
 * "As of" with a lone placeholder letter and no date.
 */
export const LOST_VALUE = '[value lost in this copy of the article]';

const RULES: Array<[RegExp, string]> = [
  [/\(\s*\)/g, `(${LOST_VALUE})`],
  [
    /\b(at least|at most|about|around|approximately|some|over|nearly|only)\s+(?=out of\b)/gi,
    `$1 ${LOST_VALUE} `,
  ],
  [/\b(As of|as of)\s+(?:[A-Z]\s+)?,/g, `$1 ${LOST_VALUE},`],
];

/** The text with every lost value marked; unchanged when nothing is missing. */
export function markLostValues(text: string): string {
  return RULES.reduce((t, [re, by]) => t.replace(re, by), text);
}
