import { z } from 'zod';

/**
 * What the ingest did with every table row and statement it saw. The build fails when a row is
 * neither an entry nor listed here with a reason (an unexplained loss).
 */
export const reportItem = z.strictObject({
  file: z.string().describe('Vendored file name.'),
  line: z.number().int().nonnegative().describe('1-based line (0 when the whole file is concerned).'),
  kind: z
    .enum(['dropped', 'unresolved', 'recovered', 'editorial', 'mismatch', 'note'])
    .describe('dropped: row not turned into an entry; unresolved: a code/name/token not resolved; recovered: name recovered from the row\'s own evidence; editorial: supplied from content/editorial; mismatch: stated vs computed differ; note: other remark.'),
  reason: z.string().min(1).describe('Why, in words a reader of the report understands.'),
});
export type ReportItem = z.infer<typeof reportItem>;

export const sourceReport = z.strictObject({
  source: z.string().describe('Source id.'),
  file: z.string(),
  tables: z.number().int().nonnegative().describe('Tables found.'),
  rowsSeen: z.number().int().nonnegative().describe('Table body rows seen.'),
  rowsAsEntries: z.number().int().nonnegative().describe('Rows that became (part of) an entry.'),
  rowsReported: z.number().int().nonnegative().describe('Rows not made into entries, each listed in items with a reason.'),
  statements: z.number().int().nonnegative().describe('Dated prose statements extracted.'),
  items: z.array(reportItem),
});
export type SourceReport = z.infer<typeof sourceReport>;

export const buildReport = z.strictObject({
  sources: z.array(sourceReport),
  totals: z.record(z.string(), z.number()).describe('Entries per kind (states, positions, organisations, claims, events, figures).'),
  unexplainedLosses: z.array(z.string()).describe('Rows neither made into entries nor reported: the build fails if any.'),
});
export type BuildReport = z.infer<typeof buildReport>;
