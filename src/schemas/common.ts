import { z } from 'zod';

/**
 * A date at the precision the source wrote it: `2008`, `2008-02` or `2008-02-11`.
 * Never padded to a full date, so the site never claims more precision than its source.
 */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .describe('Date at the precision written in the source: YYYY, YYYY-MM or YYYY-MM-DD.');
export type PartialDate = z.infer<typeof partialDate>;

/** Stable, URL-safe identifier; ids are public contracts (they appear in URLs and exports). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug (a-z, 0-9, single hyphens)')
  .describe('Stable lowercase slug used in URLs and exports.');

/** Where a fact was read: the article, the heading path to it and the 1-based line of the file. */
export const sourceRef = z
  .strictObject({
    source: slug.describe('Id of the source article (see sources.json).'),
    section: z
      .array(z.string())
      .describe('Heading path from the article title down to the section holding the fact.'),
    line: z.number().int().positive().describe('1-based line in the vendored source file.'),
    anchor: z.string().describe('Fragment on the source page that lands on this line (`L<line>`).'),
    excerpt: z
      .string()
      .describe('The sentence (or table cell) the fact was read from, as cleaned text.'),
  })
  .describe('Provenance of one fact: article, section path, line and the sentence it came from.');
export type SourceRef = z.infer<typeof sourceRef>;

/** Who acts or claims: a state, an organisation, or another actor that has no page of its own. */
export const actorRef = z
  .strictObject({
    type: z.enum(['state', 'organisation', 'other']).describe('What kind of actor this is.'),
    id: slug.describe('Id of the state or organisation; for `other`, a slug of the name.'),
    name: z.string().min(1).describe('Display name of the actor.'),
  })
  .describe('Reference to the actor who made a statement or a claim.');
export type ActorRef = z.infer<typeof actorRef>;

/** How a name or value was obtained, so editorial knowledge is never passed off as the source's. */
export const provenanceKind = z
  .enum(['source', 'recovered', 'editorial'])
  .describe(
    "`source`: written in the source; `recovered`: derived from the same row's other cells; `editorial`: from content/editorial with a reason.",
  );
export type ProvenanceKind = z.infer<typeof provenanceKind>;
