/**
 * Editorial files read outside the ingest's own loader (src/ingest/resolve/editorial.ts), each
 * validated once (Node only): names.yaml (short forms, names of entities the country-data package
 * lacks, names never to link) for the ingest's name scans and the cross-links alike, and map.yaml
 * for the world map, subject.yaml (the Atlas's subject) for all. Demonyms of the entities in
 * countries.yaml are read from there.
 */
import path from 'node:path';
import { z } from 'zod';
// The ingest's YAML reader: positions kept, so an error names file:line:column in one sentence.
import { readYamlFile } from '../ingest/yamlFile';

const reason = z.string().min(10, 'every editorial entry needs a reason');
const names = z.array(z.string().min(1));

const namesFile = z.strictObject({
  shortForms: z.array(
    z.strictObject({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      names,
      abbreviations: names.default([]),
      reason,
    }),
  ),
  entities: z.array(
    z.strictObject({
      id: z.string().min(1),
      shortForms: names.default([]),
      demonyms: names.default([]),
      reason,
    }),
  ),
  neverLink: z.array(z.strictObject({ name: z.string().min(1), reason })),
});

// Only the part of countries.yaml this module reads; the ingest validates the whole file.
const countriesDemonyms = z.object({
  extraEntities: z.array(z.object({ id: z.string(), demonyms: names.optional() })),
  demonyms: z.array(z.object({ iso3: z.string(), demonyms: names })),
});

export interface EditorialNames {
  /** Short forms by ISO alpha-3: names matched as written, abbreviations case-sensitively. */
  shortForms: Readonly<
    Record<string, { names: readonly string[]; abbreviations: readonly string[] }>
  >;
  /** Short forms and demonyms of entities without a package record (or ISO code), by Atlas id. */
  entities: Readonly<
    Record<string, { shortForms: readonly string[]; demonyms: readonly string[] }>
  >;
  /** Names that read as something else too often to link. */
  neverLink: ReadonlySet<string>;
  /** Demonyms the country-data package lacks, by ISO alpha-3 (countries.yaml). */
  demonyms: Readonly<Record<string, readonly string[]>>;
}

/** The editorial folder the ingest reads too: ATLAS_EDITORIAL_DIR or content/editorial. */
export function editorialDir(): string {
  return process.env.ATLAS_EDITORIAL_DIR ?? path.join(process.cwd(), 'content/editorial');
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  return readYamlFile(file, path.basename(file), schema);
}

export function loadEditorialNames(dir: string): EditorialNames {
  const file = readYaml(path.join(dir, 'names.yaml'), namesFile);
  const { extraEntities, demonyms } = readYaml(path.join(dir, 'countries.yaml'), countriesDemonyms);
  const entities: Record<string, { shortForms: string[]; demonyms: string[] }> = {};
  for (const e of extraEntities)
    if (e.demonyms?.length) entities[e.id] = { shortForms: [], demonyms: [...e.demonyms] };
  for (const e of file.entities) {
    const known = entities[e.id] ?? { shortForms: [], demonyms: [] };
    entities[e.id] = {
      shortForms: [...known.shortForms, ...e.shortForms],
      demonyms: [...known.demonyms, ...e.demonyms],
    };
  }
  return {
    shortForms: Object.fromEntries(
      file.shortForms.map((f) => [f.iso3, { names: f.names, abbreviations: f.abbreviations }]),
    ),
    entities,
    neverLink: new Set(file.neverLink.map((n) => n.name)),
    demonyms: Object.fromEntries(demonyms.map((d) => [d.iso3, d.demonyms])),
  };
}

const mapFile = z.strictObject({
  namelessAreas: z.array(
    z.strictObject({ area: z.string().min(1), id: z.string().min(1), reason }),
  ),
  notOnMap: z.array(z.strictObject({ id: z.string().min(1), reason })),
});

export interface EditorialMap {
  /** Atlas id of each area Natural Earth draws without an ISO numeric id, by the area's name. */
  namelessAreas: Readonly<Record<string, string>>;
  /** States the map cannot show, with the reason shown to readers, by Atlas id. */
  notOnMap: Readonly<Record<string, string>>;
}

export function loadEditorialMap(dir: string): EditorialMap {
  const file = readYaml(path.join(dir, 'map.yaml'), mapFile);
  return {
    namelessAreas: Object.fromEntries(file.namelessAreas.map((a) => [a.area, a.id])),
    notOnMap: Object.fromEntries(file.notOnMap.map((m) => [m.id, m.reason])),
  };
}

const subjectFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'an Atlas id (lowercase slug)'),
  name: z.string().min(1),
  stem: z.string().min(3),
  reason,
});

export interface EditorialSubject {
  /** Atlas id of the subject (its page, its actor id in statements and claims). */
  id: string;
  /** Its display name. */
  name: string;
  /** A word opening with this stem names the subject in prose. */
  stem: string;
}

export function loadEditorialSubject(dir: string): EditorialSubject {
  const { id, name, stem } = readYaml(path.join(dir, 'subject.yaml'), subjectFile);
  return { id, name, stem };
}

/** Reads a file of the editorial folder once per folder. */
function memoised<T>(load: (dir: string) => T): (dir?: string) => T {
  const cache = new Map<string, T>();
  return (dir = editorialDir()) => {
    if (!cache.has(dir)) cache.set(dir, load(dir));
    return cache.get(dir)!;
  };
}

export const editorialNames = memoised(loadEditorialNames);
export const editorialMap = memoised(loadEditorialMap);
export const editorialSubject = memoised(loadEditorialSubject);
