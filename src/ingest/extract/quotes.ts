/**
 * Sentences and quotations in prose. A quotation is attributed only when its sentence says who
 * spoke (a named person, an institution, or at least a role); a pronoun ("he said") or nothing
 * leaves the speaker null. Wrong attribution is worse than none, so every rule errs towards null.
 */
import nlp from 'compromise';
import { doubleQuotedSpans } from '../../shared/quotes';
import { allDemonyms } from '../../shared/vocabulary';
import type { Quote } from '../../schemas';
import { QUOTING_VERB_SOURCE } from './statement/speechVerbs';
import { BODIES, OFFICES } from './statement/offices';

// ---------------------------------------------------------------------------------------------
// Sentences

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
// Intl.Segmenter breaks after every full stop followed by a capital; these end no sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:U\.S|U\.K|U\.N|U\.S\.A|St|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Rev|No|Nos|Art|Vol|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;

function insideQuotation(text: string): boolean {
  if ((text.match(/"/g) ?? []).length % 2 === 1) return true;
  // „…“ (German) closes with the mark that opens English quotes, so track which one is open.
  let depth = 0;
  let lowOpen = false;
  for (const ch of text) {
    if (ch === '\u201E' || ch === '\u00AB') {
      depth++;
      lowOpen = ch === '\u201E';
    } else if (ch === '\u201C') {
      if (lowOpen) depth--;
      else depth++;
      lowOpen = false;
    } else if (ch === '\u201D' || ch === '\u00BB') {
      depth = Math.max(0, depth - 1);
      lowOpen = false;
    }
  }
  return depth > 0;
}

/**
 * Splits prose into sentences with Intl.Segmenter, then rejoins the pieces it cut inside a
 * quotation or after an abbreviation ("U.S.", "St.", "No."). Runs such as "Kosovo.In 2010" (a
 * missing space in the source) are split.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  // The segmenter does not break "soon.In 2014" (a space lost in the source); two lower-case
  // letters before the stop rule out "U.S.", "St." and "e.g.".
  const spaced = paragraph.replace(/(\p{Ll}{2}|\))([.!?]["”]?)(?=\p{Lu}\p{Ll})/gu, '$1$2 ');
  for (const { segment } of SEGMENTER.segment(spaced)) {
    pending += segment;
    if (insideQuotation(pending) || ABBREVIATION.test(pending)) continue;
    if (pending.trim() !== '') sentences.push(pending.trim());
    pending = '';
  }
  if (pending.trim() !== '') sentences.push(pending.trim());
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for attribution

const TITLE_WORDS = new Set(OFFICES);
const INSTITUTION_WORDS = new Set(BODIES);
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'to']);
// Lower-case words inside a personal name; "i" and "y" join Catalan and Spanish double surnames
// ("Josep Antoni Duran i Lleida"), where a reader of the name alone would take "Lleida" for it.
const NAME_PARTICLES = new Set([
  'i',
  'y',
  'da',
  'das',
  'de',
  'del',
  'dos',
  'du',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
]);
const COLLECTIVE = /^(?:States|Nations|Members|Countries|Governments|Parties|Republics)$/;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|his|her|their|its|this|these|those|who|which)$/i;
const RELATIVE = /^(?:who|which|whose|whom|that)\b/i;
const FUNCTION_WORD =
  /^(?:in|of|with|to|at|by|for|from|on|that|than|as|into|about|and|or|but|while|when|because)$/i;
const VERB_WORDS =
  /\b(?:is|was|were|are|be|been|has|have|had|did|does|do|would|will|could|should)\b/i;

const bare = (word: string) => word.replace(/^[("'“‘]+|[)"'”’,.;:]+$/g, '');
const isTitle = (word: string) => TITLE_WORDS.has(bare(word).toLowerCase());
const isInstitution = (word: string) => INSTITUTION_WORDS.has(bare(word).toLowerCase());
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(bare(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(bare(word));
const isNameToken = (word: string) => {
  const w = bare(word);
  if (w.length === 0 || isTitle(w) || isInstitution(w) || isAcronym(w)) return false;
  if (/['’]s$/.test(w)) return false;
  // "Jorge", "Kozakou-Marcoullis", "Yar'Adua", "İhsanoğlu", an initial "E."
  return /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word.replace(/,$/, ''));
};

// ---------------------------------------------------------------------------------------------
// Subjects

type Resolved = { speaker: string | null; role: string | null } | 'pronoun' | null;

const tidy = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:]\s*|\s*[,;:]$/g, '')
    .trim();
const dropArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, '');

// A clause may open with a conjunction or a dated phrase ("but in September 2008 Sargsyan").
function dropLead(segment: string): string {
  let s = tidy(segment);
  for (;;) {
    const next = s
      .replace(/^(?:and|but|while|when|after|then|so|however|thus|also)\s+/i, '')
      .replace(
        /^(?:in|on|at|during|by|since|from|as of)\s+(?:(?:a|an|the)\s+)?[^,]*?\b(?:1[89]|20)\d\d\b\s*/i,
        '',
      );
    if (next === s) return s;
    s = next;
  }
}

