import { z } from 'zod';
import { lineLedger } from './document';

/**
 * What the ingest did with every table row and statement it saw. The build fails when a row is
 * neither an entry nor listed here with a reason (an unexplained loss).
 */
export const reportItem = z.strictObject({
  file: z.string().describe('Vendored file name.'),
  line: z
    .number()
    .int()
    .nonnegative()
    .describe('1-based line (0 when the whole file is concerned).'),
  kind: z
    .enum(['dropped', 'unresolved', 'recovered', 'editorial', 'mismatch', 'note', 'unattributed'])
    .describe(
      "dropped: row not turned into an entry; unresolved: a code/name/token not resolved; recovered: name recovered from the row's own evidence; editorial: supplied from content/editorial; mismatch: stated vs computed differ; note: other remark; unattributed: a statement in the row whose actor no rule can establish (left on the source page, not guessed).",
    ),
  reason: z.string().min(1).describe('Why, in words a reader of the report understands.'),
});
export type ReportItem = z.infer<typeof reportItem>;

/** One prose sentence and what became of it: the prose counterpart of a table row's outcome. */
export const proseSentence = z.strictObject({
  line: z
    .number()
    .int()
    .positive()
    .describe('1-based line in the vendored file that holds the sentence.'),
  text: z.string().describe('The sentence as read (cleaned text).'),
  names: z
    .array(z.string())
    .describe('Ids of the states and organisations the sentence names (Kosovo not counted).'),
  outcome: z
    .enum(['attached', 'explained', 'unattributed', 'lost'])
    .describe(
      'attached: part of at least one entry; explained: no entry, for `reason`; unattributed: tells an act, but no rule can establish who acted (`reason` says why): left on the source page rather than guessed; lost: names a state or organisation and became nothing, with no reason (fails the build).',
    ),
  entries: z
    .array(
      z.strictObject({
        kind: z
          .enum(['position', 'event', 'claim', 'figure', 'recognition', 'membership', 'bilateral'])
          .describe('Kind of entry.'),
        id: z
          .string()
          .describe(
            'Id of the entry (state id for recognition/bilateral, organisation id for membership).',
          ),
      }),
    )
    .describe('Entries the sentence became (part of).'),
  reason: z.string().nullable().describe('Why the sentence became no entry; null when attached.'),
});
export type ProseSentence = z.infer<typeof proseSentence>;

export const proseCoverage = z
  .strictObject({
    sentences: z
      .number()
      .int()
      .nonnegative()
      .describe('Prose sentences in the article (paragraphs and list items, end matter included).'),
    naming: z
      .number()
      .int()
      .nonnegative()
      .describe(
        'Sentences of the article body (end matter such as "See also" lists left out) that name a state or an organisation.',
      ),
    namingAttached: z
      .number()
      .int()
      .nonnegative()
      .describe('Of those, sentences attached to an entry.'),
    attached: z.number().int().nonnegative().describe('All sentences attached to an entry.'),
    explained: z
      .number()
      .int()
      .nonnegative()
      .describe('Sentences that became no entry, each with a reason.'),
    unattributed: z
      .number()
      .int()
      .nonnegative()
      .describe('Sentences that tell an act whose actor no rule can establish (not guessed).'),
    lost: z
      .number()
      .int()
      .nonnegative()
      .describe('Sentences naming a state or organisation that became nothing without a reason.'),
  })
  .describe("How much of the article's prose reached an entry.");

export const sourceReport = z.strictObject({
  source: z.string().describe('Source id.'),
  file: z.string(),
  tables: z.number().int().nonnegative().describe('Tables found.'),
  rowsSeen: z.number().int().nonnegative().describe('Table body rows seen.'),
  rowsAsEntries: z.number().int().nonnegative().describe('Rows that became (part of) an entry.'),
  rowsReported: z
    .number()
    .int()
    .nonnegative()
    .describe('Rows not made into entries, each listed in items with a reason.'),
  statements: z
    .number()
    .int()
    .nonnegative()
    .describe('Prose positions extracted (statements, described positions, analysis).'),
  prose: proseCoverage,
  lines: lineLedger
    .extend({ total: z.number().int().nonnegative().describe('Lines in the file.') })
    .optional()
    .describe(
      'The line ledger: every line of the file read as content, blank, or set aside by its reader with a reason.',
    ),
  sentences: z
    .array(proseSentence)
    .describe('Every prose sentence of the article with what became of it (the prose ledger).'),
  items: z.array(reportItem),
});
export type SourceReport = z.infer<typeof sourceReport>;

export const buildReport = z.strictObject({
  sources: z.array(sourceReport),
  totals: z
    .record(z.string(), z.number())
    .describe('Entries per kind (states, positions, organisations, claims, events, figures).'),
  unexplainedLosses: z
    .array(z.string())
    .describe(
      'Rows neither made into entries nor reported, and prose sentences naming a state or organisation that became nothing without a reason: the build fails if any.',
    ),
});
export type BuildReport = z.infer<typeof buildReport>;
