/**
 * The claim vocabulary: how the site says what a claim places a state as, in every list of
 * claims (a state's claims, the counts page, the front page's groups, a state's key facts). One
 * word set, so a claim never reads two ways.
 */
import type { Claim } from '../../schemas';
import { SUBJECT } from '../../shared/subject';

/** What the claim says the state did, after its name: singular and plural ("recognises X"). */
export const CLAIM_VERB: Record<Claim['what'], readonly [one: string, many: string]> = {
  recognises: [`recognises ${SUBJECT.name}`, `recognise ${SUBJECT.name}`],
  withdrew: ['withdrew recognition', 'withdrew recognition'],
  'never-recognised': [`never recognised ${SUBJECT.name}`, `never recognised ${SUBJECT.name}`],
  'disputed-note-verbale': ['sent a disputed note verbale', 'sent a disputed note verbale'],
  count: ['a count', 'a count'],
};

/**
 * Whether a claimant is named by a description ("unnamed reports"), lower-case and plural, rather
 * than by a proper name: its verbs agree in the plural ("unnamed reports say", "… claim that").
 */
export const isDescribedClaimant = (name: string): boolean => /^\p{Ll}/u.test(name);

/** What a claim whose sentence names no state says, in words that do not pretend it names one. */
export const CLAIM_UNNAMED: Record<Claim['what'], string> = {
  recognises: 'claims a recognition, without naming the state',
  withdrew: 'claims a withdrawal, without naming the state',
  'never-recognised': `says a state never recognised ${SUBJECT.name}, without naming it`,
  'disputed-note-verbale': 'claims a disputed note verbale, without naming the state',
  count: 'states a count',
};

/** How a claim that names a state places it, in a phrase after "names it as". */
export const CLAIM_NAMED_AS: Partial<Record<Claim['what'], string>> = {
  recognises: `recognising ${SUBJECT.name}`,
  withdrew: 'having withdrawn its recognition',
  'never-recognised': `never having recognised ${SUBJECT.name}`,
};
