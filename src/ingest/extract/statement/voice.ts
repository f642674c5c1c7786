/**
 * In whose voice a statement is told, read from what the sentence says rather than from what the
 * rules happened to find (a date, a speaker):
 * - `reported`: the source gives someone else's account ("According to …", "it was reported").
 * - `quoted`: the actor's own words in quotation marks.
 * - `stated`: an act told as having happened — a past-tense main verb, a date, a speech verb.
 * - `described`: the actor, as the subject, holds a stance ("does not recognise", "has remained
 *   against"): the source describes a position, no act.
 * - `analysis`: the source reasons about the actor, who is not the subject of its sentence.
 */
import { nominalActAgent } from './nominalActs';
import { findDates } from '../dates';
import type { Voice } from '../../../schemas';
import { doubleQuotedSpans, type QuotedSpan } from '../../../shared/quotes';
import { isPersonalName, mainClause, verbForm } from './mainClause';
import { singleQuotedSpans, splitSentences } from '../quotes';
import { QUOTING_VERB_SOURCE, SPEECH_VERB_WORDS } from './speechVerbs';
import { alternation, BODIES, OFFICES, plural, SPOKESBODIES } from './offices';
import {
  isContinuingConduct,
  isGenericPlural,
  keepsFrom,
  namesOccasion,
  negationOnOccasion,
  tellsRepetition,
} from './aspect';

// Forms compromise gives a main verb that tells an act (stance verbs aside, see STANCE_VERB).
const ACT_FORMS = new Set([
  'simple-past',
  'passive-past',
  'past-perfect',
  'past-progressive',
  'present-perfect',
  'present-progressive',
]);

export interface VoiceEvidence {
  /** The statement's text (its first sentence decides the verb). */
  text: string;
  /** The first sentence of the statement. */
  first: string;
  /** The statement has a date of its own, or one qualified as "after"/"since" an act. */
  dated: boolean;
  /** A speech verb with the actor or its official as subject ("X said", "the ministry stated"). */
  speaks: boolean;
  /** The actor is the subject of the sentence (not only named in it). */
  isSubject: boolean;
  /** Who the source says reports it, if anyone. */
  reporter: string | null;
}

// Words that cannot be the noun a quoted word modifies: after '"illegal" under international law'
// the quoted word is the speaker's judgement, not part of a term.
const FUNCTION_WORD =
  /^(?:under|in|on|at|by|to|for|of|from|with|without|and|or|but|nor|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|not)$/;

/**
 * One word in quotation marks that modifies the noun after it ('the right for "external"
 * self-determination'): the source marks a term, nobody's words are given.
 */
function isQuotedTerm(text: string, q: QuotedSpan): boolean {
  // '"principled," based on …': a quote that ends on a comma ends a clause, no term goes on.
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  if (!q.closed || /\s|[,.;:!?]$/.test(inner)) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(q.end));
  return next !== null && !FUNCTION_WORD.test(next[1]!);
}

/** Whether the text gives words in quotation marks (double, or single around a phrase). */
export function hasQuotedWords(text: string): boolean {
  // Words in double quotes, even one ("take note", '"illegal" under'), are the actor's own when the
  // actor speaks; a one-word term before its noun is not.
  return (
    doubleQuotedSpans(text).some((q) => q.end - q.start > 2 && !isQuotedTerm(text, q)) ||
    // 'principled', 'dirty political game': the same spans the quotes are read from.
    singleQuotedSpans(text).length > 0
  );
}

// A subject that is a stance or a tie of the actor rather than the actor ("This position is
// rooted in …", "Russia's support for Serbia has been crucial"): the source reasons about it.
// The plural names the same things ("These positions were shaped by …").
const ABSTRACT_SUBJECT =
  /\b(?:positions?|stances?|support|commitments?|opposition|reasons?|relationships?|relations|polic(?:y|ies)|views?|interests?|influence|roles?|approach(?:es)?|attitudes?|refusals?|lack|ties|alliances?|dynamics|factors?|power)$/i;

const DEMONSTRATIVE_THING =
  /^(?:this|these|those|such)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/iu;
