import { describe, expect, it } from 'vitest';
import { codeSpansHtml } from '../../../../src/lib/site/codeSpans';

describe('codeSpansHtml: a schema description’s `code` shown as code (re-check 7, N3)', () => {
  it('sets each backtick span as <code>, escaping the text inside and out', () => {
    expect(codeSpansHtml('`enclosing`: `text` is the whole sentence & more')).toBe(
      '<code>enclosing</code>: <code>text</code> is the whole sentence &amp; more',
    );
    expect(codeSpansHtml('a `<b>` tag, "quoted"')).toBe(
      'a <code>&lt;b&gt;</code> tag, &quot;quoted&quot;',
    );
  });

  it('leaves text with no pair of backticks as written, escaped', () => {
    expect(codeSpansHtml('no code here')).toBe('no code here');
    expect(codeSpansHtml('a lone ` mark')).toBe('a lone ` mark');
  });
});
