import { echoScore, echoesLastWord, opensWithSubject, restatesLink } from './glossEcho';

/*
 * The other layout of a glossed scrape: each paragraph on one line, every link's gloss inside it.
 *
 *   Romania has contributed troops to the Kosovo Force The Kosovo Force (KFOR) is a NATO-led
 *   international peacekeeping force in Kosovo. Its operations are gradually reducing ... since
 *   1999, and it kept the contribution.
 *
 * No library reads this: a gloss is neither markup nor a format but a mirror's flattening of its
 * link previews, with nothing marking where one starts. So the rule is the shape every gloss has,
 * written by hand. It starts after a word that ends no sentence or clause, and either
 *   - says the link's whole name again ("X The X (ABBR) is …", "X X, officially …", "Kazan Kazan; …"),
 *   - or reads as an article's first sentence (a copula within its first words) whose subject holds
 *     the link's last word ("UNESCO The United Nations … (UNESCO) is …", "Dora Bakoyannis
 *     Theodora "Dora" Bakoyannis (born …) is …"),
 *   - or is an infobox dump (", image_flag = …");
 * and it is cut off with " ..." or " …", the sentence going on after it. Of several starts, the
 * one that echoes the link best (`echoScore`, which the link-line layout splits on too). A "..." in
 * prose with no such start before it is prose and stays.
 */

const ELLIPSIS = /^(?:\.\.\.|…)$/;
const GLOSS_END = /\s(?:\.\.\.|…)$/;
// A link's words end no sentence or clause: "… in Kosovo. Kosovo is …" is two sentences, and
// "FINA World Aquatics Championships, FINA World Championships (), … were" is a gloss's own words.
const PUNCTUATED = /[.!?,;:]["”’)]?$/;
// A gloss is a preview cut to a few hundred characters; a start further back is no gloss's.
const MAX_GLOSS_WORDS = 90;
// The longest link title the line-layout reader splits off (`splitGlossLine`).
const MAX_LINK_WORDS = 15;
// An echo of at least one whole name: "Kosovo Kosovo, officially" scores 2, "UNESCO The United
// Nations … (UNESCO) is" 1.1, an infobox dump 1; a prose word that merely recurs scores below.
const MIN_ECHO = 1;

export interface InlineGloss {
  /** Offset of the gloss's first character in the line. */
  start: number;
  /** Offset just after its closing ellipsis. */
  end: number;
  /** The link's words the gloss echoes (the fewest that echo best); they stay in the text. */
  link: string;
}

/** ", image_flag = …": a link to a country followed by its infobox's fields. */
const opensInfobox = (words: string[]) =>
  (words[0] === ',' || words[0] === ';') && words.slice(1, 4).includes('=');

/** The inline glosses of a line, in order, none overlapping. */
export function findInlineGlosses(line: string): InlineGloss[] {
  const words = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }));
  const texts = words.map((w) => w.text);
  const glosses: InlineGloss[] = [];
  // The first word a link may start on: after the previous gloss.
  let from = 0;
  for (let e = 0; e < words.length; e++) {
    if (!ELLIPSIS.test(texts[e]!)) continue;
    let best: { k: number; n: number; score: number } | null = null;
    for (let k = Math.max(from + 1, e - MAX_GLOSS_WORDS); k < e; k++) {
      // A gloss opens with a name or an infobox's comma (`echoScore` scores nothing else).
      if (!/^[\p{Lu}\p{N},;]/u.test(texts[k]!) || PUNCTUATED.test(texts[k - 1]!)) continue;
      const gloss = texts.slice(k, e);
      const infobox = opensInfobox(gloss);
      const firstSentence = infobox || opensWithSubject(gloss);
      if (!infobox && !echoesLastWord(texts.slice(k - 1, k), gloss)) continue;
      for (let n = 1; n <= Math.min(MAX_LINK_WORDS, k - from); n++) {
        const link = texts.slice(k - n, k);
        // A title holds no capitalised "The" after its first word: "… Championships The 16th FINA
        // World …" is a link and the start of its gloss, not one longer link.
        if (link.slice(1).includes('The')) break;
        if (!firstSentence && !restatesLink(link, gloss)) continue;
        const score = echoScore(link, gloss);
        // Ties keep the earlier start: a gloss may restate its own name further on.
        if (score >= MIN_ECHO && (best === null || score > best.score)) best = { k, n, score };
      }
    }
    if (best === null) continue;
    glosses.push({
      start: words[best.k]!.at,
      end: words[e]!.at + texts[e]!.length,
      link: texts.slice(best.k - best.n, best.k).join(' '),
    });
    from = e + 1;
  }
  return glosses;
}

/**
 * Whether a line that ends as prose holds a gloss: the inline layout's mark. A link line of the
 * other layout ends with its gloss's " ..." (and its gloss may hold a "..." of its own).
 */
export function holdsInlineGloss(line: string): boolean {
  return !GLOSS_END.test(line.trim()) && findInlineGlosses(line).length > 0;
}

/**
 * The line's own words around its glosses, in order: the pieces a sentence is joined from
 * (`joinPieces` puts no space before the "," or "." that goes on after a gloss).
 */
export function withoutInlineGlosses(line: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const g of findInlineGlosses(line)) {
    pieces.push(line.slice(at, g.start));
    at = g.end;
  }
  pieces.push(line.slice(at));
  return pieces.map((p) => p.trim()).filter(Boolean);
}
