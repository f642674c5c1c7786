import { defineCollection } from 'astro:content';
import { loadAtlas } from './ingest/loadAtlas';
import * as schema from './schemas';

/**
 * Every collection is fed by the same ingest run (memoised in loadAtlas), so pages read exactly the
 * validated data that `npm run ingest` reports on and that dist/data/*.json exports.
 */
const fromAtlas = <K extends 'states' | 'positions' | 'organisations' | 'claims' | 'events' | 'figures' | 'sources'>(key: K) =>
  async () => (await loadAtlas())[key].map((entry) => ({ ...entry }));

export const collections = {
  states: defineCollection({ loader: fromAtlas('states'), schema: schema.state }),
  positions: defineCollection({ loader: fromAtlas('positions'), schema: schema.position }),
  organisations: defineCollection({ loader: fromAtlas('organisations'), schema: schema.organisation }),
  claims: defineCollection({ loader: fromAtlas('claims'), schema: schema.claim }),
  events: defineCollection({ loader: fromAtlas('events'), schema: schema.event }),
  figures: defineCollection({ loader: fromAtlas('figures'), schema: schema.figure }),
  sources: defineCollection({ loader: fromAtlas('sources'), schema: schema.source }),
  documents: defineCollection({
    loader: async () => (await loadAtlas()).documents.map((d) => ({ ...d, id: d.sourceId })),
    schema: schema.sourceDocument.extend({ id: schema.slug }),
  }),
};
