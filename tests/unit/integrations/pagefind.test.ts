import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexableHtml, pageUrl } from '../../../src/integrations/pagefind';

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('indexableHtml', () => {
  it('separates each label from its value and ends each value as a sentence', () => {
    const html =
      '<dl class="facts"><dt>Region</dt><dd><span>Europe</span> (Southeast Europe)</dd><dt>Kind</dt><dd>UN member state</dd></dl>';
    expect(text(indexableHtml(html))).toBe(
      'Region: Europe (Southeast Europe). Kind: UN member state.',
    );
  });

  it('adds no second colon or full stop, and none before trailing space', () => {
    expect(text(indexableHtml('<dt>Note:</dt><dd>Said so.</dd>'))).toBe('Note: Said so.');
    expect(indexableHtml('<dt>Date</dt><dd><time>18 February 2008</time> </dd>')).toContain(
      '</time>. </dd>',
    );
  });

  it('leaves everything else alone', () => {
    const html = '<main data-pagefind-body><h1>Ghana</h1><p>Text.</p></main>';
    expect(indexableHtml(html)).toBe(html);
  });
});

describe('pageUrl', () => {
  it('names a page as Pagefind’s own crawl would', () => {
    expect(pageUrl(['states', 'ghana', 'index.html'].join(path.sep))).toBe('/states/ghana/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