// The head of a subject that names people or bodies who act ("these officials", "such states").
const ACTING_NOUN = new RegExp(
  String.raw`\b(?:${alternation([...OFFICES, ...OFFICES.map(plural), ...BODIES, ...BODIES.map(plural)])}|countries|states|nations|people)$`,
  'i',
);

const IMPERSONAL_VIEW =
  /^(?:(?:However|Moreover|Still|Yet),?\s+)?[Ii]t\s+(?:is|was|has|had)\s+(?:(?:\p{Ll}+ly|long|also|now|still|been)\s+)*\p{Ll}+(?:ed|wn|ght)\s+that\b/u;

// Words in quotation marks that are the subject of a copula ("'X can never be Y,' is the refrain
// …"): the source talks about a phrase, nobody is quoted saying it here.
const MENTIONED_WORDS = /^["“][^"”]+["”],?\s+(?:is|was|has\s+been|had\s+been|remains|became)\b/;

// A concessive clause with no main clause left after it (no comma): one `splitActs` cut off.
const CUT_CONCESSION = /^(?:Even\s+though|Though|Although|While|Whilst|Whereas)\s[^,;]+$/;

// Verbs that hold a state rather than tell an act: "has played an active role", "continued to have
// opposite views", "maintained an active presence", "has consistently pursued a policy". In any
// tense they describe a stance or a standing record, unless a date makes them one occasion.
const STANCE_VERB =
  /^(?:is|are|was|were|be|been|being|has|have|had|having|plays?|played|playing|remains?|remained|maintains?|maintained|keeps?|kept|continues?|continued|pursues?|pursued|resists?|resisted|enjoys?|enjoyed|stands?|stood|stays?|stayed|views?|viewed|regards?|regarded|considers?|considered|advocates?|advocated|favou?rs?|favou?red|sees?|saw|seen)$/i;
// A speech verb in the present tense tells a standing view ("Russia argues that …", "Moscow
// insists"), not words said on one occasion.
const PRESENT_SPEECH =
  /^(?:argues|insists|maintains|contends|holds|says|claims|asserts|alleges|states|stresses|considers|believes|rejects|denies|views|regards|sees|opposes|supports)$/i;
// A ministry, an office or a spokesperson that "denies", "says" or "insists" speaks on an occasion
// (a denial answers a claim, a release has a day): the source tells its words, a state's own view
// ("Russia argues") stays a stance.
const OWN_ORGAN = new RegExp(
  String.raw`^(?:its|their)\s+(?:${alternation([...BODIES, ...BODIES.map(plural), 'consulate', 'consulates', 'diplomats', 'officials'])})$`,
  'i',
);
const BODY_SUBJECT = new RegExp(String.raw`\b(?:${alternation(SPOKESBODIES)})\b`, 'i');
const PRESENT_WORDS =
  /^(?:denies|rejects|says|insists|maintains|contends|argues|holds|claims|asserts|alleges|states|stresses)$/i;
// "It is contended by some scholars that …": a present passive of saying whose agent holds the view
// it gives, on no occasion: a standing position (with no agent it is the source's, read below).
const AGENT_HOLDS_VIEW =
  /^(?:(?:However|Moreover|Still|Yet|Indeed),?\s+)?[Ii]t\s+is\s+(?:\p{Ll}+ly\s+)?(?:said|argued|contended|claimed|maintained|asserted|held|alleged|insisted)\s+by\s+[^,;]+?\s+that\b/u;
// A relative clause cut off as an act of its own ("Russia, which has blocked …", "Russia, which
// advocates …"): the parser reads these poorly, so its verb phrase is read here.
const RELATIVE_VERB =
  /^[^,]+,\s+(?:which|who)\s+(?:(?:also|later|then|since|repeatedly|openly|consistently)\s+)*((?:has|have|had)\s+(?:\w+ly\s+)?)?(\p{L}+)/u;
// Auxiliaries and adverbs before the lexical verb: "has consistently pursued" reads "pursued".
// "has consistently used its veto", "has repeatedly refused": a standing record, not one act.
const HABITUAL =
  /\b(?:consistently|repeatedly|always|continually|constantly|long|traditionally|generally|usually|regularly|routinely|systematically)\b/i;
// "since then" after an auxiliary tells occasions ("have since then said"), not a span.
const SPAN =
  /\b(?:[Ss]ince(?!\s+then\b)|[Ff]or\s+(?:many|several|\d+|two|three|four|five|ten)\s+(?:years|decades))\b/;
// "does not recognise", "has not recognised", "has never recognised", "has no policy": a present or
// perfect negated tells that nothing happened, so no occasion: a standing stance the source
// describes, whatever verb follows ("recognised" is a stance verb of the speech list, and a second
// clause's speaker is no speaker of this one).
const NEGATED_STANCE =
  /^(?:has|have|does|do|is|are)\s+(?:\p{Ll}+ly\s+)?(?:not|never|no)\b(?!\s+(?:only|just)\b)/iu;
// A present perfect whose object names a stance: "has taken a more cautious line", "have tied
// their position to …". Verbs that change or leave a stance tell an act ("has changed its position").
const STANCE_OBJECT =
  /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?!(?:changed|shifted|reversed|revised|abandoned|softened|hardened|reconsidered|dropped)\b)\p{Ll}+\s+(?:a|an|its|their|the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:line|position|stance|policy|approach|attitude)\b/u;
