import { describe, expect, it } from 'vitest';
import { LineLedger, looksLikeProse } from '../../../../src/ingest/read/lineLedger';

describe('LineLedger', () => {
  const lines = ['Title', '', 'Body text.', 'Edit this page', 'Stray line', '   '];

  it('counts content and blank lines, lists set-aside lines with their 1-based line, and names the rest', () => {
    const ledger = new LineLedger(lines);
    ledger.content(0);
    ledger.content(2);
    ledger.setAside(3, 'boilerplate', 'site navigation');
    expect(ledger.summary()).toEqual({
      content: 2,
      blank: 2,
      setAside: [{ line: 4, kind: 'boilerplate', reason: 'site navigation' }],
      unaccounted: [5],
    });
  });

  it('never sets aside a line already read as content, and marks prose set aside', () => {
    const ledger = new LineLedger(lines);
    ledger.content(2);
    ledger.setAside(2, 'end-matter', 'references');
    ledger.setAside(4, 'link-gloss', "the linked article's opening", true);
    expect(ledger.has(2)).toBe(true);
    expect(ledger.has(3)).toBe(false);
    const { content, setAside } = ledger.summary();
    expect(content).toBe(1);
    expect(setAside).toEqual([
      { line: 5, kind: 'link-gloss', reason: "the linked article's opening", prose: true },
    ]);
  });

  it('lets content overwrite a line set aside earlier', () => {
    const ledger = new LineLedger(lines);
    ledger.setAside(0, 'template', '{{…}}');
    ledger.content(0);
    expect(ledger.summary().setAside).toEqual([]);
    expect(ledger.summary().content).toBe(1);
  });
});

describe('looksLikeProse', () => {
  it('takes a finished sentence of twelve words or more', () => {
    expect(
      looksLikeProse('The ministry said on Tuesday that it would not change its long held view.'),
    ).toBe(true);
    expect(
      looksLikeProse('“The ministry said on Tuesday that it would not change its long held view.”'),
    ).toBe(true);
  });

  it('rejects short lines, unfinished ones and lines cut with an ellipsis', () => {
    expect(looksLikeProse('The ministry said so on Tuesday.')).toBe(false);
    expect(
      looksLikeProse('The ministry said on Tuesday that it would not change its long held view'),
    ).toBe(false);
    expect(
      looksLikeProse('The ministry said on Tuesday that it would not change its long held view …'),
    ).toBe(false);
  });
});
