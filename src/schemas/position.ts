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
  .enum(['quoted', 'stated', 'reported', 'described', 'analysis'])
  .describe(
    '`quoted`: the statement gives the actor\'s (or its speaker\'s) own words in quotation marks; `stated`: the source tells an act or words of the actor as having happened ("X recognised", "X said that …"), without quoting; `reported`: the source attributes its account to someone else (see `reporter`); `described`: the source describes the actor\'s stance or policy without telling an act ("X does not recognise Kosovo"); `analysis`: the source\'s own reasoning about the actor.',
  );

/** The voices in which a statement tells an act of its actor (as opposed to a description of it). */
export const ACT_VOICES: readonly Voice[] = ['quoted', 'stated', 'reported'];
export type Voice = z.infer<typeof voice>;

/** One person or body the source names as speaking, writing or acting for the actor. */
export const speakerRef = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .nullable()
      .describe(
        'Person or body as named; null when the source gives only a role ("the Paraguayan president").',
      ),
    role: z.string().nullable().describe('Role as written, if given.'),
  })
  .refine((s) => s.name !== null || s.role !== null, 'a speaker needs a name or a role')
  .describe('A speaker: a person, a role without a name, or a body.');
export type SpeakerRef = z.infer<typeof speakerRef>;

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

/**
 * The rule that decided a statement's actor, so a reader (and the gold tool) can tell an actor the
 * clause's grammar makes the doer from one carried over or read off a table row. Rules that would
 * only guess (the article's own state, a state merely named) publish no actor: their sentences are
 * reported as unattributed instead, so they have no value here.
 */
export const actorBasis = z
  .enum([
    'subject',
    'possessor',
    'demonym',
    'agent',
    'speaker',
    'person',
    'account',
    'viewpoint',
    'carried',
    'table-row',
    'clause-subject',
    'editorial',
  ])
  .describe(
    'How the actor was decided: `subject`: it is named as the subject of the clause that tells the act ("X recognised …"); `possessor`: it owns the subject ("X\'s government said …"); `demonym`: its nationality qualifies the acting organ or official ("the Ruritanian Foreign Ministry stated …"); `agent`: it is the agent of a passive ("… was recognised by X"); `speaker`: the speaker\'s role or affiliation names it ("…, X\'s ambassador to the UN, said"); `person`: the subject is a person the sources place on its side; `account`: the sentence gives its own account ("According to the Ruritanian ministry, …"); `viewpoint`: a judgement told from its viewpoint ("For X, …"); `carried`: the clause points back to the actor of the statement before ("It", "The ministry", a verb phrase cut from the clause before); `clause-subject`: it is named with its own verb as the subject of a clause of the sentence, the main clause\'s subject not being found ("…, after which X imposed a tax"); `table-row`: the position table\'s row names it and the cell\'s sentence names no other actor; `editorial`: set by a hand correction in content/editorial with its reason.',
  );
export type ActorBasis = z.infer<typeof actorBasis>;

/**
 * The sentence a statement leans on in its source, for a reader who reads the statement alone: a
 * clause cut from its sentence, or a sentence opening mid-thought, says less without it.
 */
export const statementContext = z
  .strictObject({
    kind: z
      .enum(['enclosing', 'preceding'])
      .describe(
        '`enclosing`: `text` is the whole sentence the statement was cut from (the statement starts inside it: "…, after which the paper released the audio", or stops before its end: "… closed its embassy" of "…, after a firm dropped leaflets over the capital."); `preceding`: `text` is the sentence before the statement\'s first, which it leans on ("Secondly, …", "This proved …", "Their replacements …").',
      ),
    text: z
      .string()
      .min(1)
      .describe(
        "The source's sentence as cleaned text. Not the statement's words: the actor did not say it.",
      ),
    source: slug.describe('Id of the source article holding the sentence (see sources.json).'),
    line: z
      .number()
      .int()
      .positive()
      .describe('1-based line of that article the sentence starts on.'),
  })
  .describe('The sentence a statement leans on in its source.');
export type StatementContext = z.infer<typeof statementContext>;

/** One statement or act of one actor as the sources tell it, possibly carried by several sources. */
export const position = z.strictObject({
  id: slug.describe(
    "Stable id derived from actor, date and the statement's opening words; also its #fragment.",
  ),
  actor: actorRef.describe('Who took the position.'),
  actorBasis: actorBasis,
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
  tellings: z
    .array(
      z.strictObject({
        source: slug.describe('Id of the source article that tells the statement.'),
        voice: voice.describe('The voice of that article’s own telling.'),
      }),
    )
    .min(1)
    .describe(
      'How each source tells the statement, one entry per source in the order of `sources`: two articles may tell the same act in different voices (the first quoting the minister, the second reporting the decision). `voice` is the first telling’s.',
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
  context: statementContext
    .nullable()
    .describe(
      'The sentence the statement leans on in its source, for reading it alone: the whole sentence it was cut from, or the sentence before one that opens mid-thought. Null for a statement that is a whole sentence standing alone, and for one opening mid-thought where its source has no sentence before it (it opens its section or table cell).',
    ),
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
  speakers: z
    .array(speakerRef)
    .describe(
      'Everyone the sentence names as speaking or acting for the actor, in the order named ("Chairman Ilkka Kanerva and … Knut Vollebæk" are two); a role or a body may speak without a personal name. `speaker` is the first of them with a name, kept for older readers of the export.',
    ),
  reporter: z
    .string()
    .nullable()
    .describe(
      'Who the source says reports the statement ("According to Interfax", "X reported that"); "an unnamed report" for "it was reported that"; null when the source tells it itself. Set exactly when `voice` is `reported`.',
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
