/**
 * The merge (src/ingest/merge.ts and the assembly in src/ingest/index.ts): one entry per actor
 * across the five articles, every source of a merged fact kept, and undated recognitions bounded
 * by their dated neighbours in the table order, never given a date. Expected values are read by
 * eye from content/sources/.
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';

const CORE = 'international-recognition-of-kosovo';

const data = realAtlas();
const stateOf = (id: string) => {
  const s = data.states.find((x) => x.id === id);
  if (!s) throw new Error(`no state ${id}`);
  return s;
};
const positionById = new Map(data.positions.map((p) => [p.id, p]));
const cited = (refs: Array<{ source: string; line: number }>) =>
  refs.map((r) => `${r.source}:${r.line}`);

describe('one entry per actor across the sources', () => {
  it('has each state, organisation and position once', () => {
    for (const list of [data.states, data.organisations, data.positions]) {
      const ids = list.map((x) => x.id);
      expect(ids.length - new Set(ids).size).toBe(0);
    }
    expect(data.states.filter((s) => s.kind === 'un-member')).toHaveLength(193);
  });

  it('gives Belarus one page fed by the three articles that speak of it', () => {
    const sources = new Set(
      stateOf('belarus').positions.flatMap((id) =>
        positionById.get(id)!.sources.map((r) => r.source),
      ),
    );
    expect([...sources].sort()).toEqual([
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      CORE,
    ]);
  });

  it("tells Lukashenko's letter of February 2008, carried by two articles, once with both sources", () => {
    // international-recognition-of-kosovo.txt:199 (the Belarus row) and belarus-kosovo-relations.txt:11.
    const letters = data.positions.filter(
      (p) => p.actor.id === 'belarus' && p.text.includes('Lukashenko wrote in a letter'),
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]!.date).toBe('2008-02');
    expect(cited(letters[0]!.sources).sort()).toEqual([
      'belarus-kosovo-relations:11',
      `${CORE}:199`,
    ]);
  });

  it('lists every position of a state on that state, the dated ones in date order', () => {
    // Undated positions keep a place of their own among the dated (not asserted here).
    for (const s of data.states) {
      for (const id of s.positions) expect(positionById.has(id), `${s.id}: ${id}`).toBe(true);
      const dates = s.positions.flatMap((id) => positionById.get(id)!.date ?? []);
      expect(dates, s.id).toEqual([...dates].sort());
    }
  });
});

describe('undated recognitions: an interval from the dated neighbours, never a date', () => {
  it.each([
    // no. 1 (line 51): only the declaration of 17 February 2008 before it; no. 2–8 dated 18 February.
    ['costa-rica', '2008-02-17', '2008-02-18'],
    // no. 9 (line 59): after the 2–8 group of 18 February 2008, before Sierra Leone (no. 42, line 92).
    ['australia', '2008-02-18', '2008-06-11'],
    // no. 55 (Palau, line 105): after Sierra Leone, before Ghana (no. 83, 23 January 2012, line 133).
    ['palau', '2008-06-11', '2012-01-23'],
    // no. 110 (line 160): after Egypt (no. 94, 26 June 2013); nothing dated after it.
    ['bahamas', '2013-06-26', null],
  ])('%s: after %s, before %s', (id, after, before) => {
    const r = stateOf(id).recognition!;
    expect(r.date).toBeNull();
    expect(r.dateInferred).toMatchObject({ after, before });
  });

  it('bounds a withdrawn row with no dates only by the declaration (Burundi, line 173)', () => {
    expect(stateOf('burundi').recognition!.dateInferred).toMatchObject({
      after: '2008-02-17',
      before: null,
    });
  });

  it('infers nothing for a dated recognition', () => {
    for (const id of ['sierra-leone', 'ghana', 'egypt', 'togo'])
      expect(stateOf(id).recognition!.dateInferred, id).toBeNull();
  });
});
