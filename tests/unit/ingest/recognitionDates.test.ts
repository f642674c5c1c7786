/**
 * Recognition and withdrawal dates, read by eye from the recognition tables of
 * international-recognition-of-kosovo.txt (UN members lines 51–160, withdrawn lines 173–180) and
 * from the prose of kosovo-foreign-relations.txt (lines 10 and 12). Most table rows have a blank
 * date cell, so a date either comes from a row that has one or from prose; never from nowhere.
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';

const CORE = 'international-recognition-of-kosovo';
const NEWS = 'kosovo-foreign-relations';

const data = realAtlas();
const recognitionOf = (id: string) => {
  const r = data.states.find((s) => s.id === id)?.recognition;
  if (!r) throw new Error(`no recognition for ${id}`);
  return r;
};
const cited = (refs: Array<{ source: string; line: number }>) =>
  refs.map((r) => `${r.source}:${r.line}`);

describe('recognition dates written in the table', () => {
  it.each([
    ['sierra-leone', 42, '2008-06-11', 92],
    ['ghana', 83, '2012-01-23', 133],
  ])('%s: no. %i, %s (line %i)', (id, order, date, line) => {
    const r = recognitionOf(id);
    expect([r.table, r.order, r.date]).toEqual(['un-members', order, date]);
    expect(cited(r.sources)).toEqual([`${CORE}:${line}`]);
  });

  it.each([
    ['togo', 6, '2014-07-11', '2019-06-28', 178],
    ['central-african-republic', 7, '2011-07-22', '2019-07-24', 179],
    ['nauru', 8, '2008-04-23', '2019-11-13', 180],
  ])(
    'withdrawn %s: no. %i, recognised %s, withdrawn %s (line %i)',
    (id, order, date, withdrawn, line) => {
      const s = data.states.find((x) => x.id === id)!;
      expect([s.status, s.recognition?.table, s.recognition?.order, s.recognition?.date]).toEqual([
        'withdrawn',
        'withdrawn',
        order,
        date,
      ]);
      expect(s.withdrawal?.date).toBe(withdrawn);
      expect(cited(s.withdrawal!.sources)).toContain(`${CORE}:${line}`);
    },
  );

  it('keeps a withdrawal and its reversal written in the notes cell (Palau line 105, Guinea-Bissau line 123)', () => {
    const palau = data.states.find((s) => s.id === 'palau')!;
    expect(palau.withdrawal).toMatchObject({
      date: '2019-01-18',
      reversed: { date: '2023-10-20', how: 'resumed' },
    });
    const bissau = data.states.find((s) => s.id === 'guinea-bissau')!;
    expect(bissau.withdrawal).toMatchObject({
      date: '2017-11-21',
      reversed: { date: '2018-02-02', how: 'annulled' },
    });
    // Recognised again: both stay in the UN members' table with its status.
    expect([palau.status, bissau.status]).toEqual(['recognised', 'recognised']);
  });

  it('leaves the date of a withdrawn row with blank cells unknown (Burundi line 173)', () => {
    const burundi = data.states.find((s) => s.id === 'burundi')!;
    expect([
      burundi.recognition?.order,
      burundi.recognition?.date,
      burundi.withdrawal?.date,
    ]).toEqual([1, null, null]);
  });
});

describe('recognition dates written in prose', () => {
  it('dates France and the United Kingdom 18 February 2008 from kosovo-foreign-relations line 10', () => {
    for (const id of ['france', 'united-kingdom']) {
      const r = recognitionOf(id);
      expect(r.date, id).toBe('2008-02-18');
      expect(cited(r.dateSources), id).toContain(`${NEWS}:10`);
    }
  });

  it('gives the same date to the rest of their same-day group (rank 2–8, line 52)', () => {
    const group = [
      'afghanistan',
      'albania',
      'france',
      'senegal',
      'turkiye',
      'united-kingdom',
      'united-states',
    ];
    for (const id of group) {
      const r = recognitionOf(id);
      expect(r.date, id).toBe('2008-02-18');
      expect([...r.sameDay, id].sort(), id).toEqual(group);
    }
  });

  it("cites, for a member dated by its group, the dating sentence, the dated member's row and its own row", () => {
    // Türkiye's row is line 56, the United Kingdom's line 57 (international-recognition-of-kosovo).
    expect(cited(recognitionOf('turkiye').dateSources)).toEqual([
      `${NEWS}:10`,
      'international-recognition-of-kosovo:57',
      'international-recognition-of-kosovo:56',
    ]);
  });

  it('dates Egypt (no. 94, a blank date cell) 26 June 2013 from kosovo-foreign-relations line 12', () => {
    const r = recognitionOf('egypt');
    expect([r.order, r.date]).toEqual([94, '2013-06-26']);
    expect(cited(r.dateSources)).toEqual([`${NEWS}:12`]);
    expect(cited(r.sources)).toEqual([`${CORE}:144`]);
  });

  it('gives no date to a row no source dates (Costa Rica no. 1, the Bahamas no. 110)', () => {
    for (const id of ['costa-rica', 'bahamas']) {
      expect(recognitionOf(id).date, id).toBeNull();
      expect(recognitionOf(id).dateSources, id).toEqual([]);
    }
  });
});
