/**
 * The single home of the Atlas's data shapes. Every field is described; types are inferred
 * (`z.infer`) so the pipeline, the Astro collections and the JSON exports share one contract.
 */
export * from './common';
export * from './source';
export * from './state';
export * from './position';
export * from './organisation';
export * from './claim';
export * from './event';
export * from './report';
export * from './document';

import { z } from 'zod';
import { source } from './source';
import { state } from './state';
import { position } from './position';
import { organisation } from './organisation';
import { claim } from './claim';
import { event, figure } from './event';
import { buildReport } from './report';
import { sourceDocument } from './document';

/** Everything one ingest run produces. */
export const atlasData = z.strictObject({
  sources: z.array(source),
  states: z.array(state),
  positions: z.array(position),
  organisations: z.array(organisation),
  claims: z.array(claim),
  events: z.array(event),
  figures: z.array(figure),
  documents: z.array(sourceDocument),
  report: buildReport,
});
export type AtlasData = z.infer<typeof atlasData>;
