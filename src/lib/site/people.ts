/**
 * The people who speak in the sources: every named speaker of a statement or quote that is a
 * person (not a ministry, delegation, government or party), with the roles the sources give them,
 * whom they spoke for, and their statements. One page each, at /people/<slug>/.
 */
import type { ActorRef, Position } from '../../schemas';
import { toSlug } from '../../shared/slug';
import { siteHref } from './url';

export interface Person {
  id: string;
  name: string;
  /** Roles as the sources write them, each once, in the order first given. */
  roles: string[];
  /** The states, organisations or others they spoke for. */
  actors: ActorRef[];
  /** Statements they made or are quoted in, in the order given. */
  positions: Position[];
}

// A speaker named by an institution or a group is not a person: "Belarusian Foreign Ministry",
// "Bolivian delegation", "Kosovo's foreign ministry", "European Solidarity party".
const BODY =
  /\b(?:ministry|government|delegation|parliament|congress|senate|assembly|secretariat|authorities|party|borders|council|committee|office|embassy|union|commission|mission)\b|['’]s\b/i;
// An acronym ("EU", "UNSC") names a body too, but its page was published before this was seen:
// /people/eu/ and the like stay until they can redirect (URLs are public contracts).
export const isPerson = (name: string): boolean => /^\p{Lu}/u.test(name) && !BODY.test(name);

export const personId = (name: string): string => toSlug(name);

export const personHref = (base: string, name: string): string =>
  siteHref(base, `people/${personId(name)}/`);

/** Who speaks or acts in a statement: its speakers and the speakers of its quotes, with their roles. */
function speakersOf(p: Position): Array<{ name: string; role: string | null }> {
  const all = [
    ...(p.speaker ? [p.speaker] : []),
    ...p.speakers.flatMap((s) => (s.name ? [{ name: s.name, role: s.role }] : [])),
    ...p.quotes.flatMap((q) => (q.speaker ? [{ name: q.speaker, role: q.role }] : [])),
  ];
  return all.filter((s) => isPerson(s.name));
}

export function peopleOf(positions: readonly Position[]): Person[] {
  const people = new Map<string, Person>();
  for (const p of positions) {
    for (const s of speakersOf(p)) {
      const id = personId(s.name);
      const person = people.get(id) ?? { id, name: s.name, roles: [], actors: [], positions: [] };
      if (s.role && !person.roles.includes(s.role)) person.roles.push(s.role);
      if (!person.actors.some((a) => a.id === p.actor.id)) person.actors.push(p.actor);
      if (!person.positions.includes(p)) person.positions.push(p);
      people.set(id, person);
    }
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