// A perfect of a verb of saying and its "that" clause, an adverb of manner or habit between.
// Any adverb but a negation may stand there ("has likewise said", "has also stated", "have since
// argued"): "has never said that" tells no words.
const PERFECT_SAYS_THAT =
  /\b(?:has|have|had)\s+(?:(?!(?:not|never|no)\b)\p{Ll}+\s+){0,2}?(?:said|stated|argued|explained|maintained|insisted|claimed|declared|warned|stressed|noted|asserted|contended|reiterated|repeated|affirmed|acknowledged|suggested|made\s+clear)\s+that\b/u;
// A subject quantified by "no" ("no Chilean government", "none of its ministers").
const NO_ONE = /^(?:no|none\s+of)\s/i;
// "…, stating that any change should …": a participle of saying gives the actor's words with it.
const SPEECH_PARTICIPLE =
  /,\s+(?:\p{Ll}+ly\s+)?(?:stating|saying|declaring|arguing|insisting|explaining|adding)\b/u;
const NOT_LEXICAL = /^(?:has|have|had|is|are|was|were|be|been|do|does|did|not|never|also|\w+ly)$/i;

// Adverbs of habit that only qualify a coordinated verb ("and largely ignored").
const COORDINATED_HABIT =
  /\band\s+(?:has\s+|have\s+)?(?:largely|mostly|generally|usually|consistently|repeatedly|always)\s+\p{Ll}+ed\b/u;

function coordinatedHabit(first: string, verb: string | null): boolean {
  if (!verb) return false;
  const at = first.indexOf(verb);
  if (at < 0) return false;
  // The predicate of the main verb, up to the first punctuation that ends it.
  const predicate = first.slice(at).split(/[,;:]/)[0] ?? '';
  return COORDINATED_HABIT.test(predicate);
}

interface Verb {
  /** The lexical verbs of the main verb phrase ("continued to have" → continued, have). */
  words: string[];
  /** compromise's form, or the form read from a relative clause. */
  form: string | null;
  /** An adverb of habit in the verb phrase ("has consistently used"). */
  habitual: boolean;
}

