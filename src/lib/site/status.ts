/**
 * Status in words. The site always says a state's status in text (never by colour alone), and
 * the first sentence of a state page is one a reader can quote.
 */
import type { Claim, State } from '../../schemas';
import { formatInterval, formatPartialDate, precisionOf } from './dates';
import { SUBJECT } from '../../shared/subject';

// The status vocabulary is shared with the map (src/shared/status.ts).
export { STATUS_DESCRIPTION, STATUS_LABEL, STATUS_ORDER, STATUS_VERB } from '../../shared/status';

export const KOSOVO_ID = SUBJECT.id;

export const KIND_LABEL: Record<State['kind'], string> = {
  'un-member': 'UN member state',
  'non-member-state': 'Non-member state',
  'other-entity': 'Other entity',
};

/** "on 17 February 2008" / "in February 2008" / "in 2008". */
export function datePhrase(date: string): string {
  return `${precisionOf(date) === 'day' ? 'on' : 'in'} ${formatPartialDate(date)}`;
}

/**
 * Who says a state's withdrawal did not happen: a claim about that state that it recognises, or
 * that disputes its withdrawal. A general dispute of "the withdrawals Serbia claims" names no
 * state and hedges none (Togo's is in the article's own table).
 */
export function withdrawalDisputedBy(
  state: Pick<State, 'id'>,
  claims: readonly Pick<Claim, 'subject' | 'what' | 'claimant'>[],
): string[] {
  const by = claims
    .filter(
      (c) =>
        c.subject === state.id && (c.what === 'recognises' || c.what === 'disputes-withdrawals'),
    )
    .map((c) => c.claimant.name);
  return [...new Set(by)];
}

/**
 * A withdrawal as every page words it, after the state's name (pages review 8, finding 9: the
 * timeline's "reported to withdraw" against Togo's "withdrew recognition on 28 June 2019"): plainly,
 * hedged only when a claim names the state and says otherwise.
 */
export function withdrewRecognition(disputedBy: readonly string[] = []): string {
  if (disputedBy.length === 0) return 'withdrew recognition';
  const who = new Intl.ListFormat('en', { type: 'conjunction' }).format(disputedBy);
  return `withdrew recognition, which ${who} ${disputedBy.length === 1 ? 'disputes' : 'dispute'}`;
}

/**
 * A withdrawal as a state's key facts word it, in the words home and /counts/ use ("withdrew
 * recognition", "date not given"): "Reported; no date given" hedged on state pages alone what the
 * other pages state plainly (pages review 9, #12).
 */
export function withdrawalFact(date: string | null): string {
  return `Withdrew recognition${date ? ` ${datePhrase(date)}` : '; date not given'}.`;
}

/**
 * A withdrawal and its reversal in one phrase, so a reversed withdrawal never stands alone beside
 * "Recognised": "Withdrawn on 21 November 2017, annulled on 2 February 2018", "Withdrawn on
 * 18 January 2019, recognition resumed on 20 October 2023".
 */
export function withdrawalPhrase(w: NonNullable<State['withdrawal']>): string {
  const withdrawn = `Withdrawn${w.date ? ` ${datePhrase(w.date)}` : ', date not given'}`;
  if (!w.reversed) return withdrawn;
  const back = w.reversed.date ? ` ${datePhrase(w.reversed.date)}` : '';
  return `${withdrawn}, ${w.reversed.how === 'resumed' ? 'recognition resumed' : 'annulled'}${back}`;
}

type SentenceState = Pick<State, 'id' | 'name' | 'status' | 'recognition' | 'withdrawal'>;

export const KIND_LABEL_PLURAL: Record<State['kind'], string> = {
  'un-member': 'UN member states',
  'non-member-state': 'Non-member states',
  'other-entity': 'Other entities',
};

/** When the recognition happened, as a clause: " on 18 February 2008", " at a date between … (inferred)". */
function recognitionClause(state: SentenceState): string {
  const r = state.recognition;
  if (!r) return '';
  if (r.date) return ` ${datePhrase(r.date)}`;
  if (r.dateInferred)
    return ` at a date ${formatInterval(r.dateInferred)} (inferred, no source gives the date)`;
  return '';
}

/**
 * The one-sentence status of a state, e.g. "Belarus does not recognise Kosovo as an independent
 * state." It follows the recognition article's tables; claims that contradict it are shown beside it.
 */
export function statusSentence(state: SentenceState): string {
  if (state.id === KOSOVO_ID)
    return `${state.name} is the state whose international recognition this Atlas follows.`;
  const w = state.withdrawal;
  switch (state.status) {
    case 'recognised': {
      let sentence = `${state.name} recognised ${SUBJECT.name} as an independent state${recognitionClause(state)}.`;
      if (w?.reversed) {
        const when = w.date ? ` ${datePhrase(w.date)}` : '';
        const back = w.reversed.date ? ` ${datePhrase(w.reversed.date)}` : '';
        sentence +=
          w.reversed.how === 'resumed'
            ? ` It ${withdrewRecognition()}${when} and resumed it${back}.`
            : ` A withdrawal${when} was annulled${back}.`;
      }
      return sentence;
    }
    case 'withdrawn': {
      const when = w?.date ? ` ${datePhrase(w.date)}` : '';
      return `${state.name} recognised ${SUBJECT.name} as an independent state${recognitionClause(state)} and ${withdrewRecognition()}${when}.`;
    }
    case 'not-recognised':
      return `${state.name} does not recognise ${SUBJECT.name} as an independent state.`;
  }
}

/** Ordinal in English: 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Which table of the recognition article a row sits in, in words. */
export const TABLE_LABEL: Record<NonNullable<State['recognition']>['table'], string> = {
  'un-members': `UN member states that recognised ${SUBJECT.name}`,
  'non-un': `non-UN states that recognised ${SUBJECT.name}`,
  withdrawn: 'states that withdrew recognition',
};
