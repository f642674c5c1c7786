import { foldKey } from '../../shared/fold';

/*
 * Whether the words after a point read as a linked article's opening that names the link before
 * it: the evidence both gloss layouts split on (a link line, a gloss inside a paragraph line).
 */

const ARTICLE = /^(?:the|a|an)$/i;
const STOP_TOKENS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 's']);

const tokensOf = (words: string[]) =>
  words.flatMap((w) =>
    foldKey(w)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
// The words of a linked article's first sentence up to its first "is/was/are/were": the subject
// it names, which may hold the link's words after an expansion, a variant or a full name ("The
// United Nations … Organization (UNESCO) is", "Chalkidiki, also spelled Halkidiki, is").
const COPULA = /^(?:is|was|are|were)$/;
const SUBJECT_REACH = 25;
function subjectLength(gloss: string[]): number {
  const copula = gloss.slice(0, SUBJECT_REACH).findIndex((t) => COPULA.test(t));
  return copula === -1 ? 0 : copula;
}

/**
 * Whether the gloss opens with every word of the link, after an optional article ("Kosovo Force
 * The Kosovo Force (KFOR) …", "Kazan Kazan; …"): a name said twice in a row, which prose does not.
 */
export function restatesLink(linkWords: string[], glossWords: string[]): boolean {
  const link = tokensOf(linkWords);
  const gloss = tokensOf(ARTICLE.test(glossWords[0] ?? '') ? glossWords.slice(1) : glossWords);
  return (
    /^[\p{Lu}\p{N}]/u.test(glossWords[0] ?? '') &&
    link.some((t) => !STOP_TOKENS.has(t)) &&
    link.every((t, i) => gloss[i] === t)
  );
}

/**
 * Whether the gloss's opening words hold the last word of the link: the link ends inside the name
 * the gloss restates ("Dora Bakoyannis Theodora "Dora" Bakoyannis (born …", "UNESCO The United
 * Nations … (UNESCO) is"), not on a word of the prose before it ("talks with Kosovo when Kosovo
 * is …").
 */
export function echoesLastWord(linkWords: string[], glossWords: string[]): boolean {
  const opening = new Set(tokensOf(glossWords.slice(0, SUBJECT_REACH)));
  const last = tokensOf(linkWords.slice(-1));
  return last.length > 0 && last.every((t) => opening.has(t));
}

/** Whether the words read as an article's first sentence: a subject, then "is/was/are/were". */
export function opensWithSubject(glossWords: string[]): boolean {
  return tokensOf(glossWords)
    .slice(1, SUBJECT_REACH)
    .some((t) => COPULA.test(t));
}

// The capitalised name a gloss opens with ('Theodora "Dora" Bakoyannis', "Kosovo,"), up to the
// first lower-case word, parenthesis or the word a comma or semicolon closes.
function openingName(glossWords: string[]): string[] {
  const name: string[] = [];
  for (const w of glossWords) {
    if (!/^["“'‘]?[\p{Lu}\p{N}]/u.test(w)) break;
    name.push(w);
    if (/[,;:]$/.test(w)) break;
  }
  return tokensOf(name);
}

// How well the words after a split echo the link before it: a linked article's first sentence
// names its subject ("Kosovo Kosovo, officially …", "2018 FIFA World Cup The 2018 FIFA World Cup
// was …", "Vladimir Putin Vladimir Vladimirovich Putin (born …", "UNESCO The United Nations …
// (UNESCO) is …"), or an infobox dump follows the name (" , image_flag = …").
export function echoScore(linkWords: string[], glossWords: string[]): number {
  const first = glossWords[0] ?? '';
  const startsInfobox = first === ',' || first === ';';
  if (!startsInfobox && !/^[\p{Lu}\p{N}]/u.test(first)) return 0;
  const link = tokensOf(linkWords);
  // Infobox residue ("= Flag of Serbia.svg ,") is gloss, never part of a link.
  if (link.length === 0 || linkWords.some((w) => /^[^\p{L}\p{N}]+$/u.test(w) || w.includes('=')))
    return 0;
  const startsWithArticle = ARTICLE.test(first);
  const gloss = tokensOf(startsWithArticle ? glossWords.slice(1) : glossWords);
  let prefix = 0;
  while (prefix < link.length && link[prefix] === gloss[prefix]) prefix++;
  const content = link.filter((t) => !STOP_TOKENS.has(t));
  const distinct = [...new Set(content)];
  const window = new Set(gloss.slice(0, Math.max(link.length + 2, subjectLength(gloss))));
  const overlap =
    distinct.length === 0 ? 0 : distinct.filter((t) => window.has(t)).length / distinct.length;
  // A link that repeats its own words has swallowed the start of the gloss.
  const repeated = content.length === 0 ? 0 : (content.length - distinct.length) / content.length;
  // A gloss whose opening name repeats a word holds the tail of the link, cut off before it:
  // 'Dora | Bakoyannis Theodora "Dora" Bakoyannis (born …', not 'Dora Bakoyannis | Theodora …'.
  const name = openingName(startsWithArticle ? glossWords.slice(1) : glossWords).filter(
    (t) => !STOP_TOKENS.has(t),
  );
  const nameCut = new Set(name).size < name.length ? 0.2 : 0;
  return (
    prefix / link.length +
    overlap -
    repeated +
    (startsInfobox ? 1 : 0) +
    (startsWithArticle ? 0.1 : 0) -
    nameCut
  );
}
