/** A joint act told as each party's is shown once on a page (lib/site/sameAct.ts). */
import { describe, expect, it } from 'vitest';
import {
  actsJointlyIn,
  coSubjects,
  jointActShownIn,
  jointActsTakenIn,
  jointWith,
} from '../../../../src/lib/site/sameAct';
import type { ActorRef } from '../../../../src/schemas';

const PERU: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const CHILE: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };
const card = (
  id: string,
  actor: ActorRef,
  date: string | null,
  text: string,
  parties: ActorRef[],
) => ({
  id,
  actor,
  date,
  text,
  parties,
  mentions: [] as ActorRef[],
});

const perus = card(
  'peru-2019-06',
  PERU,
  '2019-06',
  'In June 2019, Peru and Chile agreed for fisheries cooperation with Mercosur mediating.',
  [CHILE],
);
const chiles = card(
  'chile-2019-06',
  CHILE,
  '2019-06',
  'In June 2019, under an accord mediated by Mercosur, Chile and Peru agreed to cooperate on fisheries. Chile also agreed to close its ports to trawlers for a year.',
  [PERU],
);

describe('jointActShownIn', () => {
  it('shows the act once, on the card with the longer telling, which takes the other in', () => {
    expect(jointActShownIn(perus, [perus, chiles])?.id).toBe('chile-2019-06');
    expect(jointActShownIn(chiles, [perus, chiles])).toBeNull();
    expect(jointActsTakenIn(chiles, [perus, chiles]).map((c) => c.id)).toEqual(['peru-2019-06']);
  });
  it('keeps both cards when the dates differ, one actor tells it alone, or the act differs', () => {
    expect(jointActShownIn({ ...perus, date: '2019-08' }, [perus, chiles])).toBeNull();
    const alone = {
      ...perus,
      text: 'In June 2019, Peru agreed for fisheries cooperation with Chile, with Mercosur mediating.',
    };
    expect(jointActShownIn(alone, [alone, chiles])).toBeNull();
    const other = {
      ...perus,
      text: 'In June 2019, Peru and Chile signed a treaty on their maritime border.',
    };
    expect(jointActShownIn(other, [other, chiles])).toBeNull();
  });
  it('shows a card alone on its page', () => {
    expect(jointActShownIn(perus, [perus])).toBeNull();
  });
});

// Pages review 10, #1: "Russia, China, and India released a joint statement" is China's act too.
describe('coSubjects', () => {
  const BOLIVIA: ActorRef = { type: 'state', id: 'bolivia', name: 'Bolivia' };
  const joint = card(
    'peru-2021-03',
    PERU,
    '2021-03',
    'In March 2021, Peru, Chile, and Bolivia released a joint statement calling for talks.',
    [CHILE, BOLIVIA],
  );
  it('gives the parties a coordinated subject names, each a co-subject', () => {
    expect(coSubjects(joint).map((x) => x.id)).toEqual(['chile', 'bolivia']);
    expect(actsJointlyIn(joint, 'chile')).toBe(true);
    expect(actsJointlyIn(joint, 'peru')).toBe(false);
    expect(jointWith(joint, 'chile')).toBe('Peru and Bolivia');
    expect(jointWith(joint, 'bolivia')).toBe('Peru and Chile');
  });
  it('gives none for a mere party: the state criticised or the one written to', () => {
    const criticised = card(
      'peru-2021-04',
      PERU,
      '2021-04',
      'In April 2021, Peru criticised Chile and Bolivia for their stance on the talks.',
      [CHILE, BOLIVIA],
    );
    expect(coSubjects(criticised)).toEqual([]);
    expect(actsJointlyIn(criticised, 'chile')).toBe(false);
    const wrote = card(
      'peru-2021-05',
      PERU,
      '2021-05',
      'In May 2021, Peru and Chile wrote to Bolivia asking for talks.',
      [CHILE, BOLIVIA],
    );
    expect(coSubjects(wrote).map((x) => x.id)).toEqual(['chile']);
    expect(actsJointlyIn(wrote, 'bolivia')).toBe(false);
  });
});
