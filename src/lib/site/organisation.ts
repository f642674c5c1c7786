/** Organisation facts in words. */
import type { Event, Organisation, Position, SourceRef } from '../../schemas';
import { squashSpace } from '../../shared/text';
import { SUBJECT } from '../../shared/subject';

export const ORGANISATION_KIND_LABEL: Record<Organisation['kind'], string> = {
  intergovernmental: 'Intergovernmental organisations',
  'non-governmental': 'Non-governmental organisations',
  'sub-state': 'Sub-state actors and movements',
};

export const MEMBERSHIP_LABEL: Record<
  NonNullable<Organisation['kosovoMembership']>['status'],
  string
> = {
  member: 'member',
  provisional: 'provisional member',
  applied: 'applicant',
  planned: 'plans to apply',
  rejected: 'application rejected',
  'not-member': 'not a member',
};

/** "Kosovo: member since 29 June 2009" style summary, without the date (formatted by the caller). */
export function membershipLabel(status: keyof typeof MEMBERSHIP_LABEL): string {
  return MEMBERSHIP_LABEL[status];
}

/** The computed tally in words: "22 of 27 members recognise Kosovo (1 withdrew, 4 do not)". */
export function tallySentence(
  o: Pick<Organisation, 'members' | 'recognising' | 'withdrawn' | 'notRecognising'>,
): string | null {
  if (o.members === null) return null;
  const parts: string[] = [];
  if (o.withdrawn.length > 0) parts.push(`${o.withdrawn.length} withdrew recognition`);
  if (o.notRecognising.length > 0)
    parts.push(
      `${o.notRecognising.length} ${o.notRecognising.length === 1 ? 'does' : 'do'} not recognise`,
    );
  const verb = o.recognising.length === 1 ? 'recognises' : 'recognise';
  return `${o.recognising.length} of ${o.members.length} members ${verb} ${SUBJECT.name}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

type Membership = NonNullable<Organisation['kosovoMembership']>;
const sameLine = (a: SourceRef, b: SourceRef) => a.source === b.source && a.line === b.line;

/**
 * The events an organisation's page lists, less the one its lead already quotes: the membership
 * event told in the membership sentence, from its line (pages review 9, #14: the IOC printed
 * "… became a full member of the International Olympic Committee on 9 December 2014" twice).
 * `inLead` is that event, whose anchors then stand on the lead's quote.
 */
export function eventsBesideMembership<E extends Pick<Event, 'kind' | 'title' | 'sources'>>(
  events: readonly E[],
  membership: Membership | null,
): { listed: E[]; inLead: E[] } {
  const told = (e: E) =>
    membership !== null &&
    e.kind === 'membership' &&
    e.sources.some((r) => sameLine(r, membership.source)) &&
    squashSpace(membership.text).includes(squashSpace(e.title).replace(/[.\s]+$/, ''));
  return { listed: events.filter((e) => !told(e)), inLead: events.filter(told) };
}

// "Kosovo was a provisional member of the IOC from … through …": a membership stated as a fact,
// not an act or a statement of the party it names.
const MEMBERSHIP_FACT =
  /^[^,;]*?\b(?:was|is|has been|had been|became)\s+(?:an?\s+)?(?:(?:provisional|full|associate|observer)\s+)?member\s+of\b/i;

/**
 * Statements by others that state Kosovo's membership of the organisation in the sentences of the
 * lead's membership line (the IOC's "Kosovo was a provisional member of the IOC …", stated by
 * no one but the source): shown with the membership in the lead, not as a card "stated by Kosovo"
 * (pages review 9, #14).
 */
export function membershipFacts<P extends Pick<Position, 'text' | 'sources' | 'actor'>>(
  byOthers: readonly P[],
  membership: Membership | null,
): P[] {
  if (membership === null) return [];
  return byOthers.filter(
    (p) =>
      p.actor.id === SUBJECT.id &&
      p.sources.length === 1 &&
      sameLine(p.sources[0]!, membership.source) &&
      MEMBERSHIP_FACT.test(p.text) &&
      !/[.!?]\s+\S/.test(p.text.trim()),
  );
}