// "X, who held the post from 2011 to 2014, made the region a priority": a relative clause closed
// by a comma before the main verb is an aside on the subject; the main verb is the sentence's.
const RELATIVE_ASIDE =
  /^[^,]+,\s+(?:which|who)\s[^,"“”]*,\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(\p{Ll}+)/u;

function mainVerb(first: string, clause: ReturnType<typeof mainClause>): Verb {
  const aside = RELATIVE_ASIDE.exec(first)?.[1];
  const found = RELATIVE_VERB.exec(first);
  // "Peru supported the plan, which took effect in May": a relative clause after the main verb
  // tells of its object; the parser's verb before the comma is the sentence's.
  const beforeComma = found ? first.slice(0, first.indexOf(',')) : '';
  const verbBefore =
    clause.verb !== null &&
    clause.subject !== null &&
    clause.subject.end <= beforeComma.length &&
    beforeComma.slice(clause.subject.end).includes(clause.verb.split(/\s+/)[0]!);
  const relative =
    (aside !== undefined && (clause.verb ?? '').split(/\s+/).includes(aside)) || verbBefore
      ? null
      : found;
  if (relative)
    return {
      words: [relative[2]!],
      form: relative[1]
        ? /^had/i.test(relative[1])
          ? 'past-perfect'
          : 'present-perfect'
        : /ed$/i.test(relative[2]!)
          ? 'simple-past'
          : 'simple-present',
      habitual: HABITUAL.test(relative[0]),
    };
  // The first lexical verb, and any after "to": "has had" → had, "continued to have" → continued,
  // have; "have enjoyed normalised" → enjoyed.
  let tokens = (clause.verb ?? '').split(/\s+/).filter((w) => w !== '');
  let perfect = false;
  // "officials have since then said": the parser may stop at the auxiliary; its participle follows.
  if (tokens.length === 1 && /^(?:has|have|had)$/i.test(tokens[0]!)) {
    const at = first.indexOf(` ${tokens[0]!} `);
    const participle =
      at >= 0
        ? /^\s+(?:[\p{Ll}]+\s+){0,3}?(said|told|made|sent|met|\p{Ll}+ed)\b/u.exec(
            first.slice(at + tokens[0]!.length + 1),
          )
        : null;
    if (participle) {
      tokens = [tokens[0]!, participle[1]!];
      perfect = true;
    }
  }
  const words: string[] = [];
  tokens.forEach((w, i) => {
    if (w !== 'to' && !NOT_LEXICAL.test(w) && (words.length === 0 || tokens[i - 1] === 'to'))
      words.push(w);
  });
  // Only auxiliaries ("has been relatively"): the last that is not an adverb is the verb.
  const lastVerb = tokens.filter((w) => !/^(?:\w+ly|not|never|also)$/i.test(w)).at(-1);
  if (words.length === 0 && lastVerb) words.push(lastVerb);
  // "were allowed to participate": a passive the parser gives no past form.
  const passive = /^(?:was|were)\s+(?:\w+ly\s+)?\p{L}+ed\b/iu.test(clause.verb ?? '');
  // "has been greeted … by many Albanians": compromise reads a perfect passive as a present
  // passive. Only an agent ("by …") shows the participle names an act: without one, "has been
  // mixed" may be an adjective of state (compromise tags both alike), so only then is it a perfect.
  const perfectPassive =
    /^(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?\p{L}+(?:ed|en|wn)$/iu.test(
      clause.verb ?? '',
    ) &&
    /^[^,;.]*?\sby\s/.test(
      first.slice(first.indexOf(clause.verb ?? '') + (clause.verb ?? '').length),
    );

  // "Russia's unwavering support …": an "-ing" word with no auxiliary is no progressive verb.
  const bareIng = tokens.length === 1 && /ing$/i.test(tokens[0]!);
  return {
    words: bareIng ? [] : words,
    form: passive
      ? 'passive-past'
      : perfect || perfectPassive
        ? 'present-perfect'
        : bareIng
          ? null
          : verbForm(first),
    // "have taken the high road and largely ignored …": an adverb of habit on a verb coordinated
    // with the main one makes the whole predicate a record.
    habitual: HABITUAL.test(clause.verb ?? '') || coordinatedHabit(first, clause.verb),
  };
}

// A copula right after the subject, then a predicate of weight: "is a key ally", "remains vital to".
const EVALUATIVE_PREDICATE =
  /^[^,;]{1,60}?\s(?:is|are|remains|remain)\s(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:\w+ly\s+)?(?:key|vital|crucial|essential|pivotal|critical|central|instrumental|indispensable)\b/i;

// "For Serbia, … is seen as …", "For Romania, there can be …": an opening "For <name>," before a
// present-tense judgement.
const FOR_PARTY_VIEW =
  /^For\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{0,40},\s+[^,;]*?\b(?:is|are|remains|can|cannot|must)\b/u;

// The main verb itself reports words ("Russia's position says …" is rare; "the ministry's statement
// said" is not abstract anyway): only then does an abstract subject speak.
const speechVerbOfSubject = (verb: string | null) =>
  verb !== null && /\b(?:said|says|stated|states|declared|reads?)\b/i.test(verb);

// "…, warning that it would \"…\"": a participle of saying after the main clause gives words too.
const SAYING_PARTICIPLE = String.raw`\b(?:warning|adding|insisting|arguing|declaring|explaining|stressing|noting)\b`;
// "said the decision reflected", "told parliament it would": a subject (a definite noun phrase, a
// name or a pronoun), after the one who is told if any, and a finite verb after the speech verb,
// with no comma or stop between.
const THATLESS_CLAUSE = String.raw`(?:\s+(?:the\s+)?\p{L}+)??\s+(?:(?:the|its|his|her|their)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|\p{Lu}\p{L}+|he|she|it|they)\s+(?:(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does|do)\s+(?:not\s+)?(?:been\s+)?)?\p{Ll}+(?:ed|s)?\b[^"“”.;,:]{0,60}?`;
// A speech verb, or the colon of a citation, that introduces words: right before them ("Borith
// questioned, \"…\"", "in a statement: \"…\"") or through its "that" clause ("He said that \"…\"",
// "They stated that the act is \"illegal\"", "She said two days later that it would \"…\"": an
// adverbial may stand between the verb and its clause). "so-called" is no verb.
// The clause may go without its "that" ("He said the decision reflected \"…\""): a subject and
// its finite verb right after the speech verb, within one stretch of words.
const INTRODUCES_WORDS = new RegExp(
  String.raw`(?<!-)(?:${SPEECH_VERB_WORDS.source}|${QUOTING_VERB_SOURCE}|${SAYING_PARTICIPLE})(?:[^"“”.;,:]{0,50}?\sthat\b[^"“”.;]*?|${THATLESS_CLAUSE})?\s*[,:]?\s*$|:\s*$`,
  'u',
);
// '"…," he said', '"…," said Ruiz': words followed by their speech verb.
const WORDS_THEN_VERB = new RegExp(
  String.raw`^\s*[,.]?\s*(?:\p{L}+\s+){0,3}?(?<!-)${SPEECH_VERB_WORDS.source}`,
  'u',
);

/**
 * Whether a later sentence of a statement gives the speaker's own words: quotation marks that a
 * speech verb introduces or closes. The sentence carries the statement on, so its speaker is the
 * statement's ("He said that \"…\"" after "Romulo stated …"); a phrase in quotation marks with no
 * verb of saying ('the so-called "precedent"') quotes nobody here.
 */
function quotesSpeaker(sentence: string): boolean {
  return doubleQuotedSpans(sentence).some(
    (q) =>
      q.end - q.start > 2 &&
      !isQuotedTerm(sentence, q) &&
      (INTRODUCES_WORDS.test(sentence.slice(0, q.start)) ||
        WORDS_THEN_VERB.test(sentence.slice(q.end))),
  );
}

// "It is necessary to look for …, Putin said at a news conference.": the main verb is the speech
// verb after the words, whatever the reported clause's own verb (a copula here reads as a stance).
// Its subject is a name, a role or a pronoun; the rest tells where or to whom, with no new clause.
const POSTPOSED_SPEECH = new RegExp(
  String.raw`,\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|\p{Ll}[\p{L}'’-]*\s+){0,5}?(?:\p{Lu}[\p{L}.'’-]*|he|she|they|it)\s+(?:later\s+|also\s+)?(?:said|stated|added|noted|told|declared|stressed|insisted|argued|explained|warned|remarked|announced)\b[^,;:"“”]*$`,
  'u',
);

// "This proved to be correct.", "That turned out to be wrong.", "The warning was later confirmed.":
// a pointer back to what was claimed, and the source's verdict on it, closing the sentence. The
// verdict is the source's, not an act of whoever made or is the object of the claim. With a clause
// that tells the act which bore the claim out ("… correct when Belarus withdrew …") the sentence
// tells that act (subject.ts gives it that clause's subject), so the sentence must end here.
const JUDGED_CLAIM = new RegExp(
  String.raw`^(?:(?:However|Indeed|Ultimately|Eventually|In\s+the\s+end),?\s+)?(?:this|that|these|those|it|(?:this|that|these|those|the|such|their|its|his|her)\s+(?:claims?|predictions?|assessments?|views?|warnings?|fears?|concerns?|arguments?|expectations?|forecasts?|assertions?|analys[ie]s|criticisms?|contentions?|suspicions?|hopes?))\s+(?:(?:later|soon|eventually|ultimately|quickly|indeed|also|largely|partly)\s+)*(?:proved|proven|(?:has|have|had)\s+(?:since\s+)?prov(?:ed|en)|turned\s+out|(?:was|were|has\s+been|have\s+been)\s+(?:(?:later|soon|eventually|ultimately|largely|partly)\s+)*(?:confirmed|borne\s+out|vindicated|disproved|disproven|refuted|contradicted|proven|proved))(?:\s+(?:to\s+(?:be|have\s+been)\s+)?(?:\p{Ll}+ly\s+)?(?:correct|right|true|accurate|justified|prescient|well-founded|wrong|false|incorrect|mistaken|unfounded|premature|inaccurate|groundless|baseless))?\s*[.!]?$`,
  'iu',
);

// An opening phrase ("Despite being recognised by …,") and an aside ("notably five member states,")
// are not the subject.
const OPENING_PHRASE =
  /^(?:Despite|Although|Though|While|After|Before|Following|In|On|As|With|Unlike)\b[^,]{0,120},\s*/;
const ASIDE = /^(?:notably|including|such\s+as|especially|particularly|in\s+particular)\b/i;

/**
 * The subject of a sentence the parser reads no subject in, up to its copula across asides:
 * "Despite …, Kosovo's lack of recognition by Russia and others, notably five EU member states,
 * remains …" → "Kosovo's lack of recognition by Russia and others".
 */
function unparsedSubject(first: string): string {
  const rest = first.replace(OPENING_PHRASE, '');
  const before = /^.{0,200}?(?=\s+(?:is|are|was|were|remains|remain|has|have|had)\b)/.exec(
    rest,
  )?.[0];
  if (!before) return '';
  return before
    .split(/,\s*/)
    .filter((seg) => seg.trim() !== '' && !ASIDE.test(seg))
    .join(', ');
}

// A qualifier word right before a date: the date bounds a span rather than dates an act.
const BOUNDING_WORD = /\b(?:after|since|until|till)\s+(?:early\s+|late\s+|mid-?)?$/i;

/** Whether the sentence has dates and each stands after a word that bounds a span with it. */
function onlyBoundingDates(sentence: string): boolean {
  const dates = findDates(sentence);
  return dates.length > 0 && dates.every((d) => BOUNDING_WORD.test(sentence.slice(0, d.index)));
}

export function statementVoice(e: VoiceEvidence): Voice {
  if (e.reporter) return 'reported';
  if (MENTIONED_WORDS.test(e.first)) return 'analysis';
  // "It is widely assumed that …", "It was generally believed that …": an impersonal passive names
  // no one who holds the view, so the source gives it as its own reading (a named or unnamed
  // report, "It was reported that …", has its reporter and is read above).
  if (IMPERSONAL_VIEW.test(e.first)) return 'analysis';
  if (!e.dated && JUDGED_CLAIM.test(e.first)) return 'analysis';
  if (!e.dated && AGENT_HOLDS_VIEW.test(e.first)) return 'described';
  if (hasQuotedWords(e.first) && (e.isSubject || e.speaks)) return 'quoted';
  // "X wrote in 2021 that Y's handling was "out of step" …": words a verb of saying introduces are
  // someone's own words in quotation marks, whether or not the rules could place the speaker.
  if (quotesSpeaker(e.first)) return 'quoted';
  // The guide's quoted is the statement's: any of its sentences that quotes the speaker makes it so.
  if (
    (e.isSubject || e.speaks) &&
    splitSentences(e.text)
      .filter((s) => !e.first.includes(s))
      .some(quotesSpeaker)
  )
    return 'quoted';
  if (POSTPOSED_SPEECH.test(e.first)) return 'stated';
  // "a request from the United States to recognise Kosovo": an act of asking, told as done.
  // "Scholarships …, paid for by the Saudi government since 2002": paying for a thing over a span is
  // a standing act, described; a date of its own would make it an act on that occasion.
  const nominal = nominalActAgent(e.first);
  if (nominal)
    return nominal.standing && (findDates(e.first).length === 0 || onlyBoundingDates(e.first))
      ? 'described'
      : 'stated';
  const clause = mainClause(e.first);
  const verb = mainVerb(e.first, clause);
  // "the two countries have enjoyed …": a subject that points back names the actor of the
  // sentences before, which the statement carries; the actor is the subject all the same.
  // "its initial reactions", "This": a possessive names a thing of the actor, a bare demonstrative
  // may point at an event; neither is the actor.
  // "since 2012 its consulates have issued visas": a possessive of the actor's own organ (its
  // embassies, its government) is the actor acting through it.
  const isSubject =
    e.isSubject ||
    (clause.refersBack &&
      (!/^(?:his|her|their|its|such|which|who)\b|^(?:this|these|that|those)$/i.test(
        clause.subject?.text ?? '',
      ) ||
        OWN_ORGAN.test(clause.subject?.text ?? '')));
  // The head of the subject: "the veto power of Russia and China" → "the veto power".
  // A long sentence the parser gives no subject: the noun phrase before its first verb or relative
  // word. "the main reason Romania does not …": a name after the head opens a clause of its own.
  const subject =
    clause.subject?.text ??
    /^[^,]*?(?=\s+(?:that|which|who|is|are|was|were|has|have|had|remains)\b)/.exec(e.first)?.[0] ??
    unparsedSubject(e.first);
  // The head of the last noun phrase of the subject (an opening aside ends at its comma or
  // parenthesis); after an article a capitalised word opens a clause of its own.
  // An aside the parse leaves in it ("…, notably four member") is no part of the head.
  const phrase =
    subject
      .split(/[,;)]\s*/)
      .filter((seg) => seg.trim() !== '' && !ASIDE.test(seg))
      .at(-1) ?? '';
  const noun = phrase.split(/\s+(?:of|that|which|for|to|from|by|in|with)\b/)[0] ?? '';
  const head = /^(?:the|a|an|this|that|its|their)\s/i.test(noun)
    ? (noun.split(/\s+(?=\p{Lu})/u)[0] ?? '')
    : noun;
  // "These positions reflect …", "This choice shows …": a demonstrative subject that points back to
  // what was told, naming no one who acts, in the present tense is the source reasoning about it.
  // A present perfect relates what was told to what holds now ("This distinction has allowed …");
  // a verb the parser gives no form, with no past in it ("These contacts suggest that …"), is read
  // as the present it is. A past ("This agreement was signed …") may tell an act.
  const presentReading =
    verb.form === 'simple-present' ||
    verb.form === 'present-perfect' ||
    (verb.form === null &&
      clause.verb !== null &&
      !/^(?:was|were|had|did|\p{L}+ed)$/iu.test(clause.verb.split(/\s+/)[0]!));
  const abstract =
    ABSTRACT_SUBJECT.test(head) ||
    (presentReading && DEMONSTRATIVE_THING.test(head) && !ACTING_NOUN.test(head));
  // "By 2020 no Chilean government had changed that position": a subject that "no" quantifies
  // tells that no one acted; a time it is told by bounds the standing, no occasion.
  if (isSubject && NO_ONE.test(clause.subject?.text ?? '') && !hasQuotedWords(e.first))
    return 'described';
  // "Greece did not object to its admission", "Romania did not object." (to what was just told): a
  // negation tied to an occasion tells what the actor did on it; with none, a standing stance.
  if (isSubject && !abstract && negationOnOccasion(e.first)) return 'stated';
  if (
    !e.dated &&
    isSubject &&
    !abstract &&
    NEGATED_STANCE.test(clause.verb ?? '') &&
    !SPEECH_PARTICIPLE.test(e.first)
  )
    return 'described';
  // "Officials have explained that …", "the minister has maintained that …", "they have repeatedly
  // argued that …": a perfect of a verb of saying with its "that" clause gives the words said, an
  // act of speech (however often, or over whatever span), where "has maintained a presence" holds
  // a state. The present ("Peru argues that …") stays a standing view, read below.
  // A person named as the subject ("Ana Ruiz, who became president in 2020, has said that …")
  // speaks whether or not the rules could place whom for: a person's words are an act of speech.
  const personSpeaks = clause.subject !== null && isPersonalName(clause.subject.text);
  // An undated present perfect of a conduct that goes on or recurs describes it ("has courted",
  // "has maintained that …", "has visited more than a dozen times", "Romanian officials have
  // explained that …": a class of people speaks on no one occasion); of one act, it tells it.
  if (
    !e.dated &&
    (isSubject || e.speaks || personSpeaks) &&
    !abstract &&
    verb.form === 'present-perfect' &&
    (tellsRepetition(e.first) ||
      verb.habitual ||
      (!namesOccasion(e.first) &&
        (verb.words.some(isContinuingConduct) ||
          keepsFrom(e.first) ||
          isGenericPlural(clause.subject?.text ?? ''))))
  )
    return 'described';
  if ((isSubject || e.speaks || personSpeaks) && !abstract && PERFECT_SAYS_THAT.test(e.first))
    return 'stated';
  if (!e.dated && isSubject && !abstract && verb.words.length > 0) {
    // "Chile is a key ally of Peru": a copula whose predicate weighs the actor's importance is the
    // source's judgement, not the actor's stance.
    if (EVALUATIVE_PREDICATE.test(e.first)) return 'analysis';
    // "Chile has taken a cautious line", "Madrid has tied its position to …": a perfect whose object
    // is a stance holds that stance, no occasion (a change of it is an act, read below).
    if (STANCE_OBJECT.test(e.first)) return 'described';
    // "Kosovo Albanians continued to have opposite views": every verb of the phrase holds a state.
    if (verb.words.every((w) => STANCE_VERB.test(w))) return 'described';
    if (verb.habitual && verb.form !== null && /present/.test(verb.form)) return 'described';
    // "Since 2011, the EU has facilitated a dialogue": a present perfect over a span is a record.
    if (verb.form === 'present-perfect' && SPAN.test(e.first)) return 'described';
    if (verb.form === 'simple-present' && PRESENT_SPEECH.test(verb.words[0]!))
      // A named speaker (an organ, a person) speaks on an occasion; a state's own view is a stance.
      return (BODY_SUBJECT.test(subject) || personSpeaks) && PRESENT_WORDS.test(verb.words[0]!)
        ? 'stated'
        : 'described';
  }
  // "For Serbia, Russia's support is seen as a counterbalance": a judgement told as a party's own
  // view (the actor rules make that party the actor) describes its stance, whatever the subject.
  if (!e.dated && FOR_PARTY_VIEW.test(e.first)) return 'described';
  // "The position that the government maintains is supported by …": a speech verb inside an
  // abstract subject does not make the actor speak; the source reasons about its stance.
  if (abstract && !e.dated && !speechVerbOfSubject(clause.verb)) return 'analysis';
  // "Though Russia has openly supported Serbia …", a concession cut from its main clause: the source
  // grants a standing stance to set the main act against, not an act on one occasion.
  if (!e.dated && !e.speaks && isSubject && CUT_CONCESSION.test(e.first)) return 'described';
  // "it kept the contribution after 2008": a stance verb whose only date is the one it holds
  // after (or since, until) bounds a standing, no occasion on which the actor acted.
  if (
    e.dated &&
    !e.speaks &&
    isSubject &&
    !abstract &&
    verb.words.length > 0 &&
    verb.words.every((w) => STANCE_VERB.test(w)) &&
    onlyBoundingDates(e.first)
  )
    return 'described';
  if (e.dated || e.speaks) return 'stated';
  if (abstract) return 'analysis';
  // A past tense tells an act; so does a present perfect or progressive of a verb that is not a
  // stance ("has blocked Kosovo's membership", "are holding talks"): stance verbs were read above.
  const form = verb.form;
  const act = form !== null && ACT_FORMS.has(form);
  if (act && isSubject) return 'stated';
  return isSubject ? 'described' : 'analysis';
}
