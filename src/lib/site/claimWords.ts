/**
 * The claim vocabulary: how the site says what a claim places a state as, in every list of
 * claims (a state's claims, the counts page, the front page's groups, a state's key facts). One
 * word set, so a claim never reads two ways.
 */
import type { Claim, Position, SourceRef } from '../../schemas';
import { SUBJECT } from '../../shared/subject';
import { compareDates, formatPartialDate } from './dates';
import { listAnd } from './english';
import { datePhrase } from './status';

/** What the claim says the state did, after its name: singular and plural ("recognises X"). */
export const CLAIM_VERB: Record<Claim['what'], readonly [one: string, many: string]> = {
  recognises: [`recognises ${SUBJECT.name}`, `recognise ${SUBJECT.name}`],
  withdrew: ['withdrew recognition', 'withdrew recognition'],
  'never-recognised': [`never recognised ${SUBJECT.name}`, `never recognised ${SUBJECT.name}`],
  // The claimant's words only: that the note is disputed is the Atlas's reading of the other
  // parties' claims, shown beside this one, never said in the claimant's name.
  'disputed-note-verbale': [
    `sent a note recognising ${SUBJECT.name}`,
    `sent notes recognising ${SUBJECT.name}`,
  ],
  count: ['a count', 'a count'],
  // Said of the claimant (a table's column of its claims), not of the state: see CLAIMANT_DOES.
  'denied-note': [
    'denies receiving the reported note of recognition',
    'deny receiving the reported note of recognition',
  ],
  // "The recognition was invalid": a recognition given and disputed, not one never given.
  'recognition-invalid': [
    `did not validly recognise ${SUBJECT.name}`,
    `did not validly recognise ${SUBJECT.name}`,
  ],
  'disputes-withdrawals': ['did not withdraw recognition', 'did not withdraw recognition'],
};

/**
 * A rebuttal of another party's claims that names none of its states ("In some of those cases,
 * Kosovo's foreign ministry has called it 'fake news'"), after the claimant and before the party
 * it rebuts: "Kosovo disputes some of the withdrawals Serbia claims".
 */
export const CLAIMANT_REBUTS: Partial<
  Record<Claim['what'], readonly [before: string, after: string, beforeMany: string]>
