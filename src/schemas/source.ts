import { z } from 'zod';
import { slug } from './common';

export const sourceFormat = z
  .enum(['wikitext', 'glossed-scrape', 'news-page'])
  .describe('Which reader parses the file.');
export type SourceFormat = z.infer<typeof sourceFormat>;

/** One vendored source article, as described in content/sources/sources.yaml. */
export const sourceManifestEntry = z.strictObject({
  id: slug.describe('Stable id; also the page slug under /sources/.'),
  file: z.string().min(1).describe('File name relative to content/sources/.'),
  title: z.string().min(1).describe('Title of the article.'),
  publisher: z.string().min(1).describe('Who published the article (site or organisation).'),
  format: sourceFormat,
  requiredTables: z
    .array(z.enum(['un-members', 'non-un', 'withdrawn']))
    .optional()
    .describe(
      'Recognition tables the article must contain (the authority article: its tables decide every status); a missing or unreadable one stops the ingest.',
    ),
  'vendored-from': z
    .string()
    .optional()
    .describe('Original file name in the seed set, for traceability.'),
});
export type SourceManifestEntry = z.infer<typeof sourceManifestEntry>;

/** A source as published on the site: the manifest entry plus what the build measured. */
export const source = z.strictObject({
  id: slug.describe('Stable id; the page is /sources/<id>/.'),
  title: z.string().min(1).describe('Title of the article.'),
  publisher: z.string().min(1).describe('Who published the article.'),
  format: sourceFormat,
  file: z.string().describe('Vendored file name under content/sources/.'),
  lines: z.number().int().nonnegative().describe('Number of lines in the vendored file.'),
  url: z.string().describe('Site URL of the cleaned, rendered article.'),
});
export type Source = z.infer<typeof source>;
