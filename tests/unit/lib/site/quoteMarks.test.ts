/** One typography for quoted words: a lead sets them as the card does (re-check 9, N8). */
import { describe, expect, it } from 'vitest';
import { quotedSegments } from '../../../../src/lib/site/quoteMarks';

describe('quotedSegments', () => {
  it('splits straight and curly quotations out of the text, marks left out', () => {
    expect(
      quotedSegments('Ruritania supported "the territorial integrity" of Borduria and “peace”.'),
    ).toEqual([
      { text: 'Ruritania supported ', quoted: false },
      { text: 'the territorial integrity', quoted: true },
      { text: ' of Borduria and ', quoted: false },
      { text: 'peace', quoted: true },
      { text: '.', quoted: false },
    ]);
  });

  it('keeps an unclosed quotation as written', () => {
    expect(quotedSegments('He said "we will …')).toEqual([
      { text: 'He said "we will …', quoted: false },
    ]);
  });

  it('gives text without quotations as one run', () => {
    expect(quotedSegments('No quotation here.')).toEqual([
      { text: 'No quotation here.', quoted: false },
    ]);
  });
});
