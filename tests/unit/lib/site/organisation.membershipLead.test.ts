/** The membership an organisation's lead quotes is told there once (pages review 9, #14: the IOC). */
import { describe, expect, it } from 'vitest';
import { eventsBesideMembership, membershipFacts } from '../../../../src/lib/site/organisation';
import type { Organisation, Position } from '../../../../src/schemas';

const line = (n: number) => ({
  source: 's',
  section: ['S'],
  line: n,
  anchor: `L${n}`,
  excerpt: 'x',
});
const membership: NonNullable<Organisation['kosovoMembership']> = {
  status: 'member',
  since: '2016-05-03',
  text: 'The Football Federation of Kosovo became a member of UEFA on 3 May 2016. Kosovo was a provisional member of UEFA from 1 March 2016 through 3 May 2016.',
  source: line(40),
};
const event = (title: string, n: number, kind = 'membership' as const) => ({
  kind,
  title,
  sources: [line(n)],
});
const KOSOVO = { type: 'state' as const, id: 'kosovo', name: 'Kosovo' };
const card = (text: string, n: number, actor = KOSOVO) =>
  ({ id: text.slice(0, 8), text, sources: [line(n)], actor }) as unknown as Position;

describe('eventsBesideMembership', () => {
  it('leaves out of the list the membership event the lead quotes, from its line', () => {
    const told = event(
      'The Football Federation of Kosovo became a member of UEFA on 3 May 2016.',
      40,
    );
    const other = event('Kosovo played its first match on 5 June 2016.', 41, 'fixture' as never);
    expect(eventsBesideMembership([told, other], membership)).toEqual({
      listed: [other],
      inLead: [told],
    });
  });
  it('keeps an event of another line or other words, and every event when there is no membership', () => {
    const elsewhere = event(
      'The Football Federation of Kosovo became a member of UEFA on 3 May 2016.',
      12,
    );
    const otherWords = event('Kosovo joined FIFA on 13 May 2016.', 40);
    expect(eventsBesideMembership([elsewhere, otherWords], membership).listed).toEqual([
      elsewhere,
      otherWords,
    ]);
    expect(eventsBesideMembership([elsewhere], null).listed).toEqual([elsewhere]);
  });
});

describe('membershipFacts', () => {
  it('takes Kosovo’s membership stated as a fact on the membership line into the lead', () => {
    const fact = card(
      'Kosovo was a provisional member of UEFA from 1 March 2016 through 3 May 2016.',
      40,
    );
    expect(membershipFacts([fact], membership)).toEqual([fact]);
  });
  it('leaves a statement on another line, an act, or another actor’s sentence as a card', () => {
    expect(
      membershipFacts(
        [card('Kosovo was a provisional member of UEFA from 1 March 2016.', 41)],
        membership,
      ),
    ).toEqual([]);
    expect(
      membershipFacts([card('Kosovo applied to become a member of UEFA in 2015.', 40)], membership),
    ).toEqual([]);
    const serbia = { type: 'state' as const, id: 'serbia', name: 'Serbia' };
    expect(
      membershipFacts([card('Serbia was a member of UEFA throughout.', 40, serbia)], membership),
    ).toEqual([]);
  });
});
