import { z } from 'zod';
import { partialDate, slug, sourceRef } from './common';

export const organisationKind = z
  .enum(['intergovernmental', 'non-governmental', 'sub-state'])
  .describe('Intergovernmental organisation, international NGO, or sub-state actor/movement.');

/** A tally the sources state, e.g. "22 out of 27 European Union member states". */
export const statedTally = z.strictObject({
  recognising: z.number().int().nonnegative().describe('Stated number of recognising members.'),
  total: z.number().int().positive().nullable().describe('Stated number of members.'),
  asOf: z.string().nullable().describe('As-of date or phrase the source gives.'),
  claimant: z
    .string()
    .describe(
      'Who states the tally: the source article by title, or the party it attributes it to.',
    ),
  source: sourceRef,
});

export const organisation = z.strictObject({
  id: slug.describe('Stable slug; the page is /organisations/<id>/.'),
  name: z.string().min(1).describe('Full name.'),
  abbreviation: z.string().nullable().describe('Abbreviation (EU, NATO, …) where one is used.'),
  kind: organisationKind,
  positions: z.array(slug).describe("Ids of the organisation's positions."),
  kosovoMembership: z
    .strictObject({
      status: z
        .enum(['member', 'provisional', 'applied', 'planned', 'rejected', 'not-member'])
        .describe(
          "Kosovo's membership status as the source states it ('planned': the source says Kosovo plans to apply, not that it has).",
        ),
      since: partialDate.nullable().describe('Since when, where written.'),
      text: z.string().describe('The sentence stating it.'),
      source: sourceRef,
    })
    .nullable()
    .describe("Kosovo's own membership of the organisation where a source states it."),
  members: z
    .array(slug)
    .nullable()
    .describe('Member states (editorial list with reason); null when unknown.'),
  membersReason: z
    .string()
    .nullable()
    .describe('Why and from what the editorial member list is kept.'),
  recognising: z.array(slug).describe('Members whose status is `recognised`.'),
  notRecognising: z.array(slug).describe('Members whose status is `not-recognised`.'),
  withdrawn: z.array(slug).describe('Members whose status is `withdrawn`.'),
  statedTallies: z
    .array(statedTally)
    .describe('Tallies the sources state, to compare with the computed one.'),
  url: z.string().describe('Site URL of the organisation page.'),
});
export type Organisation = z.infer<typeof organisation>;
