import type { ActorRef, Claim, Position } from '../schemas';
import { toSlug } from '../shared/slug';
import { splitSentences } from './extract/quotes';
import { findDates } from './extract/dates';
import { statedDate } from './extract/statements';
import { sourcePatterns, type SourcePatterns } from '../shared/sourcePatterns';
import { escapeRegExp } from '../shared/text';
import { SUBJECT } from '../shared/subject';

/**
 * Disputed recognitions in the statements about a state: who says it recognised Kosovo (a note
 * verbale, a resolution, a thank-you) and who denies it, each as its own claim with its claimant.
 * The grammar is here; phrases of single sentences are in content/editorial/source-patterns.yaml
 * (disputeAssertions, disputeDenials).
 */
const ASSERTS = new RegExp(
  String.raw`\bhad (already )?recognised ${escapeRegExp(SUBJECT.name)}`,
  'i',
);
const DENIES = /\bdenied\b/i;
// "denied that they had received any such note": the denial is of a note reaching the claimant,
// which says nothing of whether the state recognised Kosovo.
const DENIES_RECEIPT =
  /\b(?:denied|denies|deny)\b[^.;]*?\b(?:received|receiving|got|getting)\b[^.;]*?\b(?:note|letter|notification|message|document)s?\b/i;
// "the recognition was invalid", "the process of recognition was an anomalous situation": the
// recognition is taken as given and its validity denied, which is not saying it was never given.
const INVALIDATES =
  /\brecognition\b[^.;]*?\b(?:is|was|were|has been|had been|would be)\s+(?:not\s+valid\b|(?:an?\s+)?(?:\w+\s+)?(?:invalid|void|null|illegal|unlawful|illegitimate|unconstitutional|irregular|anomalous)\b)/i;
// "the August 2012 publication of a note verbale": the date a document came out, written on the noun
// that names its coming out. It dates the note a claim is about, not what anyone did about it after.
const DOCUMENT_APPEARED =
  /\b((?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?\d{4})\s+(?:publication|release|leak|leaking|appearance)\s+of\s+(?:a|an|the)\s+(?:note|letter|document|notification|message)/;

/** The date a sentence gives a document's coming out ("the August 2012 publication of a note"). */
export function documentDate(sentence: string): string | null {
  const phrase = DOCUMENT_APPEARED.exec(sentence)?.[1];
  return phrase ? (findDates(phrase)[0]?.date ?? null) : null;
}

// Reported speech, in the words English uses for it: the source does not vouch for the act.
const REPORTED = /\bit was reported\b|\breportedly\b|\bpurportedly\b/;

const REPORTS: ActorRef = {
  type: 'other',
  id: 'unattributed-reports',
  // A description, lower-case and plural ("unnamed reports say …"): the source names no reporter.
  name: 'unnamed reports',
};

export function disputedRecognitionClaims(
  positions: Position[],
  patterns: Pick<SourcePatterns, 'disputeAssertions' | 'disputeDenials'> = sourcePatterns(),
): Claim[] {
  const out: Claim[] = [];
  // What a sentence asserts: a disputed note when a phrase naming one matches, else a recognition.
  const assertion = (sentence: string): Claim['what'] | null => {
    const phrases = patterns.disputeAssertions.filter((p) => p.re.test(sentence));
    if (phrases.some((p) => p.what === 'disputed-note-verbale')) return 'disputed-note-verbale';
    return phrases.length > 0 || ASSERTS.test(sentence) ? 'recognises' : null;
  };
  const denies = (sentence: string): boolean =>
    DENIES.test(sentence) ||
    INVALIDATES.test(sentence) ||
    patterns.disputeDenials.some((p) => p.re.test(sentence));
  // What a denial denies: receiving the note, the recognition's validity, or the recognition.
  const denial = (sentence: string): Claim['what'] =>
    DENIES_RECEIPT.test(sentence)
      ? 'denied-note'
      : INVALIDATES.test(sentence)
        ? 'recognition-invalid'
        : 'never-recognised';
  const stateOf = (p: Position): ActorRef | undefined =>
    p.actor.type === 'state' ? p.actor : p.parties.find((x) => x.type === 'state');
  // A denial is a claim only about a state someone says recognised Kosovo ("However, Pacolli and
  // Hoxhaj quickly denied …" after the reported note of Myanmar), not any "denied" (visas denied).
  const asserted = new Set(
    positions
      .filter((p) => splitSentences(p.text).some((s) => assertion(s) !== null))
      .map((p) => stateOf(p)?.id),
  );
  for (const p of positions) {
    // The state the claim is about: the actor, or the state a Kosovo official speaks about.
    const state = stateOf(p);
    if (!state || !asserted.has(state.id)) continue;
    const sentences = splitSentences(p.text);
    for (const sentence of sentences) {
      const asserted = assertion(sentence);
      const denied = denies(sentence);
      if (!asserted && !denied) continue;
      const stated = statedDate(sentence)?.date ?? p.date;
      // Statements are attributed to whoever speaks in them (prosePositions), so Kosovo's officials' are Kosovo's.
      const kosovoSpeaks = p.actor.id === SUBJECT.id;
      const add = (claimant: ActorRef, what: Claim['what']) => {
        // A disputed note is dated by its own coming out when the sentence gives it; a denial of it,
        // which came after, keeps the sentence's or the statement's date.
        const date = what === 'disputed-note-verbale' ? (stated ?? documentDate(sentence)) : stated;
        out.push({
          id: toSlug(`${claimant.id} ${what} ${state.id} ${date ?? ''}`),
          claimant,
          subject: state.id,
          what,
          count: null,
          date,
          text: sentence,
          formerIds: [],
          sources: p.sources,
        });
      };
      if (asserted) {
        // "Pacolli and Hoxhaj quickly denied …" denies; a note "purportedly signed" is reported, not Kosovo's word.
        const claimant =
          denied && kosovoSpeaks
            ? null
            : kosovoSpeaks
              ? SUBJECT
              : REPORTED.test(sentence)
                ? REPORTS
                : state;
        if (claimant) add(claimant, asserted);
      }
      if (denied) add(kosovoSpeaks ? SUBJECT : state, denial(sentence));
    }
  }
  return out;
}
