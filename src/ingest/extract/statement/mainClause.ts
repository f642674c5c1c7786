/**
 * The main clause of an English sentence: who it is about (the grammatical subject, with its place
 * in the sentence) and its verb. The statement rules need these to tell whose act a sentence tells
 * and in which voice; a hand-written subject finder kept guessing from the first name in the
 * sentence, so the parse is compromise's (its sentence parser gives subject and verb; its verb
 * parser gives the form: simple-past, present-perfect, passive-past …).
 *
 * Leading adverbials ("In March 2008,", "On 10 September 2012 the ICO …") are set aside before the
 * parse, because compromise otherwise takes the preposition for the subject. Parses are cached by
 * sentence: the ingest asks about the same sentence from several rules.
 */
import nlp from 'compromise';
import { stripDiacritics } from '../../../shared/text';
import { findDates } from '../dates';
import { alternation, BODIES, capitalised, except, plural, ROLE_OFFICES } from './offices';

export interface MainClause {
  /** The subject as written in the sentence, and where it stands; null when none was found. */
  subject: { text: string; start: number; end: number } | null;
  /** The verb phrase as compromise reads it ("has maintained", "was recognised"), lower case. */
  verb: string | null;
  /** Whether the subject is a pronoun or a referring word that points back ("He", "It", "This"). */
  refersBack: boolean;
}

// One or more opening adverbials that end in a comma ("However,", "In its declaration of
// independence,", "Following the ICJ decision,"), no clause inside; an aside in parentheses is
// part of it ("Despite … (including the United States, Germany, and France), the veto …"). A time
// phrase in lower case placing the date before it ("On 18 May 2010, the day after the vote, …",
// "In 1999, three months after the war began, …") is that date's apposition, not the subject.
const OPENING_ADVERBIAL =
  /^(?:(?:(?:the|a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)|However|Indeed|Moreover|Thus|Nevertheless|Meanwhile|Instead|Still|Also|Furthermore|Likewise|Similarly|Subsequently|Later|Previously|Earlier|Then|Separately|Additionally|Finally|In|On|At|During|After|Before|Following|Since|Under|As|With|By|Despite|In response to|According to)\b(?:[^,(]|\([^)]*\)){0,200},\s*)+/;
// "In September 2020, under an agreement brokered by …, A and B agreed …": after the opening
// adverbial, further phrases in commas that open with a preposition in lower case are adverbials
// too; the subject stands after all of them. Only a preposition opens one: "In 2008, the member
// states, including …, were …" keeps its subject, a noun phrase.
const FURTHER_ADVERBIAL =
  /^(?:(?:under|after|before|following|during|amid|amidst|despite|with|without|through|at|in|on|upon|within|as\s+part\s+of|in\s+response\s+to)\s[^,()]{1,150},\s*)+/;
const PREPOSITION =
  /^(?:(?:Later|Earlier|Also|Then|Again)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hrough|[Ss]ince)\s+(?:early\s+|late\s+|mid-?)?/;
// A pronoun, or a definite description that points back to an actor already named ("The
// delegation continued", "the two sides", "The commission said") — the whole subject, so "the
// President of Equatorial Guinea" names its own.
// "The authorities" is not a pointer: it names who acts, a role with no name (speakers.ts).
const POINTED_BODIES = except(BODIES, ['authorities']);
const REFERRING = new RegExp(
  String.raw`^(?:(?:he|she|they|it|this|these|that|those|his|her|their|its|such|which|who|both)\b|(?:the|this|that)\s+(?:two\s+\w+|latter|former|statement|letter|message|country|countries|state|side|sides|body|leadership|${alternation([...ROLE_OFFICES, ...POINTED_BODIES])})$)`,
  'i',
);
// "It was reported that …", "It is believed that …": an "it" standing in for the that-clause after a
// passive points back to no one; who acted is the that-clause's subject (or the report's, if named).
const EXTRAPOSED_IT =
  /^it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|t)\s+that\b/iu;
