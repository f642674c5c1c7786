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
import type { Voice } from '../../../schemas';
import { doubleQuotedSpans } from '../../../shared/quotes';
import { mainClause, verbForm } from './mainClause';

// Forms compromise gives a main verb that tells an act in the past.
const PAST_FORMS = new Set(['simple-past', 'passive-past', 'past-perfect', 'past-progressive']);
// 'principled', 'dirty political game': words in single quotation marks, not an apostrophe.
const SINGLE_QUOTED = /(?:^|[\s(])['‘][^'‘’\n]{2,80}['’](?=[\s,.;:)]|$)/u;

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

/** Whether the text gives words in quotation marks (double, or single around a phrase). */
export function hasQuotedWords(text: string): boolean {
  // Words in double quotes, even one ("take note"), are the actor's own when the actor speaks.
  return doubleQuotedSpans(text).some((q) => q.end - q.start > 2) || SINGLE_QUOTED.test(text);
}

// A subject that is a stance or a tie of the actor rather than the actor ("This position is
// rooted in …", "Russia's support for Serbia has been crucial"): the source reasons about it.
const ABSTRACT_SUBJECT =
  /\b(?:position|stance|support|commitment|opposition|reason|relationship|relations|policy|view|views|interests?|influence|role|approach|attitude|refusal|lack|ties|alliance|dynamics|factors?|power)$/i;

// Words in quotation marks that are the subject of a copula ("'X can never be Y,' is the refrain
// …"): the source talks about a phrase, nobody is quoted saying it here.
const MENTIONED_WORDS = /^["“][^"”]+["”],?\s+(?:is|was|has\s+been|had\s+been|remains|became)\b/;

export function statementVoice(e: VoiceEvidence): Voice {
  if (e.reporter) return 'reported';
  if (MENTIONED_WORDS.test(e.first)) return 'analysis';
  if (hasQuotedWords(e.first) && (e.isSubject || e.speaks)) return 'quoted';
  const clause = mainClause(e.first);
  if (e.dated || e.speaks) return 'stated';
  // The head of the subject: "the veto power of Russia and China" → "the veto power".
  const head = clause.subject?.text.split(/\s+(?:of|that|which|for|to|from|by|in|with)\b/)[0] ?? '';
  if (ABSTRACT_SUBJECT.test(head)) return 'analysis';
  // A present perfect ("has resisted", "has played an active role") tells a standing record, as
  // the present tells a stance: described. A past tense tells an act.
  const form = verbForm(e.first);
  const act = form !== null && PAST_FORMS.has(form);
  if (act && e.isSubject) return 'stated';
  return e.isSubject ? 'described' : 'analysis';
}