function isRoleish(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  if (RELATIVE.test(text) || VERB_WORDS.test(text) || /\bthat\b/i.test(text) || /\d/.test(text))
    return false;
  // A past-tense verb means a clause, not a title ("… Ahtisaari received the 2008 …").
  if (
    words.some(
      (w) =>
        /^\p{Ll}+ed$/u.test(w) &&
        !/^(?:elected|appointed|designated|retired|exiled|united)$/.test(w),
    )
  )
    return false;
  // A role never ends mid-name ("Chairman of the Mejlis of the" is a role cut from its name).
  if (FUNCTION_WORD.test(words.at(-1)!) || /^(?:the|a|an)$/i.test(words.at(-1)!)) return false;
  return words.some(isTitle);
}

function isPureName(segment: string): boolean {
  const words = tidy(segment).split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 5 &&
    words.every(
      (w, i) =>
        isNameToken(w) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase())),
    )
  );
}

// Institutions: "the Lao Foreign Ministry", "Kosovo's foreign ministry", "the IMF", "UNPO".
function asInstitution(phrase: string): string | null {
  const text = dropArticle(phrase);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || words.some(isTitle)) return null;
  const allowed = words.every(
    (w) =>
      isCapitalised(w) ||
      isInstitution(w) ||
      CONNECTORS.has(w.toLowerCase()) ||
      /^(?:foreign|federal|national|regional|central)$/i.test(w),
  );
  if (!allowed || !isCapitalised(words[0]!)) return null;
  if (words.some(isInstitution) || (words.length === 1 && isAcronym(words[0]!))) return text;
  return null;
}

// Nationality adjectives: the one vocabulary's (src/shared/vocabulary.ts), read when first needed.
let demonymSet: ReadonlySet<string> | null = null;
const isDemonym = (word: string): boolean => (demonymSet ??= allDemonyms()).has(word);
// Read alone, as compromise's lexicon has it: in a run of capitals it tags every word a noun.
const isAdjective = (word: string): boolean => nlp(word).has('#Adjective');

/** The last words of a name run at the end of `words`, with any particles inside it. */
function trailingName(words: string[]): number {
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1]!;
    if (isNameToken(w)) start--;
    else if (
      NAME_PARTICLES.has(w.toLowerCase()) &&
      start < words.length &&
      start - 2 >= 0 &&
      isNameToken(words[start - 2]!)
    )
      start--;
    else break;
  }
  return start;
}

/** Who the text just before a speech verb names, reading back from the verb. */
/**
 * Who a noun phrase before a verb names: a person with their role, a role with no name ("a
 * regional government spokeswoman"), an institution, a pronoun, or no one.
 */
export function describeSpeaker(phrase: string): Resolved {
  return resolveSubject(phrase);
}

