import { z } from 'zod';

/**
 * A source article as its reader leaves it: a flat list of blocks, each with the 1-based line it
 * starts on and the heading path it sits under. Extractors and the source pages read only this.
 */
const section = z
  .array(z.string())
  .describe('Heading path (titles) from the article title down to the enclosing section.');
const line = z.number().int().positive().describe('1-based line in the vendored file.');

export const headingBlock = z.strictObject({
  kind: z.literal('heading'),
  level: z.number().int().min(1).max(6).describe('1 for the article title, 2 for `== S ==`, …'),
  text: z.string().describe('Heading text.'),
  line,
  id: z
    .string()
    .describe('Fragment id of the heading on the source page (unique in the document).'),
  section,
});
/**
 * Where a block's text came from when it spans several lines of the file (a scrape joins a
 * sentence split around links): the file line each stretch of text starts on, like unist
 * `position`, so a sentence is cited at the line that holds its words.
 */
const lineMap = z
  .array(
    z.strictObject({
      offset: z
        .number()
        .int()
        .nonnegative()
        .describe('Offset in `text` where this stretch starts.'),
      line,
    }),
  )
  .describe(
    'Offsets in `text` and the file line each stretch starts on; the first entry is offset 0 at `line`.',
  );
export const paragraphBlock = z.strictObject({
  kind: z.literal('paragraph'),
  text: z.string().describe('Cleaned paragraph text.'),
  line,
  lineMap: lineMap.optional().describe('Present when the paragraph spans several file lines.'),
  section,
});
export const listItemBlock = z.strictObject({
  kind: z.literal('list-item'),
  text: z.string().describe('Cleaned list item text.'),
  line,
  lineMap: lineMap.optional().describe('Present when the item spans several file lines.'),
  section,
});
export const tableRow = z.strictObject({
  line,
  cells: z
    .array(z.string())
    .describe('Trimmed cell texts; template residue such as a `nowrap` attribute cell removed.'),
});
export const tableBlock = z.strictObject({
  kind: z.literal('table'),
  line,
  section,
  header: tableRow.describe('First row as written (column titles).'),
  rows: z.array(tableRow).describe('Every other row in file order.'),
});
export const block = z.discriminatedUnion('kind', [
  headingBlock,
  paragraphBlock,
  listItemBlock,
  tableBlock,
]);

/** A line of the file its reader did not read as article text, with why. */
export const setAsideLine = z.strictObject({
  line,
  kind: z
    .enum(['boilerplate', 'link-gloss', 'end-matter', 'infobox', 'template'])
    .describe(
      "boilerplate: site chrome or a mirror's navigation; link-gloss: a link's words kept, the linked article's opening words set aside; end-matter: references, categories and page metadata; infobox: template residue of an infobox; template: a {{…}} line.",
    ),
  reason: z.string().min(1).describe('Why the line is not article text, in words.'),
  prose: z
    .boolean()
    .optional()
    .describe(
      'Set when the line reads like article prose (a repeated article after the end matter?): reported in the build report.',
    ),
});
export type SetAsideLine = z.infer<typeof setAsideLine>;

/** How the reader accounted for every line of the file. */
export const lineLedger = z
  .strictObject({
    content: z
      .number()
      .int()
      .nonnegative()
      .describe('Lines read as article text (headings, paragraphs, list items, table rows).'),
    blank: z.number().int().nonnegative().describe('Empty lines.'),
    setAside: z.array(setAsideLine).describe('Every other line, with why.'),
    unaccounted: z
      .array(line)
      .describe(
        'Lines the reader neither read nor set aside: each fails the ingest (a reader bug or damage).',
      ),
  })
  .describe(
    'The line ledger: every line of the file is content, blank or set aside with a reason.',
  );
export type LineLedgerSummary = z.infer<typeof lineLedger>;

export const sourceDocument = z.strictObject({
  sourceId: z.string().describe('Source id from the manifest.'),
  file: z.string().describe('Vendored file name.'),
  title: z.string().describe('Article title as the file gives it.'),
  lineCount: z.number().int().nonnegative().describe('Lines in the file.'),
  blocks: z.array(block),
  lines: lineLedger.optional(),
});

export type Heading = z.infer<typeof headingBlock>;
export type Paragraph = z.infer<typeof paragraphBlock>;
export type ListItem = z.infer<typeof listItemBlock>;
export type TableRow = z.infer<typeof tableRow>;
export type Table = z.infer<typeof tableBlock>;
export type Block = z.infer<typeof block>;
export type SourceDocument = z.infer<typeof sourceDocument>;