> = {
  'disputes-withdrawals': [
    'disputes some of the withdrawals',
    'claims',
    'dispute some of the withdrawals',
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

/**
 * A claimant's name where it opens a sentence, as every claim in a list does: a description takes
 * a capital there ("Unnamed reports say Mali sent a note …"), a proper name is left as written.
 */
export const claimantAtStart = (name: string): string =>
  isDescribedClaimant(name) ? `${name.charAt(0).toUpperCase()}${name.slice(1)}` : name;

/**
 * The one frame every claim is told in, on every page: "<claimant> says <state> <verb>" ("Serbia
 * says Togo withdrew recognition"). Returned as the words around the claimant and the state, so a
 * page can link either; the verb agrees with how many states the claim names.
 */
export function claimFrame(
  claimant: string,
  what: Claim['what'],
  subjects = 1,
): { says: string; verb: string } {
  return {
    says: isDescribedClaimant(claimant) ? 'say' : 'says',
    verb: CLAIM_VERB[what][subjects === 1 ? 0 : 1],
  };
}

/**
 * A claim told in full as a sentence's start: claimFrame's words with the state's name, or "it"
 * when a state speaks of itself ("Jamaica says it never recognised Kosovo").
 */
export function claimText(claimant: string, what: Claim['what'], subject: string): string {
  const does = CLAIMANT_DOES[what];
  const { says, verb } = claimFrame(claimant, what);
  const text = does
    ? `${claimant} ${does[isDescribedClaimant(claimant) ? 1 : 0]} ${subject}`
    : `${claimant} ${says} ${subject === claimant ? 'it' : subject} ${verb}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The same frame for a claim whose sentence names no state, after the claimant: "says a state
 * withdrew recognition, without naming it" (never "claims that a state …", which reads as if the
 * claim named one); a rebuttal names the party it rebuts ("disputes some of the withdrawals Serbia
 * claims, without naming which").
 */
export function claimUnnamed(
  claimant: string,
  what: Exclude<Claim['what'], 'count'>,
  rebuts?: string,
): string {
  const { says, verb } = claimFrame(claimant, what);
  const rebuttal = CLAIMANT_REBUTS[what];
  if (rebuttal && rebuts)
    return `${rebuttal[isDescribedClaimant(claimant) ? 2 : 0]} ${rebuts} ${rebuttal[1]}, without naming which`;
  return CLAIMANT_DOES[what]
    ? `${verb}, without naming the state`
    : `${says} a state ${verb}, without naming it`;
}

type Cited = Pick<SourceRef, 'source' | 'line'>;

/** A date a claim is placed relative to ("after August 2012"), when it has none of its own. */
export type ClaimPlacement = NonNullable<Position['qualifiedDate']>;

// Qualifiers that place an act in time; "as of" and "since" tell a state of things, not when it
// was said.
const PLACING = new Set<ClaimPlacement['qualifier']>(['after', 'before', 'by']);

/**
 * Where an undated claim stands in time, from its sentence: the claimant's own statement read
 * from the same sentence (same source line, its words in the claim's) carries the sentence's date
 * qualifier ("Following the August 2012 publication of a note verbale …, the Presidency of Mali
 * denied recognising Kosovo": after August 2012). Null for a dated claim and when no such
 * statement places it.
 */
export function claimPlacement(
  claim: Pick<Claim, 'date' | 'claimant' | 'text'> & { sources: readonly Cited[] },
  positions: readonly (Pick<Position, 'actor' | 'date' | 'qualifiedDate' | 'text'> & {
    sources: readonly Cited[];
  })[],
): ClaimPlacement | null {
  if (claim.date) return null;
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const said = squash(claim.text);
  const statement = positions.find(
    (p) =>
      p.actor.id === claim.claimant.id &&
      !p.date &&
      p.qualifiedDate !== null &&
      PLACING.has(p.qualifiedDate.qualifier) &&
      p.sources.some((r) =>
        claim.sources.some((c) => c.source === r.source && c.line === r.line),
      ) &&
      said.includes(squash(p.text).split(' ').slice(0, 8).join(' ')),
  );
  return statement?.qualifiedDate ?? null;
}

// One verb for every side of a dispute: "claimed" for a recognition and "said" for its denial
// told the reader whom to believe (pages review 7, finding 8). "said" keeps the date from reading
// as the date of the act the claim is about (a withdrawal, a recognition), and takes no side.
const SAID = 'said';

/**
 * When a claim was made, in the one wording every page uses after a claim, whichever side it is
 * on ("said in March 2020", "said on 20 February 2020", "said after August 2012" for an undated
 * claim a qualifier places). Null when the claim has no date and none places it.
 */
export function claimedWhen(
  claim: Pick<Claim, 'date' | 'what'>,
  placed: ClaimPlacement | null = null,
): string | null {
  if (claim.date) return `${SAID} ${datePhrase(claim.date)}`;
  return placed ? `${SAID} ${placed.qualifier} ${formatPartialDate(placed.date)}` : null;
}

const timesWord = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * When the claims told together in one sentence were made, so two claims by one party that
 * contradict each other read as said at different times, in claimedWhen's words: "said in
 * March 2020" when all share a date, each date with the states it was said of when they differ
 * ("Jamaica: said on 20 February 2020; Mali: no date given"), how often and when, when every
 * claim is about one state ("said twice: in January 2013 and in March 2014": naming it again beside
 * each date says nothing; "said in January 2013, and once undated" when some have no date), and null when no claim has a date. `placedOf` gives an undated claim's
 * placement (claimPlacement).
 */
export function claimGroupDates<C extends Pick<Claim, 'subject' | 'date' | 'what'>>(
  claims: readonly C[],
  nameOf: (id: string) => string,
  placedOf: (claim: C) => ClaimPlacement | null = () => null,
): string | null {
  const when = (c: C) => claimedWhen(c, placedOf(c));
  if (new Set(claims.map(when)).size === 1) return when(claims[0]!);
  const sorted = [...claims].sort((a, b) =>
    compareDates(a.date ?? placedOf(a)?.date ?? null, b.date ?? placedOf(b)?.date ?? null),
  );
  if (new Set(claims.map((c) => c.subject)).size === 1) {
    const phrases = sorted.flatMap((c) => {
      const placed = placedOf(c);
      if (c.date) return [datePhrase(c.date)];
      return placed ? [`${placed.qualifier} ${formatPartialDate(placed.date)}`] : [];
    });
    // "undated" is no date to list beside one: the undated occasions are counted after the dated
    // ones ("said in January 2013, and once undated"), not read as a date ("in 2013 and undated").
    const undated = claims.length - phrases.length;
    if (undated === 0)
      return `${SAID} ${timesWord(claims.length)}: ${listAnd([...new Set(phrases)])}`;
    return `${SAID} ${listAnd([...new Set(phrases)])}, and ${timesWord(undated)} undated`;
  }
  return [...Map.groupBy(sorted, (c) => when(c) ?? 'no date given')]
    .map(([words, group]) => {
      const names = listAnd([...new Set(group.map((c) => (c.subject ? nameOf(c.subject) : '')))]);
      return `${names}: ${words}`;
    })
    .join('; ');
}
