/**
 * The names in content/editorial/names.yaml (short forms, names of entities the country-data
 * package lacks, names never to link), validated, for the ingest's name scans and the site's
 * cross-links alike (Node only). Demonyms of the entities in countries.yaml are read from there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const reason = z.string().min(10, 'every editorial entry needs a reason');
const names = z.array(z.string().min(1));

const namesFile = z.strictObject({
  shortForms: z.array(z.strictObject({ iso3: z.string().regex(/^[A-Z]{3}$/), names, abbreviations: names.default([]), reason })),
  entities: z.array(z.strictObject({ id: z.string().min(1), shortForms: names.default([]), demonyms: names.default([]), reason })),
  neverLink: z.array(z.strictObject({ name: z.string().min(1), reason })),
});

// Only the part of countries.yaml this module reads; the ingest validates the whole file.
const countriesDemonyms = z.object({ extraEntities: z.array(z.object({ id: z.string(), demonyms: names.optional() })) });

export interface EditorialNames {
  /** Short forms by ISO alpha-3: names matched as written, abbreviations case-sensitively. */
  shortForms: Readonly<Record<string, { names: readonly string[]; abbreviations: readonly string[] }>>;
  /** Short forms and demonyms of entities without a package record (or ISO code), by Atlas id. */
  entities: Readonly<Record<string, { shortForms: readonly string[]; demonyms: readonly string[] }>>;
  /** Names that read as something else too often to link. */
  neverLink: ReadonlySet<string>;
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${file}: ${issue.message} at ${issue.path.join('.')}`);
}

export function loadEditorialNames(dir: string): EditorialNames {
  const file = readYaml(path.join(dir, 'names.yaml'), namesFile);
  const { extraEntities } = readYaml(path.join(dir, 'countries.yaml'), countriesDemonyms);
  const entities: Record<string, { shortForms: string[]; demonyms: string[] }> = {};
  for (const e of extraEntities) if (e.demonyms?.length) entities[e.id] = { shortForms: [], demonyms: [...e.demonyms] };
  for (const e of file.entities) {
    const known = entities[e.id] ?? { shortForms: [], demonyms: [] };
    entities[e.id] = { shortForms: [...known.shortForms, ...e.shortForms], demonyms: [...known.demonyms, ...e.demonyms] };
  }
  return {
    shortForms: Object.fromEntries(file.shortForms.map((f) => [f.iso3, { names: f.names, abbreviations: f.abbreviations }])),
    entities,
    neverLink: new Set(file.neverLink.map((n) => n.name)),
  };
}

const cache = new Map<string, EditorialNames>();

/** The names of the project's editorial folder (ATLAS_EDITORIAL_DIR, as the ingest reads it), read once. */
export function editorialNames(dir = process.env.ATLAS_EDITORIAL_DIR ?? path.join(process.cwd(), 'content/editorial')): EditorialNames {
  let names = cache.get(dir);
  if (!names) cache.set(dir, (names = loadEditorialNames(dir)));
  return names;
}
