/**
 * Every name a reader may type for a state or organisation page, for the search index's `aliases`
 * metadata (Pagefind searches metadata and ranks a page whose metadata matches the whole query
 * above pages that merely mention it). The names come from data, never from a list here:
 * - the cross-link names (src/lib/text/names.ts: the page's own, official, world-countries'
 *   alternative and the sources' short forms, each kept only when it means this page alone),
 * - the ISO 3166-1 alpha-3 and IOC codes of a state and an organisation's abbreviation,
 * - the organisation aliases the ingest reads (content/editorial/organisations.yaml),
 * - the people who speak for it in the statements (full name and surname; see speakerPages),
 * - content/editorial/search-aliases.yaml, for names no data source gives (each with a reason).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readYamlFile } from '../../ingest/yamlFile';
import { z } from 'zod';
import type { Position } from '../../schemas';
import type { Linkable } from '../text';
import { foldKey } from '../../shared/fold';

const searchAliasesFile = z.array(
  z.strictObject({
    id: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
    reason: z.string().min(10, 'every editorial entry needs a reason'),
  }),
);
const organisationAliasesFile = z.array(
  z.looseObject({ id: z.string(), aliases: z.array(z.string()).default([]) }),
);

export type NamesById = ReadonlyMap<string, readonly string[]>;

function editorialDir(): string {
  return process.env.ATLAS_EDITORIAL_DIR ?? path.join(process.cwd(), 'content/editorial');
}

/** An optional editorial file, read with positions kept (errors name file:line:column). */
function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  return fs.existsSync(file) ? readYamlFile(file, path.basename(file), schema) : schema.parse([]);
}

/** Editorial search names and organisation aliases by id, from `dir` (content/editorial/). */
export function loadEditorialSearchNames(dir = editorialDir()): NamesById {
  const names = new Map<string, string[]>();
  const add = (id: string, more: readonly string[]) =>
    names.set(id, [...(names.get(id) ?? []), ...more]);
  for (const entry of readYaml(path.join(dir, 'search-aliases.yaml'), searchAliasesFile))
    add(entry.id, entry.names);
  for (const entry of readYaml(path.join(dir, 'organisations.yaml'), organisationAliasesFile))
    add(entry.id, entry.aliases);
  return names;
}

/**
 * The people who speak for each page, by page id: a speaker belongs to the page their role names
 * first ("Serbian Foreign Minister" → Serbia; "Secretary General of the OIC" → OIC), by majority
 * over their statements (Vuk Jeremić is "Serbian Foreign Minister" three times and once President
 * of the UN General Assembly), else to the one actor all their statements belong to. Only names
 * that read as a person's (every word capitalised: not "Foreign Ministry of Chile"). Each gets
 * their full name and their surname, unless the surname is also another page's speaker's.
 */