// A short prepositional aside in commas, no verb in it (", by contrast,", ", in turn,", ", on the
// other hand,", ", for example,"); the first comma is kept, the rest blanked.
const PARENTHETICAL_ASIDE = /,\s+(?:by|in|on|for|at|as)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,(?=\s)/gu;
// "Lima-based", "London-headquartered": a place, a hyphen, a participle that says where the body
// is. ("NATO-led", "Moscow-backed" name an agent, who may be the one acting: not read here.)
export const PLACE_COMPOUND =
  /\b\p{Lu}[\p{L}\p{M}]*-(?:based|headquartered|located|registered)\b/gu;
// Words that cannot head a subject: when compromise offers only these, its parse went wrong.
const NOT_A_SUBJECT =
  /^(?:(?:but|and|or|in|on|at|by|of|to|for|from|with|then|there|the|a|an|some|almost|also|however|during|after|before|since|\w+ly)\s*)+$/i;
// A subject that opens with a preposition ("at a meeting") is an adverbial the parse took for one.
const PREPOSITIONAL_SUBJECT = /^(?:at|in|on|during|after|before|for|with|by)\s/i;

// A time adverbial that opens a sentence, with or without its comma ("At the same time the
// government …", "A year later Peru …", "The following year, Ruiz …"): the parse would take it for
// the subject, and no list of opening adverbials has "The".
// "[Tt]he next day": a clause cut after ", and" opens in lower case ("…, and the following year its
// minister received …").
// "For several months the government postponed …": a span with no comma after it opens the
// sentence as a date does; the subject stands after it.
const TIME_OPENING =
  /^(?:(?:For|Over|During|Within) (?:several|many|some|a few|two|three|four|five|six|seven|eight|nine|ten|the (?:next|following|first|last)) (?:days|weeks|months|years|decades)|At (?:the same|that) time|Around (?:the same|that) time|Later that (?:day|week|month|year)|(?:A|One|Two|Three|Several) (?:days?|weeks?|months?|years?) later|[Tt]he (?:next|following) (?:day|week|month|year)|Shortly (?:after(?:wards)?|thereafter)|Soon after(?:wards)?)(?:,\s*|\s+)(?=\p{L})/u;

/**
 * The length of an opening "[Later] in <date>" with no comma after it, when a subject follows it
 * (an article or a capitalised word); 0 otherwise ("In 2005 and 2006, …" is no such opening).
 */
function bareDateOpening(sentence: string): number {
  const prep = PREPOSITION.exec(sentence);
  if (!prep) return 0;
  const date = findDates(sentence).find((d) => d.index === prep[0].length);
  if (!date) return 0;
  const end = prep[0].length + date.length;
  const gap = /^\s+(?=(?:the|a|an)\s|\p{Lu})/u.exec(sentence.slice(end));
  return gap ? end + gap[0].length : 0;
}

// An office an opening adverbial may end in ("At a meeting with U.S. Representative,"): a name
// in commas right after it is that office holder's, not the clause's subject.
const OFFICE_ENDING = new RegExp(String.raw`\b(?:${alternation(ROLE_OFFICES)})\s*,\s*$`, 'i');
// A personal name in commas, initials and titles included ("Eliot Engel,", "Dr. J. Smith,").
const APPOSITIVE_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+,\s*/u;

/**
 * "At a meeting with U.S. Representative, Eliot Engel, both …": the name after an opening
 * adverbial that ends in an office is that office holder's apposition, part of the adverbial.
 * "In 2009, Eliot Engel, a congressman, said" keeps its subject: the adverbial names no office.
 */
function appositionOfOpening(sentence: string, start: number): number {
  if (!start || !OFFICE_ENDING.test(sentence.slice(0, start))) return start;
  const name = APPOSITIVE_NAME.exec(sentence.slice(start));
  if (!name || !isPersonalName(name[0].replace(/[,\s]+$/, ''))) return start;
  return start + name[0].length;
}

