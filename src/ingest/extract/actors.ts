/**
 * Who a sentence is about: the states, organisations and Kosovo it names, and which of them is its
 * subject. A nationality is not a state ("ethnic Hungarians", "Dutch diplomat Pieter Feith",
 * "Kosovo-born Majlinda Kelmendi"); a capital or seat of government standing for its government is
 * ("Moscow views", "Belgrade's policy", "a Kremlin spokesman"). These are rules of English, not of one article.
 */
import type { ActorRef } from '../../schemas';
import { escapeRegExp } from '../../shared/text';
import type { CountryIndex, CountryRecord } from '../resolve/countries';
import type { OrganisationIndex, OrganisationRecord } from '../resolve/organisations';
import { toSlug } from '../../shared/slug';
import { SUBJECT } from '../../shared/subject';
import { PEOPLE_BEFORE, partOfNameAfter, peopleAfter } from '../../shared/peopleWords';
import { SEATS_OF_GOVERNMENT } from './statement/seats';
import { allDemonyms } from '../../shared/vocabulary';

export interface Mention {
  actor: ActorRef;
  country: CountryRecord | null;
  index: number;
  end: number;
  /** Introduced by a preposition that makes it a place or an object ("to Serbia", "in Kosovo"). */
  prepositional: boolean;
  /**
   * The body the words name when it acts on its own rather than for `actor`: a court of the
   * organisation ("the ICJ" of the UN), whose ruling is not the organisation's position.
   */
  body?: ActorRef;
}

const COURT = /\b(?:Court|Tribunal)\b/;
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The court an organisation's alias names: the alias itself when it names a court ("International
 * Court of Justice"), or the court whose initials it is ("ICJ"); null for the organisation's other
 * names and organs, which act for it.
 */
export function courtOf(record: OrganisationRecord, alias: string): ActorRef | null {
  const courts = record.aliases.filter((a) => COURT.test(a));
  const court =
    courts.find((c) => c.toLowerCase() === alias.toLowerCase()) ??
    (alias === alias.toUpperCase() ? courts.find((c) => initials(c) === alias) : undefined);
  return court ? { type: 'other', id: toSlug(court), name: court } : null;
}

/** The Atlas's subject as an actor (content/editorial/subject.yaml). */
export const KOSOVO: ActorRef = SUBJECT;

const PREPOSITION_BEFORE =
  /\b(?:to|in|at|from|into|within|across|throughout|towards?|over|against|between|among|with|by|on|for|of|than|like|about|under|per|via|upon|during|surrounding|regarding|concerning|involving|around|despite)\s+(?:the\s+|an?\s+)?(?:(?!(?:the|a|an)\s)[\p{L}\p{N}-]+\s+){0,2}$/iu;
const HYPHEN_PREFIX_BEFORE = /\b(?:pro|anti|non|post|pre)-$/i;

export interface ActorFinder {
  /** Every state, organisation and Kosovo mention in the sentence, in order. */
  mentions(sentence: string): Mention[];
}

/** Whether a name as written is the nationality of its state ("Russian") rather than its name ("Russia"). */
function isDemonymOf(record: CountryRecord, written: string): boolean {
  const w = written.toLowerCase();
  return record.demonyms.some((d) => d.toLowerCase() === w);
}

/**
 * Whether the text after a nationality is a people noun whose verb addresses another named actor
 * with a request or an assurance ("Ruritanian diplomats had privately asked Borduria to …",
 * "Ruritanian envoys urged Pristina not to …"): people who address a state do so for their own
 * state, which acts through them. Read from the clause (verb of addressing, a name as its object,
 * then "to" or "that"), not from which people noun it is; "Ruritanian voters oppose recognising
 * Borduria" names no addressee and stays a people.
 */
export function addressesAnActor(after: string): boolean {
  return ADDRESSING_AFTER_PEOPLE.test(after);
}
const ADDRESSING_AFTER_PEOPLE =
  /^[\s-]*\p{Ll}+\s+(?:(?:had|have|has|also|then|later|\p{Ll}+ly)\s+){0,3}(?:asked|urged|pressed|called\s+on|requested|told|warned|assured|advised|reminded|informed)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3}\s+(?:not\s+)?(?:to|that)\b/u;

/** Whether a mention is written as a nationality ("Russian") rather than a name ("Russia"). */
export function isDemonymMention(sentence: string, m: Mention): boolean {
  return m.country !== null && isDemonymOf(m.country, sentence.slice(m.index, m.end));
}