function resolveSubject(before: string): Resolved {
  let text = before.replace(/\s+$/, '');
  // Auxiliaries and adverbs between subject and verb: "has also", "reportedly", "officially".
  for (;;) {
    const next = text.replace(
      /\s*,?\s*\b(?:has|have|had|was|is|would|will|also|then|later|reportedly|officially|publicly|further|again|once|while|himself|herself|itself|subsequently|immediately|only)\s*$/i,
      '',
    );
    if (next === text) break;
    text = next;
  }
  text = text.replace(/[,\s]+$/, '');
  if (text === '' || /\b(?:and|but|or)$/i.test(text)) return null;
  const segments = text.split(/,\s*/);
  // "Peru's minister, Juan Soto, and the President of the EBRD, Ana Ruiz, signed": two subjects
  // joined; the last is not the one speaker (the clause's speaker rules read both).
  if (segments.slice(1).some((s) => /^and\s/.test(s))) return null;
  // "Mahmoud Abbas, when discussing … said": the aside is not the subject.
  while (
    segments.length > 1 &&
    /^(?:when|while|after|before|in)\s+\p{Ll}+ing\b/u.test(tidy(segments.at(-1)!))
  )
    segments.pop();
  const last = dropLead(segments.at(-1) ?? '');
  if (last === '') return null;
  const words = last.split(/\s+/).filter(Boolean);
  if (words.length === 1 && PRONOUNS.test(words[0]!)) return 'pronoun';
  if (PRONOUNS.test(words[0]!) && words.length <= 2) return 'pronoun';

  const institution = asInstitution(last);
  if (institution) return { speaker: institution, role: null };

  let nameStart = trailingName(words);
  // "President of the Pontifical Council for Promoting Christian Unity": after an institution's
  // "for"/"of" the capitalised run is the rest of the institution's name, not a person.
  const institutionTail =
    nameStart > 1 &&
    FUNCTION_WORD.test(words[nameStart - 1]!) &&
    isInstitution(words[nameStart - 2]!);
  // "Russian ambassador to Serbia Aleksandr Konuzin": a place ends the role, a two-word name follows.
  if (
    !institutionTail &&
    nameStart > 0 &&
    FUNCTION_WORD.test(words[nameStart - 1]!) &&
    words.length - nameStart >= 3
  )
    nameStart += 1;
  // "Serb Vuk Jeremić": a leading demonym belongs to the role, not the name.
  while (nameStart < words.length - 2 && isDemonym(words[nameStart]!)) nameStart += 1;
  // "President of Northern Cyprus Mehmet Ali Talat", "Minister of … and Foreign Trade Kamina
  // Johnson-Smith": a role does not end in an adjective; the noun after it is the role's too.
  while (nameStart > 0 && nameStart < words.length - 2 && isAdjective(words[nameStart - 1]!))
    nameStart += 1;
  // "Ambassador to Austria", "Minister of the Chechen Republic of Ichkeria", "Chairman of the Mejlis
  // of the Crimean Tatar People": the capitalised run is the end of a role, not a person.
  const nameEndsRole =
    institutionTail ||
    (nameStart > 0 &&
      (FUNCTION_WORD.test(words[nameStart - 1]!) ||
        (/^the$/i.test(words[nameStart - 1]!) &&
          nameStart > 1 &&
          FUNCTION_WORD.test(words[nameStart - 2]!))));
  // "EU Member States": a capitalised plural of a collective is a group of bodies, not a person.
  const collective = words.length - nameStart === 1 && COLLECTIVE.test(bare(words.at(-1)!));
  if (nameStart < words.length && !nameEndsRole && !collective) {
    const speaker = words.slice(nameStart).join(' ');
    // "The Serbian government under Prime Minister Kostunica": the person's role is what stands
    // after "under", not the body they lead.
    const under = words
      .slice(0, nameStart)
      .map((w) => w.toLowerCase())
      .lastIndexOf('under');
    const lead = words.slice(under >= 0 ? under + 1 : 0, nameStart);
    // A lone nationality before the name ("Serb Vuk Jeremić") is no role: look for one before it.
    const rest = lead.every(isDemonym) ? '' : dropArticle(lead.join(' '));
    if (rest !== '') return isRoleish(rest) ? { speaker, role: rest } : null;
    // "Argentine Foreign Minister, Jorge Taiana": the role is the segment before, skipping a
    // relative clause about the same person.
    for (let i = segments.length - 2; i >= 0; i--) {
      const previous = dropArticle(dropLead(segments[i]!));
      if (RELATIVE.test(previous)) continue;
      return { speaker, role: isRoleish(previous) ? previous : null };
    }
    return { speaker, role: null };
  }

  // A role with the name before it ("Mourad Medelci, Algerian Foreign Minister, stated") or with
  // no name at all ("a regional government spokeswoman said").
  const role = dropArticle(last);
  if (!isRoleish(role)) return null;
  const previous = segments.length >= 2 ? dropLead(segments.at(-2)!) : '';
  if (isPureName(previous)) return { speaker: tidy(previous), role };
  // "The Cardinal Walter Kasper, President of …": a titled name before the role.
  const titled = previous && /^(?:the\s+)?\p{Lu}/u.test(previous) ? resolveSubject(previous) : null;
  if (titled && titled !== 'pronoun' && titled.speaker)
    return { speaker: titled.speaker, role: titled.role ? `${titled.role}, ${role}` : role };
  return { speaker: null, role };
}

