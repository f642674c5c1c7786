/**
 * Which timeline events an actor's page shows. An event is its subject's (Kosovo's when it has
 * none) and its parties' (the body Kosovo joined); a state's own recognition, withdrawal and
 * reversal are in its key facts already, so its page lists them only when a published statement
 * link (a former id) must land on one.
 */
import type { Event } from '../../schemas';

const IN_KEY_FACTS = new Set<Event['kind']>(['recognition', 'withdrawal', 'reversal']);

/** Events concerning `actorId` (`subjectless` names the actor whose events have no subject). */
export function eventsOf(events: readonly Event[], actorId: string, subjectless: string): Event[] {
  return events.filter(
    (e) =>
      ((e.subject ?? subjectless) === actorId || e.parties.includes(actorId)) &&
      (!IN_KEY_FACTS.has(e.kind) || e.formerIds.length > 0),
  );
}
