import { describe, expect, it } from 'vitest';
import { accountedFor } from '../../../../src/lib/site/atlasLoader';
import type { AtlasData } from '../../../../src/schemas';

const withLosses = (unexplainedLosses: string[]) =>
  ({ report: { sources: [], totals: {}, unexplainedLosses } }) as unknown as AtlasData;

describe('the content loader checks the ingest', () => {
  it('passes data whose every row is accounted for', () => {
    const data = withLosses([]);
    expect(accountedFor(data)).toBe(data);
  });

  it('fails on an unexplained loss, listing each row by file:line', () => {
    const losses = [
      'a.txt:5: table row neither made into an entry nor reported',
      'b.txt:9: table row neither made into an entry nor reported',
    ];
    expect(() => accountedFor(withLosses(losses))).toThrow(
      /lost 2 source row\(s\), figure\(s\) or line\(s\) without a reason[\s\S]*a\.txt:5: [\s\S]*b\.txt:9: /,
    );
  });
});
