import { toSlug } from '../../shared/slug';
import { escapeRegExp } from '../../shared/text';
import type { EditorialOrganisation } from './editorial';

export interface OrganisationRecord {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: 'intergovernmental' | 'non-governmental' | 'sub-state';
  aliases: string[];
  members: string[] | null;
  membersReason: string | null;
  /** 'editorial' when known from content/editorial, 'source' when first met in a source table. */
  origin: 'editorial' | 'source';
}

export interface OrganisationIndex {
  all(): OrganisationRecord[];
  byId(id: string): OrganisationRecord | undefined;
  /** Exact alias or abbreviation (abbreviations case-sensitive). */
  resolveToken(token: string): OrganisationRecord | null;
  /** Earliest alias mentioned in a text. */
  findInText(text: string): OrganisationRecord | null;
  /** Every alias mentioned in a text, with where it starts. */
  findAllInText(text: string): Array<{ record: OrganisationRecord; index: number }>;
  /** Adds an organisation first met in a source table ("Basque Government", "Balochistan"). */
  addFromSource(
    name: string,
    abbreviation: string | null,
    kind: OrganisationRecord['kind'],
  ): OrganisationRecord;
}

// Compiled once per alias: the ingest scans every sentence for every alias (matchAll clones it).
const ALIAS_PATTERNS = new Map<string, RegExp>();
function aliasPattern(alias: string): RegExp {
  let re = ALIAS_PATTERNS.get(alias);
  if (!re) {
    const flags = alias === alias.toUpperCase() ? 'gu' : 'giu';
    re = new RegExp(`(?<!\\p{L})${escapeRegExp(alias)}(?!\\p{L})`, flags);
    ALIAS_PATTERNS.set(alias, re);
  }
  return re;
}

export function buildOrganisationIndex(editorial: EditorialOrganisation[]): OrganisationIndex {
  const records = new Map<string, OrganisationRecord>();
  for (const e of editorial) {
    records.set(e.id, {
      id: e.id,
      name: e.name,
      abbreviation: e.abbreviation,
      kind: e.kind,
      aliases: [...new Set([e.name, ...(e.abbreviation ? [e.abbreviation] : []), ...e.aliases])],
      members: e.members ?? null,
      membersReason: e.membersReason ?? null,
      origin: 'editorial',
    });
  }
  const lookup = (token: string) => {
    for (const r of records.values()) {
      for (const a of r.aliases) {
        const isAbbreviation = a === a.toUpperCase() || /^[A-Z][a-z]?[A-Z]+$/.test(a);
        if (isAbbreviation ? a === token : a.toLowerCase() === token.toLowerCase()) return r;
      }
    }
    return null;
  };
  return {
    all: () => [...records.values()],
    byId: (id) => records.get(id),
    resolveToken: (token) => lookup(token.trim()),
    findInText(text) {
      let best: { r: OrganisationRecord; index: number } | null = null;
      for (const r of records.values()) {
        for (const a of r.aliases) {
          const flags = a === a.toUpperCase() ? 'u' : 'iu';
          const m = new RegExp(`(^|[^\\p{L}])${escapeRegExp(a)}(?![\\p{L}])`, flags).exec(text);
          if (m && (!best || m.index < best.index)) best = { r, index: m.index };
        }
      }
      return best?.r ?? null;
    },
    findAllInText(text) {
      const out: Array<{ record: OrganisationRecord; index: number }> = [];
      for (const r of records.values()) {
        for (const a of r.aliases) {
          for (const m of text.matchAll(aliasPattern(a))) out.push({ record: r, index: m.index });
        }
      }
      return out.sort((x, y) => x.index - y.index);
    },
    addFromSource(name, abbreviation, kind) {
      const id = toSlug(name);
      const existing = records.get(id);
      if (existing) return existing;
      const record: OrganisationRecord = {
        id,
        name,
        abbreviation,
        kind,
        aliases: [name, ...(abbreviation ? [abbreviation] : [])],
        members: null,
        membersReason: null,
        origin: 'source',
      };
      records.set(id, record);
      return record;
    },
  };
}
