/** The small rules behind the fault suite's new cases, on text they have not seen. */
import { describe, expect, it } from 'vitest';
import { checkMonthSpelling } from '../../src/ingest/read/calendarDates';
import { checkEndsComplete } from '../../src/ingest/read/completeness';
import { unpairedQuotes } from '../../src/ingest/extract/quoteBalance';
import type { SourceDocument } from '../../src/ingest/read/document';

describe('a misspelt month in a date position', () => {
  it('stops at file:line:column, naming the month it reads like', () => {
    expect(() => checkMonthSpelling('Title\nIn Febraury 2008, he said so.', 'a.txt')).toThrow(
      'a.txt:2:4: expected a month name in this date position ("Febraury" reads like a misspelt "February"), found "Febraury 2008"',
    );
    expect(() => checkMonthSpelling('On 3 Jnue 2010 it met.', 'a.txt')).toThrow(
      /a\.txt:1:6: .*"Jnue" reads like a misspelt "June"/,
    );
    expect(() => checkMonthSpelling('since Setpember 2011', 'a.txt')).toThrow(/"September"/);
  });

  it('leaves months, names and words that are no slip of a month alone', () => {
    for (const text of [
      'In May 2008 and on 4 Sept 2009 and in December 2010.',
      'Marco 2008 was a campaign; Julia 2010 too.',
      'In Berlin 2008 was hosted; in Mayor 2008 nothing.',
      'The Jane 2008 report.',
    ])
      expect(() => checkMonthSpelling(text, 'a.txt'), text).not.toThrow();
  });
});

describe('quotation marks that pair', () => {
  it('names an odd count of straight marks or unequal curly ones', () => {
    expect(unpairedQuotes('He said "a" and "b, then left.')).toBe('3 straight quotation marks (")');
    expect(unpairedQuotes('“One” and “two.')).toBe(
      '2 opening (“) and 1 closing (”) quotation marks',
    );
  });

  it('accepts paired marks and none', () => {
    expect(unpairedQuotes('He said "a" and "b".')).toBeNull();
    expect(unpairedQuotes('“One” and ‘two’.')).toBeNull();
    expect(unpairedQuotes('No quotes at all.')).toBeNull();
  });
});

describe('an article that ends mid-sentence', () => {
  const doc = (last: SourceDocument['blocks'][number]): SourceDocument => ({
    sourceId: 'a',
    file: 'a.txt',
    title: 'A',
    lineCount: 9,
    blocks: [{ kind: 'heading', level: 1, text: 'A', line: 1, id: 'a', section: ['A'] }, last],
  });

  it('stops at the last paragraph line when it has no terminal punctuation', () => {
    expect(() =>
      checkEndsComplete(
        doc({
          kind: 'paragraph',
          text: 'The delegation said that secession by',
          line: 7,
          lineMap: [
            { offset: 0, line: 7 },
            { offset: 10, line: 8 },
          ],
          section: ['A'],
        }),
      ),
    ).toThrow(/^a\.txt:8: expected the article to end on a finished sentence/);
  });

  it('accepts a finished sentence, a quotation closing it, or a list at the end', () => {
    for (const text of ['It ended.', 'He said "no."', 'Was it? (Yes.)'])
      expect(() =>
        checkEndsComplete(doc({ kind: 'paragraph', text, line: 7, section: ['A'] })),
      ).not.toThrow();
    expect(() =>
      checkEndsComplete(doc({ kind: 'list-item', text: 'See also', line: 7, section: ['A'] })),
    ).not.toThrow();
  });
});
