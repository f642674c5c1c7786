/** Organisation facts in words. */
import type { Organisation } from '../../schemas';
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
