import { describe, expect, it } from 'vitest';
import { loadRelatedArticles, relatedArticleHref } from '../../../../src/lib/site/relatedArticle';

describe('related articles', () => {
  it('links a title to the editorial encyclopedia address', () => {
    const config = loadRelatedArticles();
    expect(config.reason.length).toBeGreaterThan(10);
    expect(
      relatedArticleHref('Ghana–Kosovo relations', {
        articleUrl: 'https://wiki.example/wiki/{title}',
      }),
    ).toBe('https://wiki.example/wiki/Ghana%E2%80%93Kosovo_relations');
    expect(relatedArticleHref('Ghana–Kosovo relations', config)).toMatch(
      /^https:\/\/.+Ghana%E2%80%93Kosovo_relations$/,
    );
  });
});