// ---------------------------------------------------------------------------------------------
// Quotes

const SPEECH_VERB_SOURCE = QUOTING_VERB_SOURCE;
const SPEECH_VERB = new RegExp(SPEECH_VERB_SOURCE, 'g');
const HAS_SPEECH_VERB = new RegExp(SPEECH_VERB_SOURCE);
const POST_INVERTED =
  /^\s*[,.;:]?\s*(?:said|stated|noted|added|wrote|declared|asked|continued|replied|responded)\s+([^,.;:"“”]+)/;
const POST_SUBJECT =
  /^\s*[,.;:]?\s*([^,.;:"“”]{1,80}?)\s+(?:(?:has|had)\s+)?(?:said|stated|noted|added|wrote|declared|announced|told|asked)\b/;

interface Span {
  start: number;
  end: number;
  text: string;
}

// 'dirty political game': a phrase in single quotation marks. The opening mark follows a space or
// a bracket and the closing one precedes a space or punctuation, so an elision ("rock 'n' roll",
// "the '90s") or a possessive ("the states' rights") is no quotation. Inside the phrase a mark
// between two letters is an apostrophe ("all [Kosovo's] neighbours", an editor's insertion kept
// in the quoted words), so it never closes the phrase.
const SINGLE_QUOTED =
  /(?<=^|[\s(])['‘]([\p{L}[](?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L})){0,78}[\p{L}\p{N}!?.\]])['’](?=[\s,.;:)!?]|$)/gu;

/** Phrases in single quotation marks outside any double-quoted words (those nest inside them). */
export function singleQuotedSpans(sentence: string): Span[] {
  const doubles = doubleQuotedSpans(sentence);
  return [...sentence.matchAll(SINGLE_QUOTED)]
    .filter((m) => !doubles.some((d) => m.index >= d.start && m.index < d.end))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1]!.trim() }));
}

function quotedSpans(sentence: string): Span[] {
  return [
    ...doubleQuotedSpans(sentence)
      .map((s) => ({
        start: s.start,
        end: s.end,
        text: sentence.slice(s.innerStart, s.innerEnd).trim().replace(/\s*,$/, '').trim(),
      }))
      .filter((s) => s.text !== ''),
    ...singleQuotedSpans(sentence),
  ].sort((a, b) => a.start - b.start);
}

