/** Which positions an actor's page shows, and where (actorPositions.ts). */
import { describe, expect, it } from 'vitest';
import { actorPositions, relationStartInProse } from '../../../../src/lib/site/actorPositions';
import type { Position } from '../../../../src/schemas';

const ref = (id: string) => ({ type: 'state' as const, id, name: id });
const position = (over: {
  id: string;
  actor: string;
  voice?: Position['voice'];
  topic?: Position['topic'];
  date?: string | null;
  parties?: string[];
  mentions?: string[];
  text?: string;
}): Position =>
  ({
    id: over.id,
    actor: ref(over.actor),
    voice: over.voice ?? 'stated',
    topic: over.topic ?? 'kosovo',
    date: over.date ?? null,
    parties: (over.parties ?? []).map(ref),
    mentions: (over.mentions ?? []).map(ref),
    text: over.text ?? 'x',
  }) as unknown as Position;

describe('actorPositions', () => {
  const all = [
    position({ id: 'brief-2', actor: 'peru', voice: 'analysis', date: '2012' }),
    position({ id: 'said-late', actor: 'peru', date: '2011-05' }),
    position({ id: 'brief-1', actor: 'peru', voice: 'described', date: '2009' }),
    position({ id: 'said-early', actor: 'peru', voice: 'quoted', date: '2008-02' }),
    position({ id: 'by-chile', actor: 'chile', parties: ['peru'], date: '2010' }),
    position({ id: 'chile-alone', actor: 'chile', date: '2010' }),
    position({
      id: 'described-by-chile',
      actor: 'chile',
      voice: 'described',
      parties: ['peru'],
      date: '2011',
    }),
    position({ id: 'naming', actor: 'bolivia', mentions: ['peru'], date: '2013' }),
    position({ id: 'naming-early', actor: 'chile', mentions: ['peru'], date: '2007' }),
    position({
      id: 'rel-chile',
      actor: 'peru',
      topic: 'relations',
      parties: ['chile'],
      date: '2005',
    }),
    position({
      id: 'rel-none',
      actor: 'peru',
      topic: 'relations',
      parties: ['fiji'],
      date: '2004',
    }),
    position({
      id: 'rel-by-chile',
      actor: 'chile',
      topic: 'relations',
      parties: ['peru'],
      date: '2006',
    }),
  ];
  const ids = (ps: readonly Position[]) => ps.map((p) => p.id);
  const page = actorPositions('peru', all, ['chile']);
  it('puts described and analysed positions in the brief, in source order', () => {
    expect(ids(page.brief)).toEqual(['brief-2', 'brief-1']);
  });
  it('lists the actor’s own acts dated first, and others’ statements naming it as a party', () => {
    expect(ids(page.statements)).toEqual(['said-early', 'said-late']);
    expect(ids(page.byOthers)).toEqual(['by-chile', 'described-by-chile']);
  });
  it('files relations under the first partner with a bilateral row, else under none', () => {
    expect([...page.relations.entries()].map(([k, v]) => [k, ids(v)])).toEqual([
      [null, ['rel-none']],
      ['chile', ['rel-chile', 'rel-by-chile']],
    ]);
  });
  it('lists statements naming it only in passing, dated first, and none it takes part in', () => {
    expect(ids(page.namedIn)).toEqual(['naming-early', 'naming']);
  });
  it('files every relation under none when the page has no bilateral rows', () => {
    expect([...actorPositions('peru', all).relations.keys()]).toEqual([null]);
  });
});

describe('relationStartInProse', () => {
  it('is the first dated sentence saying when relations were established', () => {
    const found = relationStartInProse([
      position({
        id: 'undated',
        actor: 'peru',
        text: 'Peru established diplomatic relations with Chile.',
      }),
      position({ id: 'trade', actor: 'peru', date: '1993', text: 'Peru signed a trade accord.' }),
      position({
        id: 'passive',
        actor: 'peru',
        date: '1992-01-27',
        text: 'Relations with Chile were established in 1992.',
      }),
      position({
        id: 'began',
        actor: 'peru',
        date: '1994',
        text: 'Peru began relations with Fiji.',
      }),
    ]);
    expect(found?.id).toBe('passive');
  });
  it('is undefined when no sentence says so', () => {
    expect(
      relationStartInProse([
        position({ id: 'a', actor: 'peru', date: '1993', text: 'Relations cooled.' }),
      ]),
    ).toBeUndefined();
  });
});

// Pages review 10, #1: an act with the actor in a coordinated subject is its own statement too.
describe('actorPositions: joint acts', () => {
  const named = (id: string) => ({
    type: 'state' as const,
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
  });
  const with3 = (over: Parameters<typeof position>[0]): Position => {
    const p = position(over);
    return {
      ...p,
      actor: named(over.actor),
      parties: (over.parties ?? []).map(named),
    } as Position;
  };
  const all = [
    with3({
      id: 'joint',
      actor: 'peru',
      date: '2021-03',
      parties: ['chile', 'bolivia'],
      text: 'In March 2021, Peru, Chile, and Bolivia released a joint statement calling for talks.',
    }),
    with3({
      id: 'criticised',
      actor: 'peru',
      date: '2022-01',
      parties: ['chile'],
      text: 'In January 2022, Peru criticised Chile for its stance.',
    }),
  ];
  it("counts it as each co-subject's, and a mere party's never", () => {
    expect(actorPositions('chile', all).joint.map((p) => p.id)).toEqual(['joint']);
    expect(actorPositions('bolivia', all).joint.map((p) => p.id)).toEqual(['joint']);
    expect(actorPositions('peru', all).joint).toEqual([]);
    // Still told in brief under "What others said", with its own actor's card in full elsewhere.
    expect(actorPositions('chile', all).byOthers.map((p) => p.id)).toEqual(['joint', 'criticised']);
  });
});
