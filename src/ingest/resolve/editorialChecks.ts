/**
 * Every editorial entry must match something in the current sources. An entry that matches
 * nothing (a blank row that is no longer blank, a code no table writes, a statement id that no
 * longer exists) would be ignored, and what it stood for would vanish from the atlas without a
 * word; here it stops the ingest at the entry's own file:line:column.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Claim, Event, Position, SourceDocument } from '../../schemas';
import type { ResolvedRecognition } from '../recognitions';
import { entryError, readYamlFile } from '../yamlFile';
import type { CountryIndex } from './countries';
import type { Editorial } from './editorial';
import { loadEditorialSubject } from '../../shared/editorial';
import { SourceError } from '../read/document';
import { escapeRegExp } from '../../shared/text';

interface Evidence {
  documents: SourceDocument[];
  recognitions: ResolvedRecognition[];
  positions: Position[];
  /** Timeline events: a former statement id may now name one (an accession told as an event). */
  events: Event[];
  /** Ids of every page the atlas has: states, organisations, Kosovo. */
  pageIds: ReadonlySet<string>;
  /** The editorial folder, for the files the site reads (search-aliases.yaml, map.yaml). */
  editorialDir: string;
}

const idEntries = z.array(z.looseObject({ id: z.string() }));
const mapIds = z.looseObject({ namelessAreas: idEntries, notOnMap: idEntries });

/** Entries of the site's editorial files that name a page by id, each with its file. */
function siteEntries(dir: string): Array<{ entry: { id: string }; file: string }> {
  const read = <T>(file: string, schema: z.ZodType<T>): T | null =>
    fs.existsSync(path.join(dir, file)) ? readYamlFile(path.join(dir, file), file, schema) : null;
  const aliases = read('search-aliases.yaml', idEntries) ?? [];
  const map = read('map.yaml', mapIds);
  return [
    ...aliases.map((entry) => ({ entry, file: 'search-aliases.yaml' })),
    ...[...(map?.namelessAreas ?? []), ...(map?.notOnMap ?? [])].map((entry) => ({
      entry,
      file: 'map.yaml',
    })),
  ];
}

/** Every cell of every table of the sources, trimmed. */
function tableCells(documents: SourceDocument[]): Set<string> {
  const cells = new Set<string>();
  for (const d of documents)
    for (const b of d.blocks)
      if (b.kind === 'table')
        for (const r of [b.header, ...b.rows]) for (const c of r.cells) cells.add(c.trim());
  return cells;
}

/** The text each document holds at each file line (paragraphs, list items, headings, rows). */
function textAt(documents: SourceDocument[], file: string, line: number): string {
  const doc = documents.find((d) => d.file === file);
  if (!doc) return '';
  return doc.blocks
    .flatMap((b) =>
      b.kind === 'table'
        ? [b.header, ...b.rows].filter((r) => r.line === line).map((r) => r.cells.join(' '))
        : b.line === line || ('lineMap' in b && b.lineMap?.some((m) => m.line === line))
          ? [b.text]
          : [],
    )
    .join(' ');
}

/**
 * Every state and organisation an editorial entry names exists: an ISO code the country data does
 * not know, or an organisation id no entry defines, stops the ingest at the entry. Runs before
 * anything is built from the entries.
 */
export function checkEditorialReferences(editorial: Editorial, countries: CountryIndex): void {
  const known = (iso3: string) => countries.hasCode(iso3);
  const c = editorial.countries;
  const named: Array<[object, string, string]> = [
    ...c.codes.map((e): [object, string, string] => [e, e.iso3, 'the state this code stands for']),
    ...c.corrections.map((e): [object, string, string] => [e, e.iso3, 'the state to correct']),
    ...c.kinds.map((e): [object, string, string] => [e, e.iso3, 'the state whose kind is set']),
    ...c.displayNames.map((e): [object, string, string] => [e, e.iso3, 'the state to name']),
    ...c.demonyms.map((e): [object, string, string] => [e, e.iso3, 'the state of these demonyms']),
  ];
  for (const [entry, iso3, what] of named)
    if (!known(iso3))
      throw entryError(
        entry,
        'countries.yaml',
        `an ISO 3166-1 alpha-3 code of a known state as ${what}`,
        iso3,
      );
  for (const b of editorial.blankNames)
    if (!known(b.iso3))
      throw entryError(
        b,
        'blank-names.yaml',
        'an ISO 3166-1 alpha-3 code of a known state',
        b.iso3,
      );
  for (const o of editorial.organisations) {
    const unknown = (o.members ?? []).findIndex((iso3) => !known(iso3));
    if (unknown >= 0)
      throw entryError(
        o.members!,
        'organisations.yaml',
        `ISO 3166-1 alpha-3 codes of known states in the ${o.id} member list (item ${unknown + 1})`,
        o.members![unknown],
      );
  }
  const orgIds = new Set(editorial.organisations.map((o) => o.id));
  for (const t of editorial.membershipTokens)
    if (!orgIds.has(t.organisation))
      throw entryError(
        t,
        'membership-tokens.yaml',
        `the id of an organisation in organisations.yaml for the token ${t.token}`,
        t.organisation,
      );
}

