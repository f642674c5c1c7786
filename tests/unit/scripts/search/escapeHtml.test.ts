import { describe, expect, it } from 'vitest';
import { sanitiseExcerpt } from '../../../../src/scripts/search/escapeHtml';
import { escapeHtml } from '../../../../src/shared/text';

describe('escaping', () => {
  it('escapes raw meta text', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    );
  });

  it('keeps mark elements and the existing escaping of an excerpt', () => {
    expect(sanitiseExcerpt('respect for <mark>territorial</mark> integrity &amp; &lt;b&gt;')).toBe(
      'respect for <mark>territorial</mark> integrity &amp; &lt;b&gt;',
    );
  });

  it('neutralises any other markup', () => {
    expect(sanitiseExcerpt('<img src=x onerror=alert(1)><mark>x</mark>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>',
    );
  });
});
