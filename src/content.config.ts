import { defineCollection } from 'astro:content';
import { atlasLoader } from './lib/site/atlasLoader';
import * as schema from './schemas';

/**
 * Every collection is fed by the same ingest run (memoised in loadAtlas), so pages read exactly the
 * validated data that `npm run ingest` reports on and that dist/data/*.json exports. The loader
 * fails the build on an unexplained loss.
 */
export const collections = {
  states: defineCollection({
    loader: atlasLoader('states', (data) => data.states),
    schema: schema.state,
  }),
  positions: defineCollection({
    loader: atlasLoader('positions', (data) => data.positions),
    schema: schema.position,
  }),
  organisations: defineCollection({
    loader: atlasLoader('organisations', (data) => data.organisations),
    schema: schema.organisation,
  }),
  claims: defineCollection({
    loader: atlasLoader('claims', (data) => data.claims),
    schema: schema.claim,
  }),
  events: defineCollection({
    loader: atlasLoader('events', (data) => data.events),
    schema: schema.event,
  }),
  figures: defineCollection({
    loader: atlasLoader('figures', (data) => data.figures),
    schema: schema.figure,
  }),
  sources: defineCollection({
    loader: atlasLoader('sources', (data) => data.sources),
    schema: schema.source,
  }),
  documents: defineCollection({
    loader: atlasLoader('documents', (data) =>
      data.documents.map((d) => ({ ...d, id: d.sourceId })),
    ),
    schema: schema.sourceDocument.extend({ id: schema.slug }),
  }),
};