function attributeBefore(pre: string, quoteText: string): Resolved {
  for (const verb of pre.matchAll(SPEECH_VERB)) {
    const resolved = resolveSubject(pre.slice(0, verb.index));
    if (resolved === 'pronoun') return resolved;
    if (resolved) return resolved;
    // "…," said Erekat, "…"
    const after = /^\s+([^,.;:]+)/.exec(pre.slice(verb.index + verb[0].length))?.[1] ?? '';
    if (isPureName(after)) return { speaker: tidy(after), role: null };
  }
  // "the Vietnamese UN Ambassador Le Luong Minh "reaffirmed …"": the quote is the predicate.
  if (/^\p{Ll}/u.test(quoteText) && !HAS_SPEECH_VERB.test(pre)) {
    const resolved = resolveSubject(pre);
    if (resolved && resolved !== 'pronoun' && resolved.speaker) return resolved;
  }
  return null;
}

function attributeAfter(post: string): Resolved {
  const inverted = POST_INVERTED.exec(post)?.[1];
  if (inverted && isPureName(inverted)) return { speaker: tidy(inverted), role: null };
  const subject = POST_SUBJECT.exec(post)?.[1];
  if (subject && subject.split(/\s+/).length <= 8) return resolveSubject(subject);
  return null;
}

type Antecedent = { speaker: string; role: string | null } | null;

// "He said that \"…\"", "\"…,\" she added": a singular personal pronoun speaks.
const PERSONAL_BEFORE = new RegExp(
  String.raw`\b(?:[Hh]e|[Ss]he)\s+(?:(?:also|then|later|further|again|\p{Ll}+ly)\s+)?(?:${SPEECH_VERB_SOURCE})[^"“”]*$`,
  'u',
);
const PERSONAL_AFTER = new RegExp(
  String.raw`^\s*[,.]?\s*(?:he|she)\s+(?:said|stated|added|noted|wrote|continued|declared)\b`,
);

/**
 * The person a later sentence's "he" or "she" takes up: the one the sentence before named as
 * speaker, when that is a personal name ("Romulo stated … He said that \"…\"").
 */
function personSpeaking(sentence: string, quotes: Quote[]): Antecedent {
  const quoted = quotes.findLast((q) => q.speaker !== null && isPersonName(q.speaker));
  if (quoted) return { speaker: quoted.speaker!, role: quoted.role };
  // Only a speaker of words: "Ana Ruiz met Juan Soto. \"No,\" he said." leaves "he" open.
  const stated = HAS_SPEECH_VERB.test(sentence) ? statementSpeaker(sentence) : null;
  return stated && isPersonName(stated.speaker) ? stated : null;
}
const isPersonName = (name: string) => isPureName(name) && !asInstitution(name);

function quotesInSentence(sentence: string, antecedent: Antecedent = null): Quote[] {
  const spans = quotedSpans(sentence);
  const out: Quote[] = [];
  let previous: Quote | null = null;
  spans.forEach((span, i) => {
    const pre = sentence.slice(i === 0 ? 0 : spans[i - 1]!.end, span.start);
    const post = sentence.slice(span.end, spans[i + 1]?.start ?? sentence.length);
    let who = attributeBefore(pre, span.text);
    // A second quotation joined by "and that …" continues the same person's words.
    if (
      who === null &&
      previous &&
      (!HAS_SPEECH_VERB.test(pre) || /^\s*,?\s*(?:and|but|or)\b/.test(pre))
    )
      who = { speaker: previous.speaker, role: previous.role };
    if (who === null) who = attributeAfter(post);
    // A "he" or "she" of the sentence after the one that named the speaker is that person.
    if (
      antecedent &&
      (who === 'pronoun' || who === null) &&
      (PERSONAL_BEFORE.test(pre) || PERSONAL_AFTER.test(post))
    )
      who = antecedent;
    const resolved = who === 'pronoun' || who === null ? { speaker: null, role: null } : who;
    const quote: Quote = {
      text: span.text,
      speaker: resolved.speaker,
      role: resolved.role,
      kind: isDocumentQuote(sentence.slice(0, span.start)) ? 'document' : 'speech',
    };
    out.push(quote);
    previous = quote;
  });
  return out;
}

