/**
 * The collections as the pages use them, loaded once per build and indexed by id. Only pages and
 * components import this (it needs astro:content); pure helpers live beside it.
 */
import { getCollection } from 'astro:content';
import type {
  Claim,
  Event,
  Figure,
  Organisation,
  Position,
  Source,
  SourceDocument,
  State,
} from '../../schemas';
import { buildLinkables, type Linkable } from '../text';
import { countViews, type CountView } from './counts';

export interface SiteData {
  states: State[];
  positions: Position[];
  organisations: Organisation[];
  claims: Claim[];
  events: Event[];
  figures: Figure[];
  sources: Source[];
  documents: Map<string, SourceDocument>;
  stateById: Map<string, State>;
  organisationById: Map<string, Organisation>;
  positionById: Map<string, Position>;
  claimById: Map<string, Claim>;
  sourceById: Map<string, Source>;
  linkables: Linkable[];
  /** The recognition article: the source most recognition rows come from, the authority for `status`. */
  authority: Source | undefined;
}

let cached: Promise<SiteData> | undefined;

const byName = <T extends { name: string }>(a: T, b: T): number =>
  a.name.localeCompare(b.name, 'en');

async function load(): Promise<SiteData> {
  const data = <T>(entries: { data: T }[]): T[] => entries.map((e) => e.data);
  const [states, positions, organisations, claims, events, figures, sources, documents] =
    await Promise.all([
      getCollection('states').then(data),
      getCollection('positions').then(data),
      getCollection('organisations').then(data),
      getCollection('claims').then(data),
      getCollection('events').then(data),
      getCollection('figures').then(data),
      getCollection('sources').then(data),
      getCollection('documents').then(data),
    ]);
  states.sort(byName);
  organisations.sort(byName);
  return {
    states,
    positions,
    organisations,
    claims,
    events,
    figures,
    sources,
    documents: new Map(documents.map(({ id: _id, ...doc }) => [doc.sourceId, doc])),
    stateById: new Map(states.map((s) => [s.id, s])),
    organisationById: new Map(organisations.map((o) => [o.id, o])),
    positionById: new Map(positions.map((p) => [p.id, p])),
    claimById: new Map(claims.map((c) => [c.id, c])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    linkables: buildLinkables(states, organisations),
    authority: sources.find(
      (s) =>
        s.id ===
        mostCited(states.flatMap((st) => st.recognition?.sources ?? []).map((r) => r.source)),
    ),
  };
}

function mostCited(ids: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** Short display name of an organisation: its abbreviation where one is used. */
export function organisationShortName(o: Pick<Organisation, 'abbreviation' | 'name'>): string {
  return o.abbreviation ?? o.name;
}

let views: Promise<CountView[]> | undefined;
/** The counts of recognitions (the article's and each party's), computed once per build. */
export function siteCountViews(): Promise<CountView[]> {
  views ??= siteData().then((d) => countViews(d.states, d.claims, d.figures, d.authority));
  return views;
}
