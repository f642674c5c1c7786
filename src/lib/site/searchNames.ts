/**
 * Every name a reader may type for a state or organisation page, for the search index's `aliases`
 * metadata (Pagefind searches metadata and ranks a page whose metadata matches the whole query
 * above pages that merely mention it). The names come from data, never from a list here:
 * - the cross-link names (src/lib/text/names.ts: the page's own, official, world-countries'
 *   alternative and the sources' short forms, each kept only when it means this page alone),
 * - the ISO 3166-1 alpha-3 and IOC codes of a state and an organisation's abbreviation,
 * - the organisation aliases the ingest reads (content/editorial/organisations.yaml),
 * - content/editorial/search-aliases.yaml, for names no data source gives (each with a reason).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Linkable } from '../text';

const searchAliasesFile = z.array(
  z.strictObject({
    id: z.string().min(1),
    names: z.array(z.string().min(1)).min(1),
    reason: z.string().min(10, 'every editorial entry needs a reason'),
  }),
);
const organisationAliasesFile = z.array(z.looseObject({ id: z.string(), aliases: z.array(z.string()).default([]) }));

export type NamesById = ReadonlyMap<string, readonly string[]>;

function editorialDir(): string {
  return process.env.ATLAS_EDITORIAL_DIR ?? path.join(process.cwd(), 'content/editorial');
}

function readYaml(file: string): unknown {
  return fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : [];
}

/** Editorial search names and organisation aliases by id, from `dir` (content/editorial/). */
export function loadEditorialSearchNames(dir = editorialDir()): NamesById {
  const names = new Map<string, string[]>();
  const add = (id: string, more: readonly string[]) => names.set(id, [...(names.get(id) ?? []), ...more]);
  for (const entry of searchAliasesFile.parse(readYaml(path.join(dir, 'search-aliases.yaml')))) add(entry.id, entry.names);
  for (const entry of organisationAliasesFile.parse(readYaml(path.join(dir, 'organisations.yaml')))) add(entry.id, entry.aliases);
  return names;
}

export interface SearchNameSubject {
  id: string;
  name: string;
  iso3?: string | null;
  ioc?: string | null;
  abbreviation?: string | null;
}

const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * The names for `subject`, its displayed name first, de-duplicated ignoring accents and case, in a
 * stable order. The displayed name is repeated here (it is also the title) so a page whose own name
 * is the query outranks one whose longer title merely contains the query's words ("European Union"
 * vs "European Broadcasting Union"). Names with a leading "the " lose it (Pagefind would match
 * "the" too).
 */
export function searchNames(subject: SearchNameSubject, linkables: readonly Linkable[], editorial: NamesById): string[] {
  const linkable = linkables.find((l) => l.id === subject.id);
  const candidates = [
    subject.name,
    ...(linkable?.names ?? []),
    subject.iso3,
    subject.ioc,
    subject.abbreviation,
    ...(editorial.get(subject.id) ?? []),
  ];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const candidate of candidates) {
    const name = candidate?.replace(/^the\s+/i, '').trim();
    if (!name || seen.has(fold(name))) continue;
    seen.add(fold(name));
    names.push(name);
  }
  return names;
}

/** The `data-pagefind-meta` value: inline metadata runs to the end of the attribute, commas and all. */
export function aliasesMeta(names: readonly string[]): string | undefined {
  return names.length === 0 ? undefined : `aliases:${names.join(', ')}`;
}

let editorialNames: NamesById | undefined;

/** `data-pagefind-meta` for a state or organisation page (the editorial files are read once). */
export function searchAliasesMeta(subject: SearchNameSubject, linkables: readonly Linkable[]): string | undefined {
  editorialNames ??= loadEditorialSearchNames();
  return aliasesMeta(searchNames(subject, linkables, editorialNames));
}
