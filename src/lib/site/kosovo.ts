/** Kosovo's own page: its memberships with their dates, and the dated events of its course. */
import type { Event, Organisation } from '../../schemas';
import { compareDates } from './dates';

type Membership = NonNullable<Organisation['kosovoMembership']>;

/** Organisations whose membership of Kosovo a source states, dated ones first in date order. */
export function kosovoMemberships(
  organisations: readonly Organisation[],
): Array<{ organisation: Organisation; membership: Membership }> {
  return organisations
    .filter(
      (o): o is Organisation & { kosovoMembership: Membership } => o.kosovoMembership !== null,
    )
    .map((o) => ({ organisation: o, membership: o.kosovoMembership }))
    .sort(
      (a, b) =>
        compareDates(a.membership.since, b.membership.since) ||
        a.organisation.name.localeCompare(b.organisation.name, 'en'),
    );
}

/** Dated prose events (declaration, agreements, votes, rulings, memberships): not one state's recognition. */
export function kosovoEvents(events: readonly Event[]): Event[] {
  return events.filter((e) => e.subject === null && e.date !== null);
}
