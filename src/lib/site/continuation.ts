/**
 * Statements that do not stand alone: a clause cut from its sentence ("after which Kosovo imposed
 * …", "Russia, which has blocked …") or a sentence opening mid-thought ("Secondly, …", "Their
 * replacements …"). The ingest records the sentence each leans on (`Position.context`,
 * src/ingest/statementContext.ts); what is left here is how a page shows it: a statement's card
 * puts the words it leans on before it, dimmed, and a list of openings marks it with "…".
 */
import type { Position } from '../../schemas';
import { opensMidThought } from '../../ingest/statementContext';

type Leaning = Pick<Position, 'text' | 'context'>;

/**
 * Whether a statement leans on words its own text does not carry: it has a context, or it starts
 * in lower case or mid-thought where its source has no sentence before it (it opens its section).
 */
export const leansOn = (p: Leaning): boolean =>
  p.context !== null || /^\p{Ll}/u.test(p.text) || opensMidThought(p.text);

/** The mark a list of openings puts before a statement that leans on what it does not show. */
export const continuationMark = (p: Leaning): string => (leansOn(p) ? '… ' : '');

/**
 * The words of `sentence` before the statement cut from it (`statement`, its own words), the last
 * `max` characters at most, from a word's start; null when its first words are not in the
 * sentence or nothing but punctuation stands before them.
 */
export function wordsBefore(sentence: string, statement: string, max = 110): string | null {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const opening = squash(statement).split(' ').slice(0, 6).join(' ');
  const at = opening ? squash(sentence).indexOf(opening) : -1;
  const words = at > 0 ? squash(sentence).slice(0, at).trim() : '';
  if (!/[\p{L}\p{N}]/u.test(words)) return null;
  if (words.length <= max) return words;
  const tail = words.slice(words.length - max);
  return `… ${tail.slice(tail.search(/(?<=\s)\S/))}`;
}