export function actorFinder(countries: CountryIndex, orgs: OrganisationIndex): ActorFinder {
  // A nationality that names people, not the state: the rules the cross-links read too.
  const PEOPLE_AFTER = peopleAfter();
  // A place name inside a longer name ("Mexico City"; "Kosovo Force" is a name of its own).
  const PART_OF_NAME_AFTER = partOfNameAfter();
  // Capitals, from the country-data package: "Moscow views…", "Belgrade's claims".
  const capitals = new Map<string, CountryRecord>();
  for (const r of countries.all) for (const c of r.capitals) if (c.length > 3) capitals.set(c, r);
  const capitalRe = capitals.size
    ? new RegExp(
        `(?<!\\p{L})(${[...capitals.keys()].map(escapeRegExp).join('|')})(?:['’]s\\b|(?=\\s+\\p{Ll}))`,
        'gu',
      )
    : null;

  // Seats of government ("the Kremlin", "the White House"), read as the capitals are.
  const seats = new Map<string, CountryRecord>();
  for (const [iso3, names] of Object.entries(SEATS_OF_GOVERNMENT)) {
    const record = countries.byIso3.get(iso3);
    if (record) for (const n of names) seats.set(n, record);
  }
  const seatRe = new RegExp(
    `(?<!\\p{L})(${[...seats.keys()].map(escapeRegExp).join('|')})(?:['’]s\\b|(?=\\s+\\p{Ll}))`,
    'gu',
  );

  return {
    mentions(sentence) {
      const out: Mention[] = [];
      const before = (i: number) => sentence.slice(Math.max(0, i - 40), i);
      for (const m of countries.findAllInText(sentence)) {
        const end = m.index + m.match.length;
        const after = sentence.slice(end);
        const isDemonym = isDemonymOf(m.record, sentence.slice(m.index, end));
        if (
          isDemonym &&
          ((PEOPLE_AFTER.test(after) && !addressesAnActor(after)) ||
            PEOPLE_BEFORE.test(before(m.index)))
        )
          continue;
        // "Bosnian Serb leader X", "Kosovo Albanian parties", "Croatian Serb": two nationalities (or a
        // place and a nationality) side by side name a people of the first place, not either state.
        if (isDemonym && ethnicCompound(before(m.index), after, countries)) continue;
        if (
          /^-born\b/.test(after) ||
          (PART_OF_NAME_AFTER.test(after) && !/['’]s/.test(after.slice(0, 2)))
        )
          continue;
        const actor: ActorRef =
          m.record.id === KOSOVO.id
            ? KOSOVO
            : { type: 'state', id: m.record.id, name: m.record.name };
        out.push({
          actor,
          country: m.record.id === KOSOVO.id ? null : m.record,
          index: m.index,
          end,
          prepositional: isPrepositional(before(m.index)),
        });
      }
      for (const m of orgs.findAllInText(sentence)) {
        const actor: ActorRef = { type: 'organisation', id: m.record.id, name: m.record.name };
        if (out.some((o) => m.index >= o.index && m.index < o.end)) continue;
        const name =
          m.record.aliases.find((a) =>
            sentence.slice(m.index).toLowerCase().startsWith(a.toLowerCase()),
          ) ?? '';
        const body = courtOf(m.record, name);
        out.push({
          actor,
          country: null,
          index: m.index,
          end: m.index + name.length,
          prepositional: isPrepositional(before(m.index)),
          ...(body ? { body } : {}),
        });
      }
      const standIns = [
        ...(capitalRe ? sentence.matchAll(capitalRe) : []),
        ...(seats.size ? sentence.matchAll(seatRe) : []),
      ];
      for (const m of standIns) {
        const record = capitals.get(m[1]!) ?? seats.get(m[1]!)!;
        // "embassy in Minsk" is a place; "from Belgrade's policy" is still the government's policy.
        const prepositional = isPrepositional(before(m.index));
        const possessive = /^['’]s\b/.test(sentence.slice(m.index + m[1]!.length));
        if (
          out.some((o) => m.index >= o.index && m.index < o.end) ||
          (prepositional && !possessive)
        )
          continue;
        const actor: ActorRef =
          record.id === KOSOVO.id ? KOSOVO : { type: 'state', id: record.id, name: record.name };
        out.push({
          actor,
          country: record.id === KOSOVO.id ? null : record,
          index: m.index,
          end: m.index + m[1]!.length,
          prepositional,
        });
      }
      // Overlaps: keep the longer name ("Republic of Kosovo" over "Kosovo").
      const sorted = out.sort((a, b) => a.index - b.index || b.end - a.end);
      return sorted.filter(
        (m, i) => !sorted.slice(0, i).some((o) => m.index >= o.index && m.end <= o.end && o !== m),
      );
    },
  };
}

// A capitalised word shaped like a nationality ("Bosnian", "Macedonian", "Kosovar").
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}+(?:ian|an|ar|ese|ish|i)$/u;
let demonyms: ReadonlySet<string> | null = null;
const isNationalityWord = (word: string, countries: CountryIndex): boolean =>
  NATIONALITY_SHAPE.test(word) ||
  (demonyms ??= allDemonyms()).has(word) ||
  countries.findAllInText(word).some((m) => m.index === 0 && m.match.length === word.length);

/**
 * Whether a nationality stands next to another nationality or a place's name with only a space
 * between ("Bosnian Serb", "Kosovo Albanian", "Croatian Serb"): such a pair names a people.
 */
function ethnicCompound(before: string, after: string, countries: CountryIndex): boolean {
  const prev = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}-]*) $/u.exec(before)?.[1];
  const next = /^ (\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}'’-])/u.exec(after)?.[1];
  return (
    (prev !== undefined && isNationalityWord(prev, countries)) ||
    (next !== undefined && (demonyms ??= allDemonyms()).has(next))
  );
}

function isPrepositional(before: string): boolean {
  return HYPHEN_PREFIX_BEFORE.test(before) || PREPOSITION_BEFORE.test(before);
}
