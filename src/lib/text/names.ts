import worldCountries from 'world-countries';
import type { Organisation, State } from '../../schemas';
import { nameKey } from '../../shared/fold';
import type { Linkable } from './linkable';
import { editorialNames } from '../../shared/editorial';
import { countryVocabulary } from '../../shared/vocabulary';

/**
 * Which names mean which page. A name is kept for an entity only when it means that entity and
 * no other (at the strongest tier that claims it); ambiguous names link nowhere, because a
 * wrong link is worse than none.
 */

// Strongest first: an entity's own name beats another's short form, which beats a demonym.
const Tier = { Name: 0, ShortForm: 1, Demonym: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

// Short forms, entity names and the never-link list are editorial (content/editorial/names.yaml,
// each with its reason), shared with the ingest's name scans.

// A plural demonym names people, not the state ("Kosovo Albanians", "Serbs can only leave"), so
// only the adjective links ("Belarusian President" → Belarus).
function withPlural(demonym: string): string[] {
  return [demonym];
}

// "BRICS (founding members)" is written "BRICS" in prose.
function withoutParenthetical(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

const countriesByIso3 = new Map(worldCountries.map((c) => [c.cca3, c]));

interface Candidate {
  id: string;
  name: string;
  tier: Tier;
}

function stateCandidates(state: State): Candidate[] {
  const out: Candidate[] = [];
  const add = (tier: Tier, names: Array<string | null | undefined>) => {
    for (const name of names) if (name) out.push({ id: state.id, name: name.trim(), tier });
  };
  add(Tier.Name, [state.name, state.officialName, withoutParenthetical(state.name)]);
  const country = state.iso3 ? countriesByIso3.get(state.iso3) : undefined;
  if (country) {
    // The vocabulary the ingest's country index reads too (src/shared/vocabulary.ts).
    const vocabulary = countryVocabulary(country);
    add(Tier.Name, vocabulary.names);
    add(Tier.ShortForm, [
      ...vocabulary.altSpellings,
      ...vocabulary.shortForms,
      ...vocabulary.abbreviations,
    ]);
    add(Tier.Demonym, vocabulary.demonyms.flatMap(withPlural));
  }
  const entity = editorialNames().entities[state.id];
  if (entity) {
    add(Tier.ShortForm, [...entity.shortForms]);
    add(Tier.Demonym, entity.demonyms.flatMap(withPlural));
  }
  return out;
}

function organisationCandidates(org: Organisation): Candidate[] {
  const names = [org.name, withoutParenthetical(org.name), org.abbreviation];
  return names
    .filter((n): n is string => !!n)
    .map((name) => ({ id: org.id, name: name.trim(), tier: Tier.Name }));
}

/**
 * The linkable pages and their names. `extraNames` adds names by id (e.g. the editorial
 * organisation aliases, which the Organisation schema does not carry); they count as short forms.
 */
export function buildLinkables(
  states: readonly State[],
  organisations: readonly Organisation[],
  extraNames: Readonly<Record<string, readonly string[]>> = {},
): Linkable[] {
  const linkables: Linkable[] = [
    ...states.map((s) => ({
      id: s.id,
      kind: 'state' as const,
      href: `states/${s.id}/`,
      names: [],
    })),
    ...organisations.map((o) => ({
      id: o.id,
      kind: 'organisation' as const,
      href: `organisations/${o.id}/`,
      names: [],
    })),
  ];
  const candidates = [
    ...states.flatMap(stateCandidates),
    ...organisations.flatMap(organisationCandidates),
    ...Object.entries(extraNames).flatMap(([id, names]) =>
      names.map((name) => ({ id, name: name.trim(), tier: Tier.ShortForm })),
    ),
  ];

  // Per folded name, the strongest tier's claimants; a name two entities claim equally is dropped.
  const claims = new Map<string, { tier: Tier; ids: Set<string>; name: string }>();
  for (const c of candidates) {
    if (!c.name || editorialNames().neverLink.has(c.name)) continue;
    const key = nameKey(c.name);
    const claim = claims.get(key);
    if (!claim || c.tier < claim.tier)
      claims.set(key, { tier: c.tier, ids: new Set([c.id]), name: c.name });
    else if (c.tier === claim.tier) claim.ids.add(c.id);
  }

  const byId = new Map(linkables.map((l) => [l.id, l]));
  for (const claim of claims.values()) {
    const [onlyId, ...others] = [...claim.ids];
    if (onlyId === undefined || others.length > 0) continue;
    byId.get(onlyId)?.names.push(claim.name);
  }
  for (const l of linkables) l.names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return linkables;
}
