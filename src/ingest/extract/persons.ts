/**
 * The people an article names with their office, so a later bare surname ("Dačić said", "Putin
 * said at a joint news conference") resolves to the full name, role and state the same article
 * gives elsewhere. Only names written with at least two words are kept, and a surname two people
 * share resolves to neither: a wrong attribution is worse than none.
 *
 * An article may name a person without saying whose official they are ("President Alexander
 * Lukashenko") while another article does ("Belarusian President Alexander Lukashenko wrote …"): a
 * register shared by all the articles (`useShared`) fills in the side one source gives, for the same
 * full name only; a surname two articles give to two people stays unknown in both.
 *
 * People change office: "Foreign Minister Josep Borrell" in one article and "EU High Representative
 * Josep Borrell" in another are the same man speaking for two sides. Another article's side is taken
 * only for the same office (`sameOffice`), and the office a sentence itself gives the person
 * ("Speaking as High Representative, Borrell …", "Borrell, then foreign minister, …") decides which
 * of the person's offices, and so which side, that sentence speaks from.
 */
import type { ActorRef } from '../../schemas';
import { escapeRegExp } from '../../shared/text';
import { OFFICES, alternation } from './statement/offices';

export interface Person {
  name: string;
  role: string | null;
  actor: ActorRef | null;
}

// Capitalised words with the particles names carry ("José Eduardo dos Santos", "Josep Antoni Duran i Lleida").
const PERSON_NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|da|das|de|del|dos|du|van|von|bin|ibn|al|el|i))+$/u;
const INSTITUTION =
  /^(?:Assembly|Ministry|Government|Council|Office|Committee|Parliament|Republic|Union|League|Front|Organi[sz]ation|Commission|Court|Bank|Fund|People|Party|Movement|Nations|States|Kingdom|Authority|Administration|Delegation|Embassy|Mission)$/;

export class PersonRegistry {
  private readonly bySurname = new Map<string, Person | 'ambiguous'>();
  private shared: PersonRegistry | null = null;
  /** Every person accepted, in the order added: two who share a surname are both here. */
  private readonly accepted: Person[] = [];

  /** `isPlace` tells a state's or organisation's name ("Assembly of Kosovo") from a person's. */
  constructor(
    readonly isPlace: (name: string) => boolean = () => false,
    /** The name is a state's or organisation's name and nothing more ("Russia", "the EU"): no speaker. */
    readonly isOnlyPlace: (name: string) => boolean = () => false,
  ) {}

  add(person: Person): void {
    const words = person.name.split(/\s+/);
    if (
      words.length < 2 ||
      !PERSON_NAME.test(person.name) ||
      this.isPlace(person.name) ||
      words.some((w) => INSTITUTION.test(w) || /^(?:Without|Of|For|And|The|On|In)$/.test(w))
    )
      return;
    const surname = words.at(-1)!;
    this.accepted.push(person);
    const known = this.bySurname.get(surname);
    if (known === undefined) this.bySurname.set(surname, person);
    else if (known !== 'ambiguous' && known.name !== person.name)
      this.bySurname.set(surname, 'ambiguous');
    else if (known !== 'ambiguous') {
      // The same person again: keep the first role written, fill in what was missing.
      // Another office's side is not this office's: a foreign minister's side is not the one he
      // later speaks for as an organisation's envoy.
      if (!known.actor && person.actor && sameOffice(known.role, person.role, this.isPlace))
        known.actor = person.actor;
      if (!known.role && person.role) known.role = person.role;
    }
  }

  /** Every person added, so a shared register sees two people who share a surname as two. */
  people(): Person[] {
    return [...this.accepted];
  }

  /**
   * Reads people this article does not place from `shared`, the register of every article. The
   * article's own reading of a surname comes first: its "Tadić" is the Tadić it names.
   */
  useShared(shared: PersonRegistry): void {
    this.shared = shared;
  }

