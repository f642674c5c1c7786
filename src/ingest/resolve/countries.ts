import worldCountries from 'world-countries';
import { toSlug } from '../../shared/slug';
import { countryVocabulary } from '../../shared/vocabulary';
import { escapeRegExp } from '../../shared/text';
import type { StateKind } from '../../schemas';
import type { EditorialCountries } from './editorial';
import { foldKey } from '../../shared/fold';

/** One country or entity as the Atlas knows it, before any source says anything about it. */
export interface CountryRecord {
  id: string;
  name: string;
  officialName: string | null;
  iso3: string | null;
  ioc: string | null;
  ccn3: string | null;
  kind: StateKind;
  region: string | null;
  subregion: string | null;
  /** Names, official names, alternative spellings and demonyms, for matching prose. */
  names: string[];
  demonyms: string[];
  /** Capital cities, which prose uses for the government ("Moscow views…"). */
  capitals: string[];
}

/** Which code set a table writes first: recognition tables use IOC codes, position tables ISO. */
export type CodeOrder = 'ioc-first' | 'iso-first';

export interface CountryIndex {
  all: CountryRecord[];
  byIso3: Map<string, CountryRecord>;
  /** Whether the country data has a record under this alpha-3 code (Kosovo's user-assigned UNK included). */
  hasCode(iso3: string): boolean;
  resolveCode(
    code: string,
    order: CodeOrder,
  ): { record: CountryRecord; via: 'ioc' | 'iso' | 'editorial'; reason?: string } | null;
  resolveName(name: string): CountryRecord | null;
  /** Earliest known name, demonym or short form in the text (longest at a tie), skipping `exclude` ids. */
  findInText(
    text: string,
    exclude?: string[],
  ): { record: CountryRecord; index: number; match: string } | null;
  /** Every mention in the text, in order (non-overlapping, longest name at each position). */
  findAllInText(
    text: string,
    exclude?: string[],
  ): Array<{ record: CountryRecord; index: number; match: string }>;
}

export function buildCountryIndex(editorial: EditorialCountries): CountryIndex {
  const corrections = new Map(editorial.corrections.map((c) => [`${c.iso3}.${c.field}`, c.value]));
  const kinds = new Map(editorial.kinds.map((k) => [k.iso3, k.kind]));
  const displayNames = new Map(editorial.displayNames.map((d) => [d.iso3, d.name]));
  const records: CountryRecord[] = worldCountries.map((c) => {
    const name = displayNames.get(c.cca3) ?? c.name.common;
    const unMember = (corrections.get(`${c.cca3}.unMember`) as boolean | undefined) ?? c.unMember;
    const ioc = (corrections.get(`${c.cca3}.cioc`) as string | undefined) ?? (c.cioc || null);
    // The names and demonyms the cross-links read too (src/shared/vocabulary.ts). Case is folded
    // here, so abbreviations only count after "the" ("The UK was…", never "us").
    const vocabulary = countryVocabulary(c);
    return {
      id: toSlug(name),
      name,
      officialName: c.name.official,
      iso3: c.cca3 === 'UNK' ? null : c.cca3,
      ioc,
      ccn3: c.ccn3 || null,
      kind: unMember ? 'un-member' : (kinds.get(c.cca3) ?? 'other-entity'),
      region: c.region || null,
      subregion: c.subregion || null,
      names: [
        name,
        ...vocabulary.names,
        ...vocabulary.altSpellings,
        ...vocabulary.shortForms,
        ...vocabulary.abbreviations.map((a) => `the ${a}`),
      ],
      demonyms: vocabulary.demonyms,
      capitals: c.capital ?? [],
    };
  });
  for (const e of editorial.extraEntities) {
    records.push({
      id: e.id,
      name: e.name,
      officialName: e.officialName ?? null,
      iso3: null,
      ioc: null,
      ccn3: null,
      kind: e.kind,
      region: e.region,
      subregion: e.subregion,
      names: [e.name, ...(e.officialName ? [e.officialName] : [])],
      demonyms: e.demonyms ?? [],
      capitals: [],
    });
  }
  // Kosovo's own record: world-countries gives it the user-assigned code UNK, which is no ISO code.
  const byIso3 = new Map(records.filter((r) => r.iso3).map((r) => [r.iso3!, r]));
  const byIoc = new Map(records.filter((r) => r.ioc).map((r) => [r.ioc!, r]));
  const aliases = new Map(editorial.codes.map((c) => [c.code, c]));
  const byName = new Map<string, CountryRecord>();
  // UN members first: "French" is France's demonym before it is the French Southern Lands'.
  const rank = (r: CountryRecord) =>
    r.kind === 'un-member' ? 0 : r.kind === 'non-member-state' ? 1 : 2;
  for (const r of [...records].sort((a, b) => rank(a) - rank(b)))
    for (const n of [...r.names, ...r.demonyms])
      if (!byName.has(foldKey(n))) byName.set(foldKey(n), r);

  // One alternation per exclusion set, longest names first, so a single scan finds the earliest
  // mention and, at a tie, the longest name; compiled once because findInText runs per statement.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const compiled = new Map<string, RegExp>();
  const scanner = (exclude: string[]) => {
    const key = [...exclude].sort().join(',');
    let re = compiled.get(key);
    if (!re) {
      const allowed = names.filter((n) => !exclude.includes(byName.get(n)!.id));
      re = new RegExp(`(?<!\\p{L})(?:${allowed.map(escapeRegExp).join('|')})(?!\\p{L})`, 'u');
      compiled.set(key, re);
    }
    return re;
  };

  return {
    all: records,
    byIso3,
    hasCode: (iso3) => worldCountries.some((c) => c.cca3 === iso3),
    resolveCode(code, order) {
      const c = code.trim().toUpperCase();
      const alias = aliases.get(c);
      if (alias) {
        const record = byIso3.get(alias.iso3);
        if (record) return { record, via: 'editorial', reason: alias.reason };
      }
      const tries: Array<['ioc' | 'iso', Map<string, CountryRecord>]> =
        order === 'ioc-first'
          ? [
              ['ioc', byIoc],
              ['iso', byIso3],
            ]
          : [
              ['iso', byIso3],
              ['ioc', byIoc],
            ];
      for (const [via, map] of tries) {
        const record = map.get(c);
        if (record) return { record, via };
      }
      return null;
    },
    resolveName(name) {
      return byName.get(foldKey(name)) ?? null;
    },
    findInText(text, exclude = []) {
      const m = scanner(exclude).exec(foldKey(text));
      return m ? { record: byName.get(m[0])!, index: m.index, match: m[0] } : null;
    },
    findAllInText(text, exclude = []) {
      // matchAll clones the regex, so one global copy per exclusion set serves every call.
      const key = `g:${[...exclude].sort().join(',')}`;
      let re = compiled.get(key);
      if (!re) compiled.set(key, (re = new RegExp(scanner(exclude).source, 'gu')));
      return [...foldKey(text).matchAll(re)].map((m) => ({
        record: byName.get(m[0])!,
        index: m.index,
        match: m[0],
      }));
    },
  };
}
