import { z } from 'zod';
import { actorRef, partialDate, slug, sourceRef } from './common';

/** Words in quotation marks inside a statement, with who said them when the sentence says so. */
export const quote = z.strictObject({
  text: z.string().min(1).describe('The quoted words, without the quotation marks.'),
  speaker: z
    .string()
    .nullable()
    .describe('Person (or body) the sentence attributes the words to; null when it does not.'),
  role: z
    .string()
    .nullable()
    .describe('Speaker\'s role as written (e.g. "Foreign Minister"); null when not given.'),
  kind: z
    .enum(['speech', 'document'])
    .describe(
      '`speech`: words a person or body is said to have spoken; `document`: words quoted from a written text (a statement, resolution, letter, release, ruling, website), whose author is `speaker` when the sentence names it.',
    ),
});
export type Quote = z.infer<typeof quote>;

/**
 * Whose voice a position is told in. A reader must be able to tell what an actor said or did from
 * what a source reports as its stance, and from the source's own reasoning about it.
 */
export const voice = z
  .enum(['stated', 'described', 'analysis'])
  .describe(
    '`stated`: what the actor said or did, as the source tells it with a date or a named speaker; `described`: the source reports the actor\'s position without a date or speaker ("X takes the view that…"); `analysis`: the source\'s own reasoning about the actor.',
  );
export type Voice = z.infer<typeof voice>;

/** A date the source gives only with a qualifier: not the statement's own date. */
export const qualifiedDate = z
  .strictObject({
    qualifier: z
      .enum(['after', 'before', 'since', 'until', 'by', 'as of'])
      .describe(
        'The word that qualifies the date in the source ("After 17 February 2008"; "As of 2022": the state of things at that date, not a statement made then).',
      ),
    date: partialDate.describe('The qualified date, at the precision written.'),
  })
  .describe(
    'A date the statement is placed relative to ("after 17 February 2008"); `date` stays null because the source does not date the statement itself.',
  );

/** One statement or act of one actor as the sources tell it, possibly carried by several sources. */
export const position = z.strictObject({
  id: slug.describe(
    "Stable id derived from actor, date and the statement's opening words; also its #fragment.",
  ),
  actor: actorRef.describe('Who took the position.'),
  date: partialDate
    .nullable()
    .describe(
      'When, at the precision written (or resolved from a relative date such as "a year later"); null when the source gives the statement no date of its own.',
    ),
  qualifiedDate: qualifiedDate
    .nullable()
    .describe(
      'A date the source gives only with a qualifier ("after …", "since …"); null when there is none.',
    ),
  dateRelative: z
    .string()
    .nullable()
    .describe(
      'The relative phrase `date` was resolved from ("A year later"), so the page can say so; null when the date is written out.',
    ),
  voice: voice.describe(
    "Whose voice the text is in: the actor's (stated), the source's report of the actor's stance (described), or the source's analysis.",
  ),
  topic: z
    .enum(['kosovo', 'relations'])
    .describe(
      "`kosovo`: about Kosovo's status or recognition; `relations`: about the actor's relations with the parties named in `parties` (an expulsion, an agreement), not about Kosovo.",
    ),
  parties: z
    .array(actorRef)
    .describe(
      "Other states or organisations the statement names as acting with or beside the actor (a joint statement's co-signers, members said to oppose, the partner of a bilateral act); the statement is shown on their pages too.",
    ),
  year: z.number().int().nullable().describe('Year of `date`, for filtering; null when undated.'),
  mentions: z
    .array(actorRef)
    .describe(
      'Other states and organisations the statement names besides its actor and parties (as a place, a partner or an object); listed on their pages, linking here.',
    ),
  text: z
    .string()
    .min(1)
    .describe('The statement as written in the source, glosses and markup removed.'),
  quotes: z.array(quote).describe('Quoted words inside the statement.'),
  speaker: z
    .strictObject({
      name: z.string().min(1).describe('Person or body as named.'),
      role: z.string().nullable().describe('Role as written, if given.'),
    })
    .nullable()
    .describe(
      "Who makes the statement when its sentence names them (the first quote's speaker, else the subject of the first speech verb); a surname alone is completed from the name and role the same article gives elsewhere; null when it names nobody.",
    ),
  sources: z.array(sourceRef).min(1).describe('Every source passage carrying this statement.'),
  formerIds: z
    .array(slug)
    .describe(
      'Ids earlier builds published for this statement before it was re-dated or re-attributed; each stays a #fragment on its page, so old links land.',
    ),
  url: z.string().describe("Page of the actor with this statement's #fragment."),
});
export type Position = z.infer<typeof position>;