/** Throws at the first editorial entry that matches nothing in the current sources. */
export function checkEditorialMatches(editorial: Editorial, evidence: Evidence): void {
  checkSubjectNamed(evidence.editorialDir, evidence.documents);
  for (const b of editorial.blankNames) {
    const used = evidence.recognitions.some(
      (r) =>
        r.row.table === b.table &&
        r.row.rank === b.rank &&
        r.naming.kind === 'editorial' &&
        r.record.iso3 === b.iso3,
    );
    if (used) continue;
    // Advice to remove the entry is right only when the row itself now names a state: when the
    // row is gone, removing the entry would make the state it names vanish without a trace.
    const sameRank = evidence.recognitions.find(
      (r) => r.row.table === b.table && r.row.rank === b.rank,
    );
    throw entryError(
      b,
      'blank-names.yaml',
      sameRank
        ? `a row of the ${b.table} table with rank ${b.rank} and a blank country cell, which this entry names ${b.iso3}; that row (line ${sameRank.row.line}) now names ${sameRank.record.name} itself (remove the entry if that is the state, or correct it)`
        : `a row of the ${b.table} table with rank ${b.rank} and a blank country cell, which this entry names ${b.iso3}; the row is missing from the current sources (restore it if it was lost: removing this entry would drop ${b.iso3} from the atlas; or correct the entry's rank)`,
    );
  }
  const cells = tableCells(evidence.documents);
  for (const c of editorial.countries.codes) {
    if (!cells.has(c.code))
      throw entryError(
        c,
        'countries.yaml',
        `a table cell of the sources holding the code ${c.code}; none does (remove or correct the entry)`,
      );
  }
  const tokens = new Set(evidence.recognitions.flatMap((r) => r.row.membershipTokens));
  for (const t of editorial.membershipTokens) {
    if (!tokens.has(t.token))
      throw entryError(
        t,
        'membership-tokens.yaml',
        `a membership column of the recognition tables holding the token ${t.token}; none does (remove or correct the entry)`,
      );
  }
  const ids = new Set([...evidence.positions, ...evidence.events].map((p) => p.id));
  for (const alias of editorial.positionIds) {
    if (!ids.has(alias.to))
      throw entryError(
        alias,
        'position-ids.yaml',
        `a statement or event with the id ${alias.to} to keep ${alias.from} as its former id; none has it now (update "to", or the old link breaks)`,
      );
  }
  for (const { entry, file } of siteEntries(evidence.editorialDir))
    if (!evidence.pageIds.has(entry.id))
      throw entryError(
        entry,
        file,
        `the id of a state or organisation the atlas has a page for; it has none called "${entry.id}" (remove or correct the entry)`,
      );
  for (const n of editorial.proseNotes) {
    if (!textAt(evidence.documents, n.file, n.line).includes(n.startsWith))
      throw entryError(
        n,
        'prose.yaml',
        `a sentence at ${n.file}:${n.line} starting "${n.startsWith}"; the current sources have none there`,
      );
  }
}

/**
 * The subject's name and stem (subject.yaml) must be words the sources write: a typo ("Kosova")
 * would quietly stop every rule that finds the subject in a sentence (its memberships, claims and
 * statements), so it stops the ingest at the entry's line instead.
 */
function checkSubjectNamed(editorialDir: string, documents: SourceDocument[]): void {
  const file = path.join(editorialDir, 'subject.yaml');
  if (!fs.existsSync(file)) return;
  const subject = loadEditorialSubject(editorialDir);
  // The name as a whole word ("Kosova" is not in "Kosovar"); the stem opening a word.
  const pattern = (key: 'name' | 'stem') =>
    new RegExp(`\\b${escapeRegExp(subject[key])}${key === 'name' ? '\\b' : ''}`);
  const written = (key: 'name' | 'stem') =>
    documents.some(
      (d) =>
        pattern(key).test(d.title) ||
        d.blocks.some((b) => 'text' in b && pattern(key).test(b.text)),
    );
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (const key of ['name', 'stem'] as const) {
    if (written(key)) continue;
    const line = lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
    throw new SourceError(
      'subject.yaml',
      line,
      `a ${key} of the subject that the sources write (every article is about it)`,
      subject[key],
      1,
    );
  }
}

/**
 * A claim id an earlier build published stays on the claim now told instead (claim-ids.yaml); an
 * entry whose claim is gone stops the ingest at the entry, so a stored id never breaks silently.
 */
export function keepFormerIdsOfClaims(editorial: Editorial, claims: Claim[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const alias of editorial.claimIds) {
    const target = byId.get(alias.to);
    if (!target)
      throw entryError(
        alias,
        'claim-ids.yaml',
        `a claim with the id ${alias.to} to keep ${alias.from} as its former id; none has it now (update "to")`,
      );
    if (!byId.has(alias.from) && !target.formerIds.includes(alias.from))
      target.formerIds.push(alias.from);
  }
}
