/**
 * The people who speak in the sources: every named speaker of a statement or quote that is a
 * person (not a ministry, delegation, government or party), with the roles the sources give them,
 * whom they spoke for, and their statements. One page each, at /people/<slug>/.
 */
import type { ActorRef, Position } from '../../schemas';
import { toSlug } from '../../shared/slug';
import { siteHref } from './url';
import { stripDiacritics } from '../../shared/text';

export interface Person {
  id: string;
  name: string;
  /** Roles as the sources write them, each once, in the order first given. */
  roles: string[];
  /** The states, organisations or others they spoke for. */
  actors: ActorRef[];
  /** Statements they made or are quoted in, in the order given. */
  positions: Position[];
  /**
   * Names the sources also give them, each a page of its own before it was known to be theirs
   * (/people/cemilev/): that page stays and names this person (sameSurname).
   */
  otherNames: string[];
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

// Spellings of one letter in the two ways the sources transliterate names from Cyrillic: the
// English one (Dzhemilev, Zhukov, Chubarov, Shevchenko, Khan, Aliyev) and the Turkic Latin one
// (Cemilev, Jukov, Çubarov, Şevçenko, Han, Aliev). The English digraph is folded to the single
// letter; diacritics are stripped first.
const TRANSLITERATIONS: ReadonlyArray<[RegExp, string]> = [
  [/dzh/g, 'c'],
  [/zh/g, 'j'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/kh/g, 'h'],
  [/yev(a?)$/g, 'ev$1'],
];
const foldSurname = (word: string) =>
  TRANSLITERATIONS.reduce(
    (w, [from, to]) => w.replace(from, to),
    stripDiacritics(word).toLowerCase(),
  );

/**
 * A surname alone ("Cemilev") is the person named in full in the same passage ("Mustafa
 * Dzhemilev", the same source line) when it is that name's last word, spelled alike or
 * differing only by a transliteration (TRANSLITERATIONS). Two full names are never joined.
 */
export function sameSurname(
  alone: Pick<Person, 'name' | 'positions'>,
  full: Pick<Person, 'name' | 'positions'>,
): boolean {
  if (/\s/.test(alone.name) || !/\s/.test(full.name)) return false;
  const last = full.name.split(/\s+/).at(-1)!;
  if (foldSurname(last) !== foldSurname(alone.name)) return false;
  const lines = new Set(
    full.positions.flatMap((p) => p.sources.map((r) => `${r.source}:${r.line}`)),
  );
  return alone.positions.some((p) => p.sources.some((r) => lines.has(`${r.source}:${r.line}`)));
}

export function peopleOf(positions: readonly Position[]): Person[] {
  const people = new Map<string, Person>();
  for (const p of positions) {
    for (const s of speakersOf(p)) {
      const id = personId(s.name);
      const person = people.get(id) ?? {
        id,
        name: s.name,
        roles: [],
        actors: [],
        positions: [],
        otherNames: [],
      };
      if (s.role && !person.roles.includes(s.role)) person.roles.push(s.role);
      if (!person.actors.some((a) => a.id === p.actor.id)) person.actors.push(p.actor);
      if (!person.positions.includes(p)) person.positions.push(p);
      people.set(id, person);
    }
  }
  for (const alone of [...people.values()]) {
    const full = [...people.values()].find((f) => f !== alone && sameSurname(alone, f));
    if (!full) continue;
    for (const role of alone.roles) if (!full.roles.includes(role)) full.roles.push(role);
    for (const a of alone.actors) if (!full.actors.some((x) => x.id === a.id)) full.actors.push(a);
    for (const p of alone.positions) if (!full.positions.includes(p)) full.positions.push(p);
    full.otherNames.push(alone.name);
    people.delete(alone.id);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const peopleCache = new WeakMap<readonly Position[], Map<string, Person>>();

/**
 * The person a speaker's name is, by id: their own, or the one whose other name it is. Computed
 * once per list of positions (every card of every page asks).
 */
export function personNamed(positions: readonly Position[], name: string): Person | undefined {
  let byId = peopleCache.get(positions);
  if (!byId) {
    byId = new Map();
    for (const person of peopleOf(positions)) {
      byId.set(person.id, person);
      for (const other of person.otherNames) byId.set(personId(other), person);
    }
    peopleCache.set(positions, byId);
  }
  return byId.get(personId(name));
}

type Named = Pick<Position, 'speaker' | 'speakers'>;

/**
 * `position` with each speaker who is a person named as their page names them: a surname the
 * sources also give in full ("Cemilev", sameSurname) reads as the full name ("Mustafa Dzhemilev"),
 * so a card's heading and its speaker link name the person as their page does (pages review 10,
 * #7). Names that are their own page, and bodies, are unchanged.
 */
export function withPageNames<T extends Named>(position: T, positions: readonly Position[]): T {
  const pageName = (name: string) =>
    isPerson(name) ? (personNamed(positions, name)?.name ?? name) : name;
  const renamed = <S extends { name: string | null }>(s: S): S =>
    s.name && pageName(s.name) !== s.name ? { ...s, name: pageName(s.name) } : s;
  const speaker = position.speaker ? renamed(position.speaker) : position.speaker;
  const speakers = position.speakers.map(renamed);
  if (speaker === position.speaker && speakers.every((s, i) => s === position.speakers[i]))
    return position;
  return { ...position, speaker, speakers };
}
