/**
 * Which timeline events an actor's page shows. An event is its subject's (Kosovo's when it has
 * none) and its parties' (the body Kosovo joined); a state's own recognition, withdrawal and
 * reversal are in its key facts already, so its page lists them only when a published statement
 * link (a former id) must land on one.
 */
import type { Claim, Event, State } from '../../schemas';
import { SUBJECT } from '../../shared/subject';
import { withdrawalDisputedBy, withdrewRecognition } from './status';

const IN_KEY_FACTS = new Set<Event['kind']>(['recognition', 'withdrawal', 'reversal']);

/** Events concerning `actorId` (`subjectless` names the actor whose events have no subject). */
export function eventsOf(events: readonly Event[], actorId: string, subjectless: string): Event[] {
  return events.filter(
    (e) =>
      ((e.subject ?? subjectless) === actorId || e.parties.includes(actorId)) &&
      (!IN_KEY_FACTS.has(e.kind) || e.formerIds.length > 0),
  );
}

const TABLE_NOTE: Record<NonNullable<State['recognition']>['table'], string> = {
  'un-members': '',
  'non-un': ' among non-UN states',
  withdrawn: ' in the withdrawn table',
};

/**
 * An event's title as the pages word it. A state's recognition and withdrawal are told as its page
 * tells them, in the past tense ("Togo recognised Kosovo", "Togo withdrew recognition"), not as
 * the timeline did ("Togo recognises Kosovo", "Togo reported to withdraw recognition": pages
 * review 8, finding 9); every other event keeps the title its source gives.
 */
export function eventTitle(
  event: Pick<Event, 'kind' | 'subject' | 'title'>,
  stateById: ReadonlyMap<string, State>,
  claims: readonly Claim[],
): string {
  const state = event.subject ? stateById.get(event.subject) : undefined;
  if (!state) return event.title;
  if (event.kind === 'withdrawal' && state.withdrawal)
    return `${state.name} ${withdrewRecognition(withdrawalDisputedBy(state, claims))}`;
  const r = state.recognition;
  if (event.kind === 'recognition' && r)
    return `${state.name} recognised ${SUBJECT.name} (no. ${r.order}${TABLE_NOTE[r.table]})`;
  return event.title;
}
