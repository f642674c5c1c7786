/**
 * English a person would write, from counts and lists: number agreement through Intl.PluralRules
 * ("1 statement", "2 statements") and lists through Intl.ListFormat ("Cyprus, Greece and Spain"),
 * so no template says "these 1" or joins a list with bare commas.
 */
const plurals = new Intl.PluralRules('en-GB');
const andList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const orList = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** "1 statement" / "3 statements"; `plural` defaults to `one` + "s". */
export function count(n: number, one: string, plural = `${one}s`): string {
  return `${n} ${plurals.select(n) === 'one' ? one : plural}`;
}

/** The word alone, agreeing with `n`: pick(1, 'does', 'do') → "does". */
export function agree(n: number, one: string, plural: string): string {
  return plurals.select(n) === 'one' ? one : plural;
}

/** "A, B and C" (British style, no serial comma). */
export function listAnd(items: readonly string[]): string {
  return andList.format(items);
}

/** "A, B or C". */
export function listOr(items: readonly string[]): string {
  return orList.format(items);
}

/**
 * "A, B and C" as parts, for lists whose items are links: each item's index, or the literal
 * between items (", ", " and ").
 */
export function listAndParts(count: number): Array<{ item: number } | { literal: string }> {
  let next = 0;
  return andList
    .formatToParts(Array.from({ length: count }, (_, i) => String(i)))
    .map((part) => (part.type === 'element' ? { item: next++ } : { literal: part.value }));
}

// Names built on a common noun take "the" in running English ("the European Union", "the United
// States", "the Council of Europe"); names that are proper nouns or acronyms do not ("Serbia",
// "NATO"). A rule on the words, so it holds for any name the sources bring.
const COMMON_NOUN_IN_NAME =
  /\b(Union|Association|States|Kingdom|Nations|Republic|Organi[sz]ation|Council|Fund|Bank|Federation|Emirates|Islands|Assembly|Community|Court|League|Alliance|Agency|Committee|Office|Parliament|Commission|Movement|Conference|Group|Forum|Ministry|Government|Members|Treaty|Agreement|Initiative|People)\b/;

// A body or a role named by what it is, not by a name of its own ("Argentine delegation",
// "Moldovan government", "Belarus authorities"): lower case in the sources' running text.
const BODY_NOUN =
  /\b(?:delegation|government|ministry|authorities|police|secretariat|mission|embassy|spokes(?:man|woman|person)|parliament|assembly|council|commission|office)\b/;
// A possessive name takes its possessor's article: "Russia's Ministry of Foreign Affairs" none,
// "the People's Republic of …" the people's.
const POSSESSOR = /^(.+?)['’]s\s/;

/** "the" and a space when `name` is read with the article in a sentence, else "". */
export function articleFor(name: string): string {
  if (/^the\s/i.test(name)) return '';
  const possessor = POSSESSOR.exec(name);
  if (possessor) return articleFor(possessor[1]!);
  return COMMON_NOUN_IN_NAME.test(name) || BODY_NOUN.test(name) ? 'the ' : '';
}

/**
 * A reporter as written after "by": a description the source introduced with "a" ("A leaked 2009
 * cable from the US embassy …" is kept as "leaked 2009 cable …") takes "a" or "an" again; a name
 * ("Interfax", "Últimas Noticias") and a phrase with its own determiner stand as they are.
 */
export function reporterPhrase(reporter: string): string {
  if (/^(?:a|an|the|its|their|his|her|this|that|these|those)\s/i.test(reporter)) return reporter;
  if (!/^\p{Ll}/u.test(reporter)) return reporter;
  return `${/^[aeiou]/i.test(reporter) ? 'an' : 'a'} ${reporter}`;
}

// Nouns that name a role or an office: a phrase led by one is a description, not a name.
const ROLE_NOUN =
  /^(?:President|Vice-President|Minister|Secretary|Secretary-General|Ambassador|Chairman|Chairwoman|Chair|Speaker|Head|King|Queen|Emir|Chancellor|Premier|Governor|Mayor|Spokesman|Spokeswoman|Envoy|Representative|Commissioner|Director|Director-General)$/;

/**
 * A source's sentence with a mid-sentence "The" before a role or an office lower-cased, as running
 * English writes it ("by The President of Cyprus" is "by the President of Cyprus": re-check 8,
 * #12); an article that is part of a proper name ("The Hague", "The Gambia", "The Times") is
 * kept, as is one that opens a sentence. Only the article changes, never a word of the source.
 */
export function runningArticle(text: string): string {
  return text.replace(
    /(?<=[\p{L}\p{N},;:)]\s+)The((?:\s+\p{Lu}[\p{L}-]*){1,4})/gu,
    (whole: string, phrase: string) =>
      phrase
        .trim()
        .split(/\s+/)
        .some((word) => ROLE_NOUN.test(word) || COMMON_NOUN_IN_NAME.test(word))
        ? `the${phrase}`
        : whole,
  );
}

/**
 * A part of a source's sentence quoted on its own: an ellipsis marks that the sentence began
 * before it, as a lower-case first word otherwise leaves the reader guessing ("…on 13 May 2016, at
 * the 66th FIFA congress …", cut from "In April 2016, …, and on 13 May 2016, …").
 */
export function quotedPart(text: string): string {
  return /^\p{Ll}/u.test(text) ? `…${text}` : text;
}

/**
 * An event's title as a sentence in a list ("April 2016: In April 2016, Kosovo was voted into
 * UEFA."): a capital first and a full stop last, as titles cut from a longer sentence lack them.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]["”’)]?$/.test(capital) ? capital : `${capital}.`;
}