/** Where the clause proper starts: after opening adverbials and an opening date phrase. */
export function clauseStart(sentence: string): number {
  // A clause cut from its sentence keeps its subordinator ("after which the paper released …"), or
  // its relative pronoun, with the noun it hangs from, before a subject of its own ("a process
  // which the United States supports", "which Peru uses to justify …", "a claim that Peru rejects":
  // "that" only after its noun in lower case, the opening of a cut clause, never a sentence's
  // "The news that …", and only when the clause ends at its verb, whose object is the noun: "a
  // spokesman said that the Republic was not …" is a subject and what it said).
  // "Though Peru has supported Chile …", a concessive clause cut from the main clause after it (no
  // comma left in it): the subordinator is no subject (compromise takes it for one).
  const subordinator =
    /^(?:(?:after|before)\s+(?:which\s+)?|(?:(?:a|an|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3})?(?:which|whom)\s+(?=(?:the\s+)?\p{Lu})|(?:a|an|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}that\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)\s*(?:[.;]|$))|(?:Even\s+though|Though|Although|While|Whilst|Whereas)\s+(?=[^,;]+$))/u.exec(
      sentence,
    )?.[0].length ?? 0;
  // "Later in 2005 the police seized the office of X, an association …": a date phrase with no
  // comma after it ends where its subject begins; the comma further on belongs to the clause.
  const bare = subordinator ? 0 : bareDateOpening(sentence);
  if (bare) return bare;
  const opening = OPENING_ADVERBIAL.exec(sentence)?.[0].length;
  let start = appositionOfOpening(
    sentence,
    subordinator ||
      (opening !== undefined
        ? opening + (FURTHER_ADVERBIAL.exec(sentence.slice(opening))?.[0].length ?? 0)
        : (TIME_OPENING.exec(sentence)?.[0].length ?? 0)),
  );
  const rest = sentence.slice(start);
  const prep = PREPOSITION.exec(rest);
  if (prep) {
    const date = findDates(rest).find((d) => d.index === prep[0].length);
    if (date) {
      const after = rest.slice(prep[0].length + date.length);
      start += prep[0].length + date.length + (/^,?\s*/.exec(after)?.[0].length ?? 0);
    }
  }
  return start;
}

/** The words of `text` with their offsets, folded for comparison ("Jeremić" → "jeremic"). */
function wordsOf(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: stripDiacritics(m[0]).toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * compromise gives the subject normalised (lower case, punctuation and diacritics dropped): find
 * the same run of words again in the sentence.
 */
function locate(core: string, normal: string, offset: number): MainClause['subject'] {
  if (!normal || NOT_A_SUBJECT.test(normal) || PREPOSITIONAL_SUBJECT.test(normal)) return null;
  const wanted = wordsOf(normal).map((w) => w.word);
  if (wanted.length === 0) return null;
  const words = wordsOf(core);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((w, k) => words[i + k]!.word === w)) continue;
    const start = words[i]!.start;
    let end = words[i + wanted.length - 1]!.end;
    // "the European Union (EU) has …": the parse drops the brackets; an aside it opened closes.
    const opened = core.slice(start, end).lastIndexOf('(');
    if (opened >= 0 && !core.slice(start + opened, end).includes(')')) {
      const close = core.indexOf(')', end);
      if (close >= 0) end = close + 1;
    }
    return { text: core.slice(start, end), start: offset + start, end: offset + end };
  }
  return null;
}

/**
 * When compromise finds the verb but no subject ("Chairman Ilkka Kanerva and OSCE Minorities
 * Commissioner Knut Vollebæk called …"), the words from the start of the clause to the verb are it.
 */
function beforeVerb(
  core: string,
  verb: string | null,
  offset: number,
  maxWords = 12,
): MainClause['subject'] {
  const first = verb?.split(' ')[0];
  if (!first) return null;
  const at = wordsOf(core).find((w) => w.word === first);
  if (!at || at.start === 0) return null;
  const text = core.slice(0, at.start).replace(/[\s,]+$/, '');
  if (
    text.split(/\s+/).length > maxWords ||
    NOT_A_SUBJECT.test(text) ||
    PREPOSITIONAL_SUBJECT.test(text)
  )
    return null;
  return { text, start: offset, end: offset + text.length };
}

