/**
 * The basis of every state's status (statusBasis, src/ingest/statusBasis.ts and the merge): the
 * table row it stands on, or "not listed" with why it then counts as not recognising. Read by eye
 * from international-recognition-of-kosovo.txt: the UN members' recognition table (110 rows,
 * lines 51–160), the non-UN one (lines 164–166), the withdrawn table (8 rows, lines 173–180) and
 * the tables of states that have not recognised Kosovo (from line 184).
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';

const CORE = 'international-recognition-of-kosovo';
const data = realAtlas();
const basisOf = (id: string) => {
  const s = data.states.find((x) => x.id === id);
  if (!s) throw new Error(`no state ${id}`);
  const { kind, source, line } = s.statusBasis;
  return [s.status, kind, source, line];
};

describe('the basis of each status', () => {
  it('partitions the 193 UN members as the tables do: 110 recognising, 8 withdrawn, 75 not', () => {
    const un = data.states.filter((s) => s.kind === 'un-member');
    const count = (status: string) => un.filter((s) => s.status === status).length;
    expect([un.length, count('recognised'), count('withdrawn'), count('not-recognised')]).toEqual([
      193, 110, 8, 75,
    ]);
  });

  it.each([
    ['costa-rica', 'recognised', 'recognition-table', 51],
    ['bahamas', 'recognised', 'recognition-table', 160],
    ['taiwan', 'recognised', 'recognition-table', 164],
    ['nauru', 'withdrawn', 'withdrawal-table', 180],
    ['russia', 'not-recognised', 'non-recognition-table', 277],
    ['serbia', 'not-recognised', 'non-recognition-table', 284],
    ['spain', 'not-recognised', 'non-recognition-table', 289],
  ])('%s: %s, on the %s row at line %i', (id, status, kind, line) => {
    expect(basisOf(id)).toEqual([status, kind, CORE, line]);
  });

  it('names the states no table lists (the two Congos) and counts them as not recognising', () => {
    // Neither Congo has a row in any table of the five sources (by eye and by grep for COD/COG).
    const unlisted = data.states.filter((s) => s.statusBasis.kind === 'not-listed');
    expect(unlisted.map((s) => [s.id, s.status, s.statusBasis.line]).sort()).toEqual([
      ['dr-congo', 'not-recognised', null],
      ['republic-of-the-congo', 'not-recognised', null],
    ]);
    for (const s of unlisted) expect(s.statusBasis.note).toMatch(/not listed in any table/);
  });
});