/** Quotations in "…", “…” or „…“ with the speaker and role where the sentence names them. */
export function findQuotes(
  sentenceOrParagraph: string,
  /** The person the statement's speaker rules found ("he" of its first sentence, issue 15). */
  speaker: { name: string; role: string | null } | null = null,
): Quote[] {
  const out: Quote[] = [];
  let antecedent: Antecedent =
    speaker && isPersonName(speaker.name) ? { speaker: speaker.name, role: speaker.role } : null;
  for (const sentence of splitSentences(sentenceOrParagraph)) {
    const quotes = quotesInSentence(sentence, antecedent);
    out.push(...quotes);
    antecedent = personSpeaking(sentence, quotes);
  }
  return out;
}

/**
 * Who makes a statement that quotes nobody: the named subject of its first sentence's first
 * speech verb ("On 4 April 2011 Sargsyan said …" → Sargsyan). Null where the sentence names no
 * person or body before the verb — the same caution as for quotes.
 */
export function statementSpeaker(
  statement: string,
): { speaker: string; role: string | null } | null {
  const sentence = splitSentences(statement)[0] ?? statement;
  // "This stance was reiterated in October 2009 by The President of Cyprus Dimitris Christofias, who said":
  // the agent of a passive is the speaker.
  const passive = PASSIVE_AGENT.exec(sentence);
  if (passive) {
    const resolved = resolveSubject(passive[1]!);
    if (resolved && resolved !== 'pronoun' && resolved.speaker)
      return { speaker: resolved.speaker, role: resolved.role };
  }
  const verb = new RegExp(ACT_VERB_SOURCE).exec(sentence);
  if (!verb) return null;
  const resolved = resolveSubject(sentence.slice(0, verb.index));
  return resolved && resolved !== 'pronoun' && resolved.speaker
    ? { speaker: resolved.speaker, role: resolved.role }
    : null;
}

// Verbs by which a statement's subject speaks or acts ("Evo Morales refused…", "Ri Pyong Du visited…").
const ACT_VERB_SOURCE = String.raw`${SPEECH_VERB_SOURCE}|\b(?:refused|compared|welcomed|indicated|expressed|promised|opposed|thanked|visited|sent|pledged|denied|recognised|recognized|reiterated|took|considered|confirmed|announced|signed|received|met|agreed|denies|insists|insisted|argues)\b`;
const PASSIVE_AGENT =
  /\b(?:was|were|been)\s+(?:\w+\s+){0,1}\w+ed\b[^,]*?\bby\s+((?:the\s+)?[\p{Lu}][^,;]*?)(?:,|\s+(?:the same day|on|in)\b|[.;]|$)/u;

// Letters on both sides, not \b: "communiqué" ends on a letter \b does not count as one.
const DOCUMENT_WORD =
  /(?<!\p{L})(?:statement|resolution|release|letter|message|telegram|declaration|website|article|cable|communiqu[eé]|report|opinion|ruling|document|treaty|charter|reads|held that|ruled that|published)(?!\p{L})/giu;
// How far before the quotation a written text can still be where its words come from.
const DOCUMENT_REACH = 80;
// A document the words are about, not in: the object of "in reference to", "about", "on",
// "regarding", "against" ("said in reference to Kosovo's declaration of independence, "We …""),
// with up to three words of its noun phrase between ("to the unilateral declaration").
// "According to the ministry's website" names where the words are: not a topic.
const TOPIC_BEFORE =
  /\b(?:(?<!according\s+)to|about|on|regarding|concerning|against)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/**
 * Whether a quotation is quoted from a written text rather than spoken words: a written text named
 * in the words just before it, as the medium ("wrote in a letter", "issued a statement saying"),
 * not as what is spoken about.
 */
export function isDocumentQuote(before: string): boolean {
  const reach = before.length - DOCUMENT_REACH;
  for (const m of before.matchAll(DOCUMENT_WORD)) {
    const after = before.slice(m.index + m[0].length);
    if (/["“”]/.test(after) || m.index + m[0].length < reach) continue;
    if (!TOPIC_BEFORE.test(before.slice(0, m.index))) return true;
  }
  return false;
}
