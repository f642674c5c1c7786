/**
 * The actors the sources name that are neither a state, an organisation of the atlas nor Kosovo:
 * third parties such as an NGO, a newspaper, a front or a study. Each has a page of its own with
 * its statements, so a report about a state is never shown as that state's own act.
 */
import type { ActorRef, Position } from '../../schemas';
import { KOSOVO_ACTOR_ID } from './url';
import { byDate } from './statement';

export interface OtherActor {
  actor: ActorRef;
  positions: Position[];
}

export function otherActorsOf(positions: readonly Position[]): OtherActor[] {
  const byId = new Map<string, OtherActor>();
  for (const p of positions) {
    if (p.actor.type !== 'other' || p.actor.id === KOSOVO_ACTOR_ID) continue;
    const entry = byId.get(p.actor.id) ?? { actor: p.actor, positions: [] };
    entry.positions.push(p);
    byId.set(p.actor.id, entry);
  }
  return [...byId.values()]
    .map((e) => ({ ...e, positions: byDate(e.positions) }))
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name));
}
