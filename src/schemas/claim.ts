import { z } from 'zod';
import { actorRef, partialDate, slug, sourceRef } from './common';

/** One party's assertion where parties disagree; kept beside a state's status, never merged into it. */
export const claim = z.strictObject({
  id: slug.describe('Stable id from claimant, subject and what is claimed.'),
  claimant: actorRef.describe(
    'Who makes the claim (a state, organisation, or "the article" itself).',
  ),
  subject: slug.nullable().describe('State the claim is about; null for a claim about a count.'),
  what: z
    .enum([
      'recognises',
      'withdrew',
      'never-recognised',
      'disputed-note-verbale',
      'count',
      'denied-note',
      'recognition-invalid',
      'disputes-withdrawals',
    ])
    .describe(
      'What is claimed. `denied-note`: the claimant denies receiving the note of recognition reported from the state (not a denial of the recognition itself). `recognition-invalid`: the claimant says a recognition the state gave was invalid or irregular (not that it was never given). `disputes-withdrawals`: the claimant disputes withdrawals another party (`rebuts`) claims, as "fake news" (with no state named, `subject` is null).',
    ),
  rebuts: actorRef
    .optional()
    .describe(
      'For `disputes-withdrawals`: the party whose claimed withdrawals the claimant disputes (the party whose list the claimant calls "fake news").',
    ),
  count: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('For `count` claims: the number claimed.'),
  date: partialDate.nullable().describe('When the claim was made, where written.'),
  text: z.string().describe('The sentence making the claim.'),
  formerIds: z
    .array(slug)
    .default([])
    .describe(
      'Ids earlier builds published for this claim before the rules read it differently (content/editorial/claim-ids.yaml); a consumer that stored one finds the claim by it.',
    ),
  sources: z.array(sourceRef).min(1),
});
export type Claim = z.infer<typeof claim>;
