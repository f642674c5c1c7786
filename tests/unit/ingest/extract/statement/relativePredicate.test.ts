/**
 * Issue 15, stop 25 (unseen articles): a list item or fragment that is a name and a relative clause
 * ("Saint Lucia, which recognised Kosovo in May 2015;") tells its act in that clause, so the clause's
 * date is the act's; a relative clause inside a sentence with a main verb of its own still dates only
 * itself. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { statedDate } from '../../../../../src/ingest/extract/statements';

const date = (s: string) => statedDate(s)?.date ?? null;

describe('a relative clause that is the whole predicate', () => {
  it('dates the act when the name before it has no verb and it runs to the end', () => {
    expect(date('Saint Lucia, which recognised Kosovo in November 2012;')).toBe('2012-11');
    expect(date('Trinidad and Tobago, which established relations with it on 4 May 2016.')).toBe(
      '2016-05-04',
    );
    expect(date('the Peruvian foreign minister, who visited Pristina in June 2013')).toBe(
      '2013-06',
    );
  });
  it('dates nothing when the sentence has a main verb of its own', () => {
    // The main verb follows the relative clause.
    expect(date('Peru, which recognised Kosovo in 2008, opened an embassy in 2010.')).toBe('2010');
    // The main verb precedes it.
    expect(date('Chile voted against it, which surprised Peru in 2011.')).toBeNull();
    expect(date('The envoy met Ana Ruiz, who had recognised Kosovo in 2009.')).toBeNull();
  });
});
