/**
 * The main clause of an English sentence: who it is about (the grammatical subject, with its place
 * in the sentence), its verb and the verb's form. The statement rules need these to tell whose act
 * a sentence tells and in which voice; a hand-written subject finder kept guessing from the first
 * name in the sentence, so the parse is compromise's (its sentence parser gives subject, verb and
 * tense; its verb parser gives the form: simple-past, present-perfect, passive-past …).
 *
 * Leading adverbials ("In March 2008,", "On 10 September 2012 the ICO …") are set aside before the
 * parse, because compromise otherwise takes the preposition for the subject.
 */
import nlp from 'compromise';
import { stripDiacritics } from '../../../shared/text';
import { findDates } from '../dates';

export interface MainClause {
  /** The subject as written in the sentence, and where it stands; null when none was found. */
  subject: { text: string; start: number; end: number } | null;
  /** The verb phrase as compromise reads it ("has maintained", "was recognised"), lower case. */
  verb: string | null;
  /** compromise's verb form: `simple-past`, `present-perfect`, `passive-past`, `simple-present` … */
  form: string | null;
  /** Whether the subject is a pronoun or a referring word that points back ("He", "It", "This"). */
  refersBack: boolean;
}

// One or more opening adverbials that end in a comma ("However,", "In its declaration of
// independence,", "Following the ICJ decision,"): at most 120 characters each, no clause inside.
const OPENING_ADVERBIAL =
  /^(?:(?:However|Indeed|Moreover|Thus|Nevertheless|Meanwhile|Instead|Still|Also|Furthermore|Likewise|Similarly|Subsequently|Later|Previously|Earlier|Then|Separately|Additionally|Finally|In|On|At|During|After|Before|Following|Since|Under|As|With|By|Despite|In response to|According to)\b[^,]{0,120},\s*)+/;
const PREPOSITION =
  /^(?:(?:Later|Earlier|Also|Then|Again)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hrough)\s+(?:early\s+|late\s+|mid-?)?/;
// A pronoun, or a definite description that points back to an actor already named ("The
// delegation continued", "the two sides", "The commission said").
const REFERRING =
  /^(?:(?:he|she|they|it|this|these|that|those|his|her|their|its|such|which|who|both)\b|(?:the|this|that)\s+(?:two\b|latter\b|former\b|delegation|statement|letter|message|commission|ministry|government|minister|president|spokes\w+|country|countries|state|side|sides|organi[sz]ation|council|court|assembly|parliament|leader|leadership|body|committee|union|league|mission|office)\b)/i;

/** Where the clause proper starts: after opening adverbials and an opening date phrase. */
export function clauseStart(sentence: string): number {
  let start = OPENING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(start);
  const prep = PREPOSITION.exec(rest);
  if (prep) {
    const date = findDates(rest).find((d) => d.index === prep[0].length);
    if (date) start += prep[0].length + date.length + (/^,?\s*/.exec(rest.slice(prep[0].length + date.length))?.[0].length ?? 0);
  }
  return start;
}

const cache = new Map<string, MainClause>();
// Words that cannot head a subject: when compromise offers only these, its parse went wrong.
const NOT_A_SUBJECT =
  /^(?:(?:but|and|or|in|on|at|by|of|to|for|from|with|then|there|the|a|an|some|almost|also|however|during|after|before|since|\w+ly)\s*)+$/i;

/**
 * compromise gives the subject normalised (lower case, punctuation dropped): find the same words
 * again in the sentence, allowing any punctuation between them.
 */
function locate(core: string, words: string, offset: number): MainClause['subject'] {
  if (!words || NOT_A_SUBJECT.test(words)) return null;
  const pattern = words
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('[^\\p{L}\\p{N}]+');
  if (!pattern) return null;
  // compromise also drops diacritics ("Jeremić" → "jeremic"): search a folded copy when folding
  // keeps every offset.
  const folded = stripDiacritics(core);
  const haystack = folded.length === core.length ? folded : core;
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').exec(haystack);
  if (!m) return null;
  return {
    text: core.slice(m.index, m.index + m[0].length),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  };
}

export function mainClause(sentence: string): MainClause {
  const known = cache.get(sentence);
  if (known) return known;
  const start = clauseStart(sentence);
  const core = sentence.slice(start);
  const doc = nlp(core);
  const parsed = (doc.sentences().json() as Array<{ sentence?: { subject?: string; verb?: string } }>)[0]
    ?.sentence;
  const verbs = doc.verbs().json() as Array<{ text: string; verb?: { grammar?: { form?: string } } }>;
  const subjectWords = (parsed?.subject ?? '').trim();
  const subject = locate(core, subjectWords, start);
  const verb = parsed?.verb?.trim() || null;
  const main = verb ? verbs.find((v) => v.text.toLowerCase().includes(verb.split(' ').at(-1)!)) : verbs[0];
  const clause: MainClause = {
    subject,
    verb,
    form: main?.verb?.grammar?.form ?? null,
    refersBack: subject !== null && REFERRING.test(subject.text),
  };
  cache.set(sentence, clause);
  return clause;
}

/**
 * Whether a capitalised phrase reads as a person's name ("Vuk Jeremić", "Jumma Khan Marri") rather
 * than a body's ("Reporters Without Borders", "Amnesty International", "the Polisario Front"):
 * compromise knows many first and last names, and tags common nouns (plural, uncountable) that a
 * personal name does not contain.
 */
export function isPersonalName(phrase: string): boolean {
  const doc = nlp(phrase);
  if (doc.has('#Person')) return !doc.has('#Organization');
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const tags = (doc.terms().json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap(
    (t) => t.terms[0]?.tags ?? [],
  );
  return !tags.some((t) => t === 'Plural' || t === 'Uncountable' || t === 'Organization' || t === 'Determiner');
}
