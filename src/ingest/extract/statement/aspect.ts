/**
 * Aspect and occasion: the grammatical tests behind the guide's three voice rulings
 * (tests/gold/README.md, "Voice"). Whether a negated act is tied to an occasion, whether an
 * undated present perfect tells one completed act or a conduct that goes on or recurs, and whether
 * a present verb of saying has a speaker who speaks on an occasion.
 */
import nlp from 'compromise';

// Markers of many occasions: "repeatedly", "on several occasions", "more than a dozen times".
// A count of two ("twice") still tells two acts one can date; a vague or large count tells a habit.
const REPETITION = new RegExp(
  String.raw`\b(?:repeatedly|time\s+and\s+(?:time\s+)?again|again\s+and\s+again|on\s+(?:several|many|numerous|multiple|various|countless|repeated|a\s+number\s+of)\s+occasions|(?:(?:more|no\s+fewer|not\s+less)\s+than\s+)?(?:a\s+dozen|dozens\s+of|several|many|numerous|multiple|countless|a\s+number\s+of|[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+times)\b`,
  'i',
);

/** Whether the clause says its act recurs over many occasions. */
export function tellsRepetition(clause: string): boolean {
  return REPETITION.test(clause);
}

// Verbs whose present perfect tells a conduct that goes on ("has courted", "has lobbied",
// "has maintained that …") rather than one act done ("has opened", "has signed"). This is lexical
// aspect (an activity or a state against an achievement), which neither compromise nor wink-nlp
// tags: both give the tense and the perfect, not whether the verb's act is bounded, so the verbs
// of continuing conduct stay a hand list.
const CONTINUING_CONDUCT =
  /^(?:courted|lobbied|maintained|supported|backed|opposed|resisted|championed|promoted|cultivated|pursued|sought|encouraged|campaigned|advocated|defended|insisted|upheld|sustained|favou?red|pressed|worked|fostered|nurtured)$/i;

/** Whether a participle tells a conduct that goes on rather than one completed act. */
export function isContinuingConduct(participle: string): boolean {
  return CONTINUING_CONDUCT.test(participle);
}

// "has blocked Kosovo from becoming a member", "has kept it from joining": a verb of prevention with
// a "from" clause holds its object out of a state for as long as the state lasts, a conduct that
// goes on ("has blocked the bid" blocks once).
const KEEPS_FROM =
  /\b(?:blocked|prevented|kept|barred|stopped|excluded|held\s+back)\s+(?:[^,;.]{1,60}?\s+)?from\s+\p{Ll}+ing\b/u;

/** Whether the clause tells a prevention that lasts ("has blocked Kosovo from becoming …"). */
export function keepsFrom(clause: string): boolean {
  return KEEPS_FROM.test(clause);
}

// Nouns that name an occasion on which an actor acts once: a vote, an application, a meeting.
const OCCASION =
  /\b(?:votes?|voting|ballots?|applications?|admission|accession|bids?|candidacy|requests?|meetings?|sessions?|summits?|conferences?|hearings?|referend(?:um|a)|elections?|debates?|interviews?|ceremon(?:y|ies))\b/i;

/** Whether the clause names an occasion of its act (a date is read by the date rules). */
export function namesOccasion(clause: string): boolean {
  return OCCASION.test(clause);
}

/**
 * A subject that names a class of people rather than persons on one occasion: a plural with no
 * article, demonstrative or number, its modifiers a nationality, a name or a possessive
 * ("Romanian officials", "Catalan separatists", "Kosovo's leaders", "Officials").
 */
export function isGenericPlural(subject: string): boolean {
  const words = subject.trim().split(/\s+/);
  const head = words.at(-1) ?? '';
  const modifiers = words.slice(0, -1);
  if (words.length > 4 || !/^\p{L}+s$/u.test(head)) return false;
  // A capitalised head after a modifier is a name ("Kosovo Albanians"), not a class noun.
  if (modifiers.length > 0 && !/^\p{Ll}/u.test(head)) return false;
  if (!modifiers.every((w) => /^\p{Lu}[\p{L}-]*(?:['’]s)?$/u.test(w))) return false;
  // "These officials", "Two envoys", "Their leaders": a determiner, a number or a pronoun picks out
  // particular people, whom the text has told of.
  // Each word read alone and in lower case, so that "Kosovo's" stays a name and "Its" a pronoun.
  const picksOut = (w: string) =>
    nlp(w.replace(/['’]s$/, '').toLowerCase()).has('(#Determiner|#Value|#Pronoun|#Possessive)');
  if (modifiers.some(picksOut)) return false;
  // compromise reads the head as a plural noun ("officials"), not a verb or a singular in "-s".
  return nlp(head.toLowerCase()).has('#Plural');
}

// "did not object", "didn't oppose", "had not objected": a negation in the past, which places the
// act on a time the text has told; "never" quantifies over every occasion and ties to none.
const PAST_NEGATION =
  /\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|has\s+not|have\s+not|hasn['’]t|haven['’]t)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(.*)$/u;

/**
 * Whether a negated act is tied to an occasion: its clause names one ("did not object to its
 * admission", "did not oppose the application"), or leaves its complement unsaid ("Romania did
 * not object."), which points back to the occasion just told.
 */
export function negationOnOccasion(first: string): boolean {
  const found = PAST_NEGATION.exec(first);
  if (!found) return false;
  // The predicate of the negated verb, up to the punctuation that ends its clause.
  const rest = (found[2] ?? '').split(/[;:]|,\s+(?:and|but|while|although|as|since)\b/)[0] ?? '';
  const past = /^(?:did|didn)/i.test(found[0]);
  const elided = past && /^\s*[.!]?\s*$/.test(rest);
  return elided || OCCASION.test(rest);
}
