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
  // Said of the claimant (a table's column of its claims), not of the state: see CLAIMANT_DOES.
  'denied-note': [
    'denies receiving the reported note of recognition',
    'deny receiving the reported note of recognition',
  ],
};

/**
 * Claims about the claimant's own act toward the state, not about what the state did: a sentence
 * reads "<claimant> <words> <state>" ("Kosovo denies receiving the note of recognition reported
 * from Myanmar"), never "<claimant> says <state> …", which would put the denial in the state's mouth.
 */
export const CLAIMANT_DOES: Partial<Record<Claim['what'], readonly [one: string, many: string]>> = {
  'denied-note': [
    'denies receiving the note of recognition reported from',
    'deny receiving the notes of recognition reported from',
  ],
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
  'denied-note': 'denies receiving a reported note of recognition, without naming the state',
};

/** How a claim that names a state places it, in a phrase after "names it as". */
export const CLAIM_NAMED_AS: Partial<Record<Claim['what'], string>> = {
  recognises: `recognising ${SUBJECT.name}`,
  withdrew: 'having withdrawn its recognition',
  'never-recognised': `never having recognised ${SUBJECT.name}`,
};
