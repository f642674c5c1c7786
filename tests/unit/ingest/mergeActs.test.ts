/**
 * One act, one entry (pages review 9): two passages telling one act of one actor, or of two actors
 * as one subject, are one statement with both lines; two acts of one actor in one month are not.
 */
import { describe, expect, it } from 'vitest';
import {
  jointSubject,
  mergePositions,
  oneActTwice,
  tellSameAct,
} from '../../../src/ingest/positions';
import type { ActorRef } from '../../../src/schemas';
import { CHILE, PERU, raw, ref } from './rawPositions';

const BOLIVIA: ActorRef = { type: 'state', id: 'bolivia', name: 'Bolivia' };
const COURT: ActorRef = { type: 'organisation', id: 'court', name: 'World Court' };

// The court's ruling told at two places of one article, in other words but quoting alike.
const ruled = raw({
  actor: COURT,
  date: '2011-05-03',
  voice: 'quoted',
  text: 'On 3 May 2011, the court ruled that the border treaty stood "because no later agreement has ever replaced the treaty of 1904", and that Peru owed no damages.',
  refs: [ref('a', 20)],
});
const delivered = raw({
  actor: COURT,
  date: '2011-05-03',
  voice: 'quoted',
  text: 'The court delivered its judgment on 3 May 2011; by eleven votes to five it held that "the treaty remains in force, because no later agreement has ever replaced the treaty of 1904.',
  refs: [ref('a', 42)],
});
// One agreement told with the two parties named in either order.
const peruAndChile = raw({
  actor: PERU,
  date: '2019-06',
  text: 'In June 2019, Peru and Chile agreed for fisheries cooperation with Mercosur mediating.',
  parties: [CHILE],
  refs: [ref('b', 53)],
});
const chileAndPeru = raw({
  actor: CHILE,
  date: '2019-06',
  text: 'In June 2019, under an accord mediated by Mercosur, Chile and Peru agreed to cooperate on fisheries.',
  parties: [PERU],
  refs: [ref('a', 9)],
});

describe('oneActTwice: joins', () => {
  it('one actor quoted alike on the same day, in other words around the quote', () => {
    expect(oneActTwice(ruled, delivered)).toBe(true);
  });
  it('one joint subject in either order, with the same verb and object, in the same month', () => {
    expect(jointSubject(peruAndChile, chileAndPeru)).toBe(true);
    expect(tellSameAct(peruAndChile, chileAndPeru)).toBe(true);
    expect(tellSameAct(chileAndPeru, peruAndChile)).toBe(true);
    // Two actors: one act, but not one actor's act twice (each party's statement stays its own).
    expect(oneActTwice(peruAndChile, chileAndPeru)).toBe(false);
  });
  it('a month and a day of that month: the same act at a compatible precision', () => {
    expect(oneActTwice({ ...ruled, date: '2011-05' }, delivered)).toBe(true);
  });
});

describe('oneActTwice: does not join', () => {
  it('two acts of one actor in one month that share the verb but name different parties', () => {
    const chile = raw({
      date: '2008-03',
      text: 'In March 2008, Peru recalled its ambassador from Chile.',
      mentions: [CHILE],
    });
    const bolivia = raw({
      date: '2008-03',
      text: 'In March 2008, Peru recalled its ambassador from Bolivia.',
      mentions: [BOLIVIA],
      refs: [ref('a', 2)],
    });
    expect(oneActTwice(chile, bolivia)).toBe(false);
  });
  it('two acts of one actor in one month with different verbs', () => {
    const recognised = raw({
      date: '2008-03',
      text: 'In March 2008, Peru recognised the republic.',
    });
    const opened = raw({
      date: '2008-03',
      text: 'In March 2008, Peru opened an embassy in the republic.',
      refs: [ref('a', 2)],
    });
    expect(oneActTwice(recognised, opened)).toBe(false);
  });
  it('the same words quoted in different months, or with a year alone', () => {
    expect(oneActTwice(ruled, { ...delivered, date: '2011-06-03' })).toBe(false);
    expect(oneActTwice({ ...ruled, date: '2011' }, { ...delivered, date: '2011' })).toBe(false);
    expect(oneActTwice(ruled, { ...delivered, date: null })).toBe(false);
  });
  it('two actors who are not one subject', () => {
    expect(oneActTwice({ ...ruled, actor: PERU }, delivered)).toBe(false);
    expect(
      jointSubject(peruAndChile, {
        ...chileAndPeru,
        text: 'In June 2019, Chile agreed to cooperate on fisheries with Peru under an accord mediated by Mercosur.',
      }),
    ).toBe(false);
  });
  it('fewer than six words quoted alike', () => {
    const short = {
      ...delivered,
      text: delivered.text.replace('has ever replaced', 'ever set aside'),
    };
    expect(oneActTwice(ruled, short)).toBe(false);
  });
});

describe('mergePositions: one act, one entry', () => {
  it('keeps both passages as sources, the longer telling, and one telling per source', () => {
    const out = mergePositions([ruled, delivered], (a) => `/${a.id}/`);
    expect(out).toHaveLength(1);
    expect(out[0]!.sources.map((s) => `${s.source}:${s.line}`)).toEqual(['a:20', 'a:42']);
    expect(out[0]!.text).toBe(delivered.text);
    expect(out[0]!.tellings).toEqual([{ source: 'a', voice: 'quoted' }]);
  });
  it('keeps a joint act told as each party’s as two statements, one per actor', () => {
    const out = mergePositions([chileAndPeru, peruAndChile], (a) => `/${a.id}/`);
    expect(out.map((p) => p.id)).toEqual([
      'chile-2019-06-under-an-accord-mediated-mercosur',
      'peru-2019-06-peru-and-chile-agreed-for',
    ]);
  });
  it('keeps two acts of one actor in one month, told in one article, apart', () => {
    const out = mergePositions(
      [
        raw({
          date: '2008-03',
          text: 'In March 2008, Peru recalled its ambassador from Chile over the fishing dispute.',
          mentions: [CHILE],
        }),
        raw({
          date: '2008-03',
          text: 'In March 2008, Peru recalled its ambassador from Bolivia after the border clash at the lake.',
          mentions: [BOLIVIA],
          refs: [ref('a', 2)],
        }),
      ],
      (a) => `/${a.id}/`,
    );
    expect(out.map((p) => p.sources.map((s) => `${s.source}:${s.line}`))).toEqual([
      ['a:1'],
      ['a:2'],
    ]);
  });
});
