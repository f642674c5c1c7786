/**
 * A joint act told once as each party's (pages review 9: "In September 2020, Kosovo and Serbia
 * agreed …" as Kosovo's, and "… Serbia and Kosovo agreed …" as Serbia's). The ingest keeps them
 * two statements, one per actor as each source names it first; a page that shows both as cards
 * shows the act once, on the card with the longer telling, which carries the other card's anchors
 * and source lines.
 */
import type { Position } from '../../schemas';
import { jointSubject, tellSameAct } from '../../ingest/positions';

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