  /**
   * `office`: the office the sentence itself gives the person, which outranks the register's first
   * role. The side is taken from this article's or another article's record of the same full name
   * in the same office; a person placed only in another office is left without a side.
   */
  private lookup(surname: string, office: string | null = null): Person | 'ambiguous' | undefined {
    const own = this.bySurname.get(surname);
    const base = own ?? this.shared?.bySurname.get(surname);
    if (base === undefined || base === 'ambiguous') return base;
    if (!office && base.actor) return base;
    const wanted = office ?? base.role;
    const records = [...this.accepted, ...(this.shared?.accepted ?? [])].filter(
      (p) => p.name === base.name && p.actor,
    );
    const placed = records.find((p) =>
      office
        ? p.role !== null && sameOffice(office, p.role, this.isPlace)
        : sameOffice(wanted, p.role, this.isPlace),
    );
    return { name: base.name, role: wanted ?? placed?.role ?? null, actor: placed?.actor ?? null };
  }

  /** The person a bare surname (or the full name) stands for, or null. */
  resolve(name: string): Person | null {
    const surname = name.trim().split(/\s+/).at(-1) ?? '';
    const hit = this.lookup(surname);
    if (!hit || hit === 'ambiguous') return null;
    const words = name.trim().split(/\s+/);
    // "Dačić" or "Ivica Dačić" — but not "Boris Tadić" for a different "… Tadić".
    return words.length === 1 || hit.name === name.trim() ? hit : null;
  }

  /**
   * The first surname of a known person standing alone (not after a given name) in `text`, in the
   * office `sentence` (the whole sentence `text` is part of) gives them, if it names one.
   */
  findSurname(text: string, sentence: string = text): Person | null {
    const surnames = new Set([...this.bySurname.keys(), ...(this.shared?.bySurname.keys() ?? [])]);
    for (const surname of surnames) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u');
      if (!re.test(text)) continue;
      const p = this.lookup(surname, officeInSentence(sentence, surname));
      if (p !== undefined && p !== 'ambiguous') return p;
    }
    return null;
  }
}

/**
 * Two roles name the same office when one's words are all among the other's ("President" and
 * "Belarusian President"), leaving out the words that name whose office it is (`isPlace`: "Kosovo's",
 * "EU") and the words for its standing ("prime minister-designate", "acting president"); a role not
 * written says nothing against any office.
 */
export function sameOffice(
  a: string | null,
  b: string | null,
  isPlace: (word: string) => boolean = () => false,
): boolean {
  if (!a || !b) return true;
  const words = (r: string) =>
    r
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w && !STANDING.test(w) && !isPlace(w));
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}
const STANDING = /^(?:the|then|former|designate|elect|acting|interim|incumbent|outgoing)$/;

const OFFICE_WORD = new RegExp(String.raw`\b(?:${alternation(OFFICES)})\b`, 'i');
// The office, then an optional time ("in 2020", "from 2015 to 2019"): the time is not the office.
const OFFICE_PHRASE = String.raw`(?:the\s+)?([^,;()"“”]{2,60}?)(?:\s+(?:in|from|until|since|between)\s+[^,;()]*)?`;

/**
 * The office a sentence gives the person it names by `surname`: an opening "As High Representative,"
 * or "Speaking as High Representative in 2020," right before the name, or an aside after it
 * ("Borrell, then foreign minister, …"). Null when the sentence names no office for them.
 */
export function officeInSentence(sentence: string, surname: string): string | null {
  const name = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}${escapeRegExp(surname)}(?![\p{L}])`;
  const forms = [
    new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+ing\s+as|As)\s+${OFFICE_PHRASE},\s+${name}`, 'u'),
    new RegExp(
      String.raw`(?<![\p{L}])${name},\s+(?:then|at the time|by then|still|now|later)\s+${OFFICE_PHRASE},`,
      'u',
    ),
  ];
  for (const re of forms) {
    const office = re.exec(sentence)?.[1]?.trim();
    if (office && OFFICE_WORD.test(office)) return office;
  }
  return null;
}
