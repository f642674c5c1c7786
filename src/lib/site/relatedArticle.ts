/**
 * Link to the encyclopedia article a recognition row names ("Ghana–Kosovo relations"). Which
 * encyclopedia, and how it addresses articles, is editorial (content/editorial/related-articles.yaml).
 */
import path from 'node:path';
import { readYamlFile } from '../../ingest/yamlFile';
import { z } from 'zod';

const relatedArticlesFile = z.strictObject({
  encyclopedia: z.string().min(1),
  articleUrl: z
    .string()
    .url()
    .refine((u) => u.includes('{title}'), 'articleUrl needs a {title} placeholder'),
  reason: z.string().min(10),
});
export type RelatedArticles = z.infer<typeof relatedArticlesFile>;

let cached: RelatedArticles | undefined;

export function loadRelatedArticles(
  file = path.join(process.cwd(), 'content/editorial/related-articles.yaml'),
): RelatedArticles {
  cached ??= readYamlFile(file, path.basename(file), relatedArticlesFile);
  return cached;
}

/** The article's URL: the title with spaces as underscores, percent-encoded, in the configured pattern. */
export function relatedArticleHref(
  title: string,
  config: Pick<RelatedArticles, 'articleUrl'>,
): string {
  return config.articleUrl.replace(
    '{title}',
    encodeURIComponent(title.trim().replace(/\s+/g, '_')),
  );
}
