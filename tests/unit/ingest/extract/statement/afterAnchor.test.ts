/**
 * Issue 15, stop 25 (unseen articles): the date an "after" places an act after is a date the
 * paragraph told (the earlier event's), which a later "a year later" counts from, not an earlier
 * sentence's date. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { datesBefore, groupSentences } from '../../../../../src/ingest/extract/statements';

const paragraph = [
  'Peru filed a brief with the tribunal in April 2009.',
  'After the tribunal ruled in July 2010 that the claim was void, the Peruvian minister said that nothing had changed.',
  'A year later, the minister told the congress that Peru would wait.',
];

describe('a relative date after a sentence placed "after" a dated event', () => {
  it('counts from that event, not from the date given before it', () => {
    expect(groupSentences(paragraph, () => null, true).map((p) => [p.date, p.relative])).toEqual([
      ['2009-04', null],
      [null, null],
      ['2011', 'A year later'],
    ]);
    expect(datesBefore(paragraph).map((d) => d.anchor)).toEqual([null, '2009-04', '2010-07']);
  });
});
