import { z } from 'zod';
import { actorRef, partialDate, slug, sourceRef } from './common';

/** Words in quotation marks inside a statement, with who said them when the sentence says so. */
export const quote = z.strictObject({
  text: z.string().min(1).describe('The quoted words, without the quotation marks.'),
  speaker: z.string().nullable().describe('Person (or body) the sentence attributes the words to; null when it does not.'),
  role: z.string().nullable().describe('Speaker\'s role as written (e.g. "Foreign Minister"); null when not given.'),
});
export type Quote = z.infer<typeof quote>;

/** One statement of position about Kosovo by one actor, possibly carried by several sources. */
export const position = z.strictObject({
  id: slug.describe('Stable id derived from actor, date and the statement\'s opening words; also its #fragment.'),
  actor: actorRef.describe('Who took the position.'),
  date: partialDate.nullable().describe('When, at the precision written; null when the source gives no date.'),
  year: z.number().int().nullable().describe('Year of `date`, for filtering; null when undated.'),
  text: z.string().min(1).describe('The statement as written in the source, glosses and markup removed.'),
  quotes: z.array(quote).describe('Quoted words inside the statement.'),
  speaker: z
    .strictObject({ name: z.string().min(1).describe('Person or body as named.'), role: z.string().nullable().describe('Role as written, if given.') })
    .nullable()
    .describe('Who makes the statement when its sentence names them (the first quote\'s speaker, else the subject of the first speech verb); null when it does not.'),
  sources: z.array(sourceRef).min(1).describe('Every source passage carrying this statement.'),
  url: z.string().describe('Page of the actor with this statement\'s #fragment.'),
});
export type Position = z.infer<typeof position>;
