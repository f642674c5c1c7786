/**
 * Where an old link lands when its statement became no statement or event of its own
 * (content/editorial/position-ids.yaml, written by scripts/former-ids.ts): on the event its
 * sentence follows in the source line, not on an earlier event of that line (statements review
 * 10: "Only 23 associations voted against Kosovo's membership" landed on the 2014 Haiti friendly,
 * not on the 2016 FIFA congress vote it counts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Alias {
  from: string;
  to: string;
  reason: string;
}
interface Published {
  id: string;
  sources: Array<[string, number]>;
  text: string;
}

const aliases = parse(readFileSync('content/editorial/position-ids.yaml', 'utf8')) as Alias[];
const published = new Map<string, Published>(
  ['stop13', 'stop19', 'stop25'].flatMap((stop) =>
    (
      JSON.parse(
        readFileSync(`tests/fixtures/published-positions-${stop}.json`, 'utf8'),
      ) as Published[]
    ).map((p) => [p.id, p] as const),
  ),
);
const line = (source: string, n: number) =>
  readFileSync(`content/sources/${source}.txt`, 'utf8').split('\n')[n - 1] ?? '';

describe('former ids of sentences that are no entry of their own', () => {
  const following = aliases.filter((a) => a.reason.includes('the event it follows'));

  it('land on the event their sentence follows, told before it in the same line', () => {
    expect(following.map((a) => [a.from, a.to])).toEqual([
      [
        'fifa-undated-only-associations-voted-against-kosovo',
        '2016-05-13-membership-kosovo-66th-fifa-congress-mexico',
      ],
      [
        'fifa-undated-they-took-part-their-first',
        '2016-05-13-membership-kosovo-66th-fifa-congress-mexico',
      ],
    ]);
    for (const alias of following) {
      const old = published.get(alias.from)!;
      const [source, n] = old.sources[0]!;
      const text = line(source, n);
      // The congress vote is told in the line before the count that follows it.
      expect(text.indexOf('66th FIFA congress')).toBeLessThan(text.indexOf(old.text.slice(0, 40)));
    }
  });
});
