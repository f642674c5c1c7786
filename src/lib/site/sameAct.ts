/**
 * A joint act told once as each party's (pages review 9: "In September 2020, Kosovo and Serbia
 * agreed …" as Kosovo's, and "… Serbia and Kosovo agreed …" as Serbia's). The ingest keeps them
 * two statements, one per actor as each source names it first; a page that shows both as cards
 * shows the act once, on the card with the longer telling, which carries the other card's anchors
 * and source lines.
 */
import type { Position } from '../../schemas';
import { jointSubject, tellSameAct } from '../../ingest/positions';
import { mainClause } from '../../ingest/extract/statement/mainClause';
import { splitSentences } from '../../ingest/extract/quotes';

type Told = Pick<Position, 'id' | 'actor' | 'date' | 'text' | 'parties' | 'mentions'>;

const sameJointAct = (a: Told, b: Told) =>
  a.actor.id !== b.actor.id && jointSubject(a, b) && tellSameAct(a, b);

// The longer telling is shown, as when the ingest merges two tellings; ties go to the first id.
const shownOver = (a: Told, b: Told) =>
  a.text.length > b.text.length || (a.text.length === b.text.length && a.id < b.id);

/** The card of the page that shows `p`'s act, so that `p` is not shown again; null when none. */
export function jointActShownIn<T extends Told>(p: T, cards: readonly T[]): T | null {
  return cards.find((c) => c.id !== p.id && sameJointAct(p, c) && shownOver(c, p)) ?? null;
}

/** The cards of the page whose act `p`'s card shows for them (jointActShownIn). */
export function jointActsTakenIn<T extends Told>(p: T, cards: readonly T[]): T[] {
  return cards.filter((c) => c.id !== p.id && jointActShownIn(c, cards)?.id === p.id);
}

type Subjected = Pick<Position, 'actor' | 'date' | 'text' | 'parties' | 'mentions'>;

// The subject of the statement's first main clause, as the ingest's same-act rules read it.
const subjectOf = (p: Subjected): string => {
  const first = splitSentences(p.text)[0] ?? p.text;
  return mainClause(first).subject?.text ?? '';
};

/**
 * The actors a statement's subject joins to its own as one ("Russia, China, and India released a
 * joint statement"): its parties that the coordinated subject names. The act is each one's as much
 * as its actor's (pages review 10, #1); a party named elsewhere in the sentence (the state
 * criticised, a recipient) is not among them. Empty when the subject is not a coordination.
 */
export function coSubjects(p: Subjected): Position['parties'] {
  const subject = subjectOf(p);
  if (!/\band\b/.test(subject) || !subject.includes(p.actor.name)) return [];
  return p.parties.filter((x) => x.id !== p.actor.id && subject.includes(x.name));
}

/** True when `actorId` is a co-subject of `p`'s act (coSubjects), not its actor. */
export const actsJointlyIn = (p: Subjected, actorId: string): boolean =>
  p.actor.id !== actorId && coSubjects(p).some((x) => x.id === actorId);

/** "Russia and India": the others who share `p`'s act, as seen from `actorId`'s page. */
export function jointWith(p: Subjected, actorId: string): string {
  const names = [p.actor, ...coSubjects(p)].filter((x) => x.id !== actorId).map((x) => x.name);
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}
