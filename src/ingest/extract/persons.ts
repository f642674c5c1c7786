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
 */
import type { ActorRef } from '../../schemas';
import { escapeRegExp } from '../../shared/text';

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
      if (!known.role && person.role) known.role = person.role;
      if (!known.actor && person.actor) known.actor = person.actor;
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

  private lookup(surname: string): Person | 'ambiguous' | undefined {
    const own = this.bySurname.get(surname);
    const other = this.shared?.bySurname.get(surname);
    if (own === undefined) return other;
    if (own === 'ambiguous' || own.actor || !other || other === 'ambiguous') return own;
    // The same full name placed by another source: that source's side, this article's role first.
    return other.name === own.name
      ? { name: own.name, role: own.role ?? other.role, actor: other.actor }
      : own;
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

  /** The first surname of a known person standing alone (not after a given name) in `text`. */
  findSurname(text: string): Person | null {
    const surnames = new Set([...this.bySurname.keys(), ...(this.shared?.bySurname.keys() ?? [])]);
    for (const surname of surnames) {
      const p = this.lookup(surname);
      if (p === undefined || p === 'ambiguous') continue;
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u');
      if (re.test(text)) return p;
    }
    return null;
  }
}
