/** Source articles in words. */
import type { SourceFormat } from '../../schemas';

export const FORMAT_LABEL: Record<SourceFormat, string> = {
  wikitext: 'wiki-style text',
  'glossed-scrape': 'scrape of a wiki article (link glosses removed)',
  'news-page': 'news-site page (site boilerplate removed)',
};