// "of the Council of Europe", "for European and Foreign Policy": the rest of a capitalised name
// after "of" or "for".
const NAME_GOES_ON =
  /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*\p{Lu}[\p{L}\p{M}'’-]*)*/u;

/**
 * "the Parliamentary Assembly of the Council | of Europe recommended", "The Hellenic Foundation | for
 * European and Foreign Policy argued": the parse may end the subject inside a name; a subject that
 * ends in a capitalised word takes the "of …" or "for …" words that go on capitalised, so the name
 * inside it is whole.
 */
function wholeName(sentence: string, subject: MainClause['subject']): MainClause['subject'] {
  if (!subject || !/\p{Lu}[\p{L}\p{M}'’-]*$/u.test(subject.text)) return subject;
  const more = NAME_GOES_ON.exec(sentence.slice(subject.end));
  if (!more) return subject;
  const end = subject.end + more[0].length;
  return { text: sentence.slice(subject.start, end), start: subject.start, end };
}

const clauses = new Map<string, MainClause>();
const forms = new Map<string, string | null>();

export function mainClause(sentence: string): MainClause {
  const known = clauses.get(sentence);
  if (known) return known;
  const start = clauseStart(sentence);
  // "Catalan separatists, by contrast, have cited …": an aside in commas between the subject and
  // its verb is blanked (offsets kept), or the parse takes its noun for the verb.
  const core = sentence
    .slice(start)
    .replace(PARENTHETICAL_ASIDE, (aside) => `,${' '.repeat(aside.length - 1)}`);
  // "the Lima-based Andean Centre described …": a place joined by a hyphen to a participle is one
  // adjective before the head noun; the parse splits it at the hyphen and takes the name for the
  // subject and the participle for its verb. It reads the compound as one word (same length, so
  // offsets hold), and the subject's text is taken from the sentence as written.
  const joined = core.replace(PLACE_COMPOUND, (w) => w.replace('-', 'x'));
  const parsed = (
    nlp(joined).sentences().json() as Array<{ sentence?: { subject?: string; verb?: string } }>
  )[0]?.sentence;
  const verb = parsed?.verb?.trim() || null;
  const located =
    locate(joined, (parsed?.subject ?? '').trim(), start) ?? beforeVerb(joined, verb, start);
  const found = located && {
    ...located,
    text: core.slice(located.start - start, located.end - start),
  };
  // "both St. Vincent & the Grenadines' Prime Minister and Foreign Minister, Ralph Gonsalves and
  // Louis Straker, took …": a subject opened by "both" is a coordination, which runs to the verb
  // whatever the parse cut off at a full stop or an ampersand inside it.
  const coordinated =
    found && /^both\s/i.test(found.text) ? beforeVerb(core, verb, start, 24) : null;
  const subject = wholeName(
    sentence,
    coordinated && coordinated.end > found!.end && /\sand\s/.test(coordinated.text)
      ? coordinated
      : found,
  );
  const clause: MainClause = {
    subject,
    verb,
    // "Bilaterally the two countries have …": a sentence adverb the parse kept is not the subject.
    // "Both republics (and the Union) joined" points back; "both the president and the minister",
    // "both Peru and Chile" name their own.
    refersBack:
      subject !== null &&
      REFERRING.test(subject.text.replace(/^\p{Lu}\p{Ll}+ly\s+/u, '')) &&
      !isExtraposedIt(core) &&
      !/^[Bb]oth\s+(?:the\s+|\p{Lu}).+\sand\s/u.test(subject.text),
  };
  clauses.set(sentence, clause);
  return clause;
}

/** Whether `clause` opens with an "it" that stands for a that-clause after a passive ("It was reported that"). */
export function isExtraposedIt(clause: string): boolean {
  return EXTRAPOSED_IT.test(clause);
}

/**
 * compromise's form of the main verb: `simple-past`, `present-perfect`, `passive-past` …; null
 * when the sentence has none. A second parse, so only the rules that need it ask.
 */
export function verbForm(sentence: string): string | null {
  if (forms.has(sentence)) return forms.get(sentence)!;
  const { verb } = mainClause(sentence);
  const core = sentence.slice(clauseStart(sentence));
  const verbs = nlp(core).verbs().json() as Array<{
    text: string;
    verb?: { grammar?: { form?: string } };
  }>;
  const last = verb?.split(' ').at(-1);
  const main = last ? verbs.find((v) => v.text.toLowerCase().includes(last)) : verbs[0];
  const form = main?.verb?.grammar?.form ?? null;
  forms.set(sentence, form);
  return form;
}

// The nouns that end a body's name: the vocabulary's bodies ("Polisario Front", "Allied Parties"),
// and the endings of the names of third parties that are no organ of anyone (an NGO, a newspaper,
// a company).
const NAME_ENDINGS = [
  'Watch',
  'International',
  'Foundation',
  'Institute',
  'Church',
  'University',
  'Times',
  'Post',
  'News',
  'Daily',
  'Herald',
  'Tribune',
  'Centre',
  'Center',
  'Alliance',
  'Network',
  'Corporation',
  'Company',
];
const BODY_NOUN = new RegExp(
  String.raw`\b(?:${alternation([...capitalised([...BODIES, ...BODIES.map(plural)]), ...NAME_ENDINGS])})$`,
);

/**
 * Whether a capitalised phrase reads as a person's name ("Vuk Jeremić", "Jumma Khan Marri") rather
 * than a body's ("Reporters Without Borders", "Amnesty International", "the Polisario Front"):
 * compromise knows many first and last names, and tags common nouns (plural, uncountable) that a
 * personal name does not contain.
 */
export function isPersonalName(phrase: string): boolean {
  // A body's name ends in the noun that says what kind of body it is ("Polisario Front").
  if (BODY_NOUN.test(phrase.trim())) return false;
  const doc = nlp(phrase);
  if (doc.has('#Person')) return !doc.has('#Organization');
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const tags = (doc.terms().json() as Array<{ terms: Array<{ tags: string[] }> }>).flatMap(
    (t) => t.terms[0]?.tags ?? [],
  );
  // A nationality in it ("European Stability Initiative") names a body's scope, not a person.
  return !tags.some(
    (t) =>
      t === 'Plural' ||
      t === 'Uncountable' ||
      t === 'Organization' ||
      t === 'Determiner' ||
      t === 'Demonym',
  );
}

/**
 * Whether compromise knows `word` as a given name ("Gabriel", "Manuel"): before a surname it tells
 * which of two people sharing that surname is meant. A name it does not know is not one.
 */
export function isGivenName(word: string): boolean {
  return nlp(word).has('#FirstName');
}

/**
 * Whether the capitalised name that ends `before` (the words before "in 1997") is the object of a
 * verb, directly or through one preposition ("decided against Belarus", "was opened in New
 * Delhi"): then the date that follows dates the verb's act. A name that hangs off a noun ("an
 * Orange Revolution in Ukraine", "the president of Serbia") takes the date with it, so it is not
 * the act's. compromise tags the words; a tag it does not give counts as not a verb (no date).
 */
export function nameIsVerbObject(before: string): boolean {
  type Term = { text: string; tags: string[] };
  const terms = (nlp(before).terms().json() as Array<{ terms: Term[] }>).flatMap((t) => t.terms);
  let i = terms.length - 1;
  if (i >= 0 && terms[i]!.tags.includes('Preposition')) i--;
  const isName = (t: Term) => /^\p{Lu}/u.test(t.text) && !t.tags.includes('Verb');
  if (i < 0 || !isName(terms[i]!)) return false;
  // "the European Council on Foreign Relations": a name goes on through "of", "on", "for", "and"
  // between its capitalised words.
  const joinsName = (k: number): boolean =>
    k > 0 &&
    ((/^(?:of|on|for|and)$/.test(terms[k]!.text) && isName(terms[k - 1]!)) ||
      // "the Law of the Sea": "the" after such a word inside the name.
      (/^the$/.test(terms[k]!.text) && joinsName(k - 1)));
  while (i >= 0 && (isName(terms[i]!) || joinsName(i))) i--;
  if (i >= 0 && /^the$/i.test(terms[i]!.text)) i--;
  if (i >= 0 && terms[i]!.tags.includes('Preposition')) {
    i--;
    // "submitted a written statement to the Court in 2009": the verb's object between it and the
    // preposition (a determiner, adjectives, a noun) leaves the name the verb's complement.
    if (i >= 0 && terms[i]!.tags.includes('Noun') && !isName(terms[i]!)) {
      let k = i - 1;
      while (k >= 0 && terms[k]!.tags.includes('Adjective')) k--;
      if (k >= 0 && terms[k]!.tags.includes('Determiner')) k--;
      if (k >= 0 && terms[k]!.tags.includes('Verb')) return true;
    }
  }
  return i >= 0 && terms[i]!.tags.includes('Verb');
}
