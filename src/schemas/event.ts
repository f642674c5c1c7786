import { z } from 'zod';
import { partialDate, slug, sourceRef } from './common';

/** A dated event for the timeline. */
export const event = z.strictObject({
  id: slug.describe('Stable id from date, kind and subject.'),
  date: partialDate
    .nullable()
    .describe('Exact date where written; null when only an interval is known.'),
  dateInferred: z
    .strictObject({ after: partialDate, before: partialDate.nullable() })
    .nullable()
    .describe('Bounds when the date is inferred, labelled as such on the site.'),
  kind: z
    .enum([
      'declaration',
      'vote',
      'court',
      'agreement',
      'recognition',
      'withdrawal',
      'reversal',
      'membership',
      'milestone',
      'other',
    ])
    .describe('What kind of event.'),
  title: z.string().min(1).describe('Short description.'),
  subject: slug.nullable().describe('State or organisation the event concerns, if one.'),
  parties: z
    .array(slug)
    .default([])
    .describe(
      'Other states and organisations the event concerns (the body a state joined): it is shown on their pages too.',
    ),
  formerIds: z
    .array(slug)
    .default([])
    .describe(
      'Ids of statements earlier builds published that tell this event (content/editorial/position-ids.yaml); each stays an anchor where the event is shown.',
    ),
  sources: z.array(sourceRef).min(1),
});
export type Event = z.infer<typeof event>;

/** A number a source states (totals, "N out of M" tallies, each side's claimed count). */
export const figure = z.strictObject({
  id: slug.describe('Stable id of the figure.'),
  kind: z
    .enum(['recognitions', 'withdrawals', 'org-tally', 'org-not-recognising', 'milestone'])
    .describe(
      "What the figure counts: recognitions of Kosovo overall, withdrawals, an organisation's members recognising (or not), or the rank of one recognition.",
    ),
  label: z.string().describe('What is counted, in words.'),
  value: z.number().int().nonnegative().describe('Number stated.'),
  outOf: z.number().int().positive().nullable().describe('Denominator for "N out of M".'),
  claimant: z
    .string()
    .describe(
      'Who states it: the source article (by title) when it states the figure itself, otherwise the party it attributes the figure to (a government, or "Third-party sources").',
    ),
  asOf: z.string().nullable().describe('As-of date or phrase.'),
  computed: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('The same quantity computed from the data; null when not computable.'),
  computedOutOf: z.number().int().nullable().describe('Computed denominator.'),
  differs: z
    .boolean()
    .describe(
      'The stated figure (or its denominator) differs from the computed one; false when equal or not computable.',
    ),
  explanation: z.string().nullable().describe('Why stated and computed differ, when they do.'),
  ref: slug.nullable().describe('Organisation or state the figure is about.'),
  sources: z.array(sourceRef).min(1).describe('Sentence stating the figure.'),
});
export type Figure = z.infer<typeof figure>;
