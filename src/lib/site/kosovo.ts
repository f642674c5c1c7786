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

/**
 * Dated prose events (declaration, agreements, votes, rulings, memberships), not one state's
 * recognition, in date order. A membership the memberships box dates but no event tells (the
 * IMF's and the EBRD's are read from sentences the event rules do not take as events) is added
 * in its source sentence's words, so the two lists on the page never disagree.
 */
export function kosovoEvents(
  events: readonly Event[],
  memberships: ReturnType<typeof kosovoMemberships> = [],
): Event[] {
  const dated = events.filter((e) => e.subject === null && e.date !== null);
  const told = new Set(dated.filter((e) => e.kind === 'membership').flatMap((e) => e.parties));
  const added = memberships
    .filter(({ organisation, membership }) => membership.since && !told.has(organisation.id))
    .map(({ organisation, membership }): Event => ({
      id: `membership-${organisation.id}`,
      date: membership.since,
      dateInferred: null,
      kind: 'membership',
      title: membership.text,
      subject: null,
      parties: [organisation.id],
      formerIds: [],
      sources: [membership.source],
    }));
  return [...dated, ...added].sort((a, b) => compareDates(a.date, b.date));
}