export function speakerPages(
  positions: readonly Position[],
  linkables: readonly Linkable[],
): NamesById {
  const firstNamedPage = firstNamedPageFinder(linkables);
  const votes = new Map<string, Map<string, number>>();
  const actors = new Map<string, Set<string>>();
  // Every person who speaks in a statement, not only its first speaker: a joint statement
  // ("Ilkka Kanerva, Chairman and Knut Vollebæk, OSCE Minorities Commissioner") is each one's.
  const speakersOf = (position: Position) => [
    ...new Map(
      [
        ...(position.speaker ? [position.speaker] : []),
        ...position.speakers.flatMap((s) => (s.name ? [{ name: s.name, role: s.role }] : [])),
      ].map((s) => [s.name.trim(), s] as const),
    ).values(),
  ];
  for (const position of positions) {
    for (const speaker of speakersOf(position)) {
      const name = speaker.name.trim();
      if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.test(name)) continue;
      actors.set(name, (actors.get(name) ?? new Set()).add(position.actor.id));
      const named = speaker.role ? firstNamedPage(speaker.role) : undefined;
      if (named === undefined) continue;
      const counts = votes.get(name) ?? new Map<string, number>();
      counts.set(named, (counts.get(named) ?? 0) + 1);
      votes.set(name, counts);
    }
  }
  const pageOf = new Map<string, string>();
  for (const [name, ids] of actors) {
    const counts = [...(votes.get(name) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const page = counts[0]?.[0] ?? (ids.size === 1 ? [...ids][0] : undefined);
    if (page !== undefined) pageOf.set(name, page);
  }
  const surnamePages = new Map<string, Set<string>>();
  for (const [name, page] of pageOf) {
    const surname = foldKey(name.split(/\s+/).at(-1)!);
    surnamePages.set(surname, (surnamePages.get(surname) ?? new Set()).add(page));
  }
  const names = new Map<string, string[]>();
  for (const [name, page] of pageOf) {
    const surname = name.split(/\s+/).at(-1)!;
    const own = surnamePages.get(foldKey(surname))?.size === 1 ? [name, surname] : [name];
    names.set(page, [...(names.get(page) ?? []), ...own]);
  }
  return names;
}

/**
 * A finder for the page whose name occurs first in a text (the longest name where two start
 * together: alternation tries the longer names first). One pattern for all names, built once.
 */
function firstNamedPageFinder(
  linkables: readonly Linkable[],
): (text: string) => string | undefined {
  const idByName = new Map<string, string>();
  for (const linkable of linkables)
    for (const name of linkable.names) idByName.set(foldKey(name), linkable.id);
  const names = [...idByName.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (names.length === 0) return () => undefined;
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  return (text) => {
    const match = pattern.exec(foldKey(text));
    return match ? idByName.get(match[0]) : undefined;
  };
}

export interface SearchNameSubject {
  id: string;
  name: string;
  iso3?: string | null;
  ioc?: string | null;
  abbreviation?: string | null;
}

/**
 * The names for `subject`, its displayed name first, de-duplicated ignoring accents and case, in a
 * stable order. The displayed name is repeated here (it is also the title) so a page whose own name
 * is the query outranks one whose longer title merely contains the query's words ("European Union"
 * vs "European Broadcasting Union"). Names with a leading "the " lose it (Pagefind would match
 * "the" too).
 */
export function searchNames(
  subject: SearchNameSubject,
  linkables: readonly Linkable[],
  editorial: NamesById,
  speakers: NamesById = new Map(),
): string[] {
  const linkable = linkables.find((l) => l.id === subject.id);
  const candidates = [
    subject.name,
    ...(linkable?.names ?? []),
    subject.iso3,
    subject.ioc,
    subject.abbreviation,
    ...(editorial.get(subject.id) ?? []),
    ...(speakers.get(subject.id) ?? []),
  ];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const candidate of candidates) {
    const name = candidate?.replace(/^the\s+/i, '').trim();
    if (!name || seen.has(foldKey(name))) continue;
    seen.add(foldKey(name));
    names.push(name);
  }
  return names;
}

/** The `data-pagefind-meta` value: inline metadata runs to the end of the attribute, commas and all. */
export function aliasesMeta(names: readonly string[]): string | undefined {
  return names.length === 0 ? undefined : `aliases:${names.join(', ')}`;
}

let editorialNames: NamesById | undefined;
const speakersCache = new WeakMap<readonly Position[], NamesById>();

/** `data-pagefind-meta` for a state or organisation page (the editorial files are read once). */
export function searchAliasesMeta(
  subject: SearchNameSubject,
  data: { linkables: readonly Linkable[]; positions: readonly Position[] },
): string | undefined {
  editorialNames ??= loadEditorialSearchNames();
  let speakers = speakersCache.get(data.positions);
  if (!speakers)
    speakersCache.set(data.positions, (speakers = speakerPages(data.positions, data.linkables)));
  return aliasesMeta(searchNames(subject, data.linkables, editorialNames, speakers));
}
