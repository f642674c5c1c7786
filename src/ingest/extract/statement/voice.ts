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
import { mainClause } from './mainClause';

// Forms compromise gives a main verb that tells an act in the past.
const PAST_FORMS = new Set(['simple-past', 'passive-past', 'past-perfect', 'past-progressive']);
// Verbs of holding a view or a state of things rather than of doing something.
const STANCE =
  /\b(?:maintain|remain|continue|hold|keep|kept|support|oppose|reject|recogni[sz]e|believe|consider|view|regard|insist|been|had|have|share|enjoy|seek|sought|want|favou?r|back|refuse|stand|stood|take|taken)\w*$/i;
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
  return doubleQuotedSpans(text).some((q) => q.end - q.start > 2) || SINGLE_QUOTED.test(text);
}

export function statementVoice(e: VoiceEvidence): Voice {
  if (e.reporter) return 'reported';
  if (hasQuotedWords(e.text) && (e.isSubject || e.speaks)) return 'quoted';
  const clause = mainClause(e.first);
  const form = clause.form;
  const act =
    form !== null &&
    (PAST_FORMS.has(form) ||
      // "has closed the paper" tells an act; "has remained against" a stance.
      (form === 'present-perfect' && !STANCE.test(clause.verb ?? '')));
  if (e.dated || e.speaks || (act && e.isSubject)) return 'stated';
  return e.isSubject ? 'described' : 'analysis';
}
