import { findDates } from './dates';
import { splitSentences } from './quotes';
import { doubleQuotedSpans } from '../../shared/quotes';

export interface StatementPiece {
  text: string;
  date: string | null;
}

// A date within the opening words marks the start of a new dated statement ("In 2022, …").
const OPENING = 60;

// Dates after "since" say how long something lasted, not when the statement was made.
const afterSince = (sentence: string, index: number) => /\bsince\b[^,.;]*$/.test(sentence.slice(Math.max(0, index - 80), index));

/**
 * The first date of a sentence that is not introduced by "since" and not inside quoted words (a
 * date NATO quotes from an earlier agreement does not date NATO's statement).
 */
export function statedDate(sentence: string): { date: string; index: number } | null {
  const quoted = doubleQuotedSpans(sentence);
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  const d = findDates(sentence).find((x) => !afterSince(sentence, x.index) && !inQuote(x.index));
  return d ? { date: d.date, index: d.index } : null;
}

function leadingDate(sentence: string): string | null {
  const first = statedDate(sentence);
  return first && first.index <= OPENING ? first.date : null;
}

/**
 * Splits one table cell or paragraph into statements: a sentence that opens with a date different
 * from the running statement's starts a new one; undated sentences continue the running one. The
 * first statement takes the first date anywhere in its first sentence.
 */
export function splitStatements(text: string): StatementPiece[] {
  const sentences = splitSentences(text.replace(/([a-z)\]]["”]?\.["”]?)(?=[A-Z][a-z])/g, '$1 '))
    // "… stated X, but in September 2008 Sargsyan stated Y": two dated statements in one sentence.
    .flatMap((s) => s.split(/,\s*(?=but\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b)/));
  const pieces: StatementPiece[] = [];
  for (const sentence of sentences) {
    // "According to Serbia, … in January 2010." reports another episode, whatever its date's position.
    const lead = leadingDate(sentence) ?? (/^According to\b/.test(sentence) ? (statedDate(sentence)?.date ?? null) : null);
    const current = pieces.at(-1);
    if (!current || (lead !== null && lead !== current.date)) {
      pieces.push({ text: sentence, date: lead ?? statedDate(sentence)?.date ?? null });
    } else {
      current.text = `${current.text} ${sentence}`;
    }
  }
  return pieces.map((p) => ({ ...p, text: p.text.trim() })).filter((p) => p.text !== '');
}

const SPEECH = /\b(said|says|stated|states|announced|wrote|declared|affirmed|reaffirmed|reiterated|claimed|called|expressed|stressed|refused|welcomed|issued|told|noted|urged|agreed|denied|promised|indicated|opposed|compared|accused|recognised|recognized)\b/;

/** Where the first active speech verb starts ("Dačić said"), ignoring passives ("was declared"); -1 if none. */
export function speechVerbIndex(sentence: string): number {
  const re = new RegExp(SPEECH.source, 'g');
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (/\b(was|were|been|be|being|is|are)\s+(\S+\s+){0,3}$/.test(sentence.slice(0, m.index))) continue;
    return m.index;
  }
  return -1;
}

/** A prose sentence is a statement when it is dated and someone says or does something in it. */
export function isDatedStatement(sentence: string): boolean {
  return statedDate(sentence) !== null && speechVerbIndex(sentence) >= 0;
}
