/**
 * Which positions an actor's page shows, and where: its position in brief (what the sources
 * describe or analyse), its own dated statements, statements by others that name it as a party,
 * and its relations with other states and organisations (told in the Belarus article) beside the
 * bilateral facts they concern.
 */
import type { Position } from '../../schemas';
import { byDate, isAct } from './statement';
import { inReadingOrder } from './continuation';
import { actsJointlyIn } from './sameAct';

export interface ActorPositions {
  /** Described and analysed positions about Kosovo, in the order the sources give them. */
  brief: Position[];
  /** What the actor said or did about Kosovo, dated first. */
  statements: Position[];
  /** Statements by another actor that name this one as taking part or as their subject. */
  byOthers: Position[];
  /**
   * Of `byOthers`, the acts this actor does with their actor as one subject ("Russia, China, and
   * India released a joint statement" on China's page: sameAct.ts, coSubjects), dated first. They
   * are its statements too: its lead and its "no dated statement" line count them (pages review
   * 10, #1), while a statement that names it as a mere party does not.
   */
  joint: Position[];
  /**
   * Positions about the actor's relations with others (not about Kosovo), each once, under the
   * first partner it names that has a bilateral row on the page (`null`: under none).
   */
  relations: Map<string | null, Position[]>;
  /** Statements of others that name the actor only in passing, dated first. */
  namedIn: Position[];
}

const involves = (p: Position, id: string) =>
  p.actor.id === id || p.parties.some((x) => x.id === id);

export function actorPositions(
  actorId: string,
  positions: readonly Position[],
  bilateralPartners: readonly string[] = [],
): ActorPositions {
  const own = positions.filter((p) => involves(p, actorId));
  const aboutKosovo = own.filter((p) => p.topic === 'kosovo');
  const relations = new Map<string | null, Position[]>();
  for (const p of byDate(own.filter((x) => x.topic === 'relations'))) {
    const partner =
      [p.actor, ...p.parties].find((x) => x.id !== actorId && bilateralPartners.includes(x.id))
        ?.id ?? null;
    relations.set(partner, [...(relations.get(partner) ?? []), p]);
  }
  // A card that follows another of its list comes after it (inReadingOrder).
  const statements = inReadingOrder(
    byDate(aboutKosovo.filter((p) => p.actor.id === actorId && isAct(p))),
  );
  return {
    brief: inReadingOrder(
      aboutKosovo.filter((p) => p.actor.id === actorId && !isAct(p)),
      statements,
    ),
    statements,
    byOthers: inReadingOrder(byDate(aboutKosovo.filter((p) => p.actor.id !== actorId))),
    joint: byDate(aboutKosovo.filter((p) => isAct(p) && actsJointlyIn(p, actorId))),
    relations,
    namedIn: byDate(
      positions.filter((p) => !involves(p, actorId) && p.mentions.some((m) => m.id === actorId)),
    ),
  };
}

/**
 * Dates the sources give for when two states' relations began, where they disagree: the table's
 * "Formal Relations Began" and a sentence of the same article ("Belarus established diplomatic
 * relations with the United Kingdom on 27 January 1992").
 */
export function relationStartInProse(relations: readonly Position[]): Position | undefined {
  return relations.find(
    (p) =>
      p.date &&
      /\b(?:established|began|begun|establishing)\b[^.]*\brelations\b|\brelations\b[^.]*\b(?:were|was)\s+established\b/i.test(
        p.text,
      ),
  );
}
