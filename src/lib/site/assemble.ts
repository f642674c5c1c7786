/**
 * The site's data assembled from its collections, apart from the content layer that loads them
 * (src/lib/site/data.ts), so the assembly can be tested without a build.
 */
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

const byName = <T extends { name: string }>(a: T, b: T): number =>
  a.name.localeCompare(b.name, 'en');

/** The collections as the content layer hands them over. */
export interface SiteCollections {
  states: State[];
  positions: Position[];
  organisations: Organisation[];
  claims: Claim[];
  events: Event[];
  figures: Figure[];
  sources: Source[];
  documents: Array<SourceDocument & { id?: string }>;
}

/** The collections, sorted and indexed for the pages. */
export interface SiteData extends Omit<SiteCollections, 'documents'> {
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

/**
 * The site's data from its collections: states and organisations in name order, each collection
 * indexed by id, and the authority (the source most recognition rows cite), which the pages name
 * wherever they say "the recognition article". Kept apart from the loading so it can be tested.
 */
export function assembleSiteData(collections: SiteCollections): SiteData {
  const { states, positions, organisations, claims, sources, documents } = collections;
  states.sort(byName);
  organisations.sort(byName);
  return {
    ...collections,
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
