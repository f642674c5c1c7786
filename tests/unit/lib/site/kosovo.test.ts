/** Kosovo's page assembly (src/lib/site/kosovo.ts): its memberships in date order, and its events. */
import { describe, expect, it } from 'vitest';
import { kosovoEvents, kosovoMemberships } from '../../../../src/lib/site/kosovo';
import type { Event, Organisation } from '../../../../src/schemas';
import { buildOrganisation } from '../../../fixtures/factories';

const ref = (line: number) => ({
  source: 'international-recognition-of-kosovo',
  section: ['International recognition of Kosovo'],
  line,
  anchor: `L${line}`,
  excerpt: `line ${line}`,
});

const org = (
  id: string,
  name: string,
  membership: Partial<NonNullable<Organisation['kosovoMembership']>> | null,
): Organisation =>
  buildOrganisation({
    id,
    name,
    kosovoMembership: membership && {
      status: 'member',
      since: null,
      text: `Kosovo joined the ${name}.`,
      source: ref(10),
      ...membership,
    },
  });

const event = (fields: Partial<Event> & Pick<Event, 'id'>): Event => ({
  date: null,
  dateInferred: null,
  kind: 'other',
  title: fields.id,
  subject: null,
  parties: [],
  formerIds: [],
  sources: [ref(1)],
  ...fields,
});

const organisations = [
  org('zeta-bank', 'Zeta Bank', { since: '2012-11-16', text: 'The Zeta Bank admitted Kosovo.' }),
  org('alpha-fund', 'Alpha Fund', { since: '2009-06-29', source: ref(336) }),
  org('beta-union', 'Beta Union', { status: 'planned' }),
  org('acme-league', 'Acme League', { status: 'not-member' }),
  org('no-word', 'No Word', null),
];

describe('kosovoMemberships', () => {
  it('lists the organisations a source gives a membership for, dated in date order, then by name', () => {
    expect(
      kosovoMemberships(organisations).map(({ organisation, membership }) => [
        organisation.id,
        membership.status,
      ]),
    ).toEqual([
      ['alpha-fund', 'member'],
      ['zeta-bank', 'member'],
      ['acme-league', 'not-member'],
      ['beta-union', 'planned'],
    ]);
  });
});

describe('kosovoEvents', () => {
  const events = [
    event({ id: 'declaration', kind: 'declaration', date: '2008-02-17' }),
    event({ id: 'zeta-join', kind: 'membership', date: '2012-11-16', parties: ['zeta-bank'] }),
    event({ id: 'undated', kind: 'agreement' }),
    event({ id: 'a-recognition', kind: 'recognition', date: '2008-02-18', subject: 'france' }),
  ];

  it('keeps the dated events of Kosovo’s own course, not a state’s recognition or an undated one', () => {
    expect(kosovoEvents(events).map((e) => e.id)).toEqual(['declaration', 'zeta-join']);
  });

  it('adds a dated membership no event tells, in its source sentence, so Events and Memberships agree', () => {
    const shown = kosovoEvents(events, kosovoMemberships(organisations));
    expect(shown.map((e) => [e.id, e.date])).toEqual([
      ['declaration', '2008-02-17'],
      ['membership-alpha-fund', '2009-06-29'],
      ['zeta-join', '2012-11-16'],
    ]);
    const added = shown.find((e) => e.id === 'membership-alpha-fund')!;
    expect(added.title).toBe('Kosovo joined the Alpha Fund.');
    expect(added.kind).toBe('membership');
    expect(added.parties).toEqual(['alpha-fund']);
    expect(added.sources.map((s) => s.line)).toEqual([336]);
  });
});
