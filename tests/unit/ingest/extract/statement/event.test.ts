/** Issue 15: events (accessions, fixtures, performances) are not positions; read from the predicate. */
import { describe, expect, it } from 'vitest';
import { eventClause, statementEvents } from '../../../../../src/ingest/extract/statement/event';

describe('eventClause', () => {
  it('an accession: the subject is voted into, admitted to, becomes a member of or joins a body', () => {
    expect(eventClause('In 2011, Freedonia was voted into the Regional Football Union.')).toBe(
      'membership',
    );
    expect(eventClause('Ruritania (along with Freedonia) was admitted into the league.')).toBe(
      'membership',
    );
    expect(eventClause('On 2 May 2003, Ruritania became a full member of the Postal Union.')).toBe(
      'membership',
    );
    expect(eventClause('In 2009, Ruritania joined the International Monetary Fund.')).toBe(
      'membership',
    );
  });
  it('a bid to join: an event, not an accession (it may have failed)', () => {
    expect(eventClause('Ruritania has tried to join the Union twice, most recently in 2019.')).toBe(
      'other',
    );
    expect(
      eventClause('In 2015, Ruritania applied to join the Council, falling short of votes.'),
    ).toBe('other');
  });
  it('a fixture or performance: the verb and a fixture noun in one clause', () => {
    expect(eventClause('The national team of Ruritania hosted a friendly match in 2012.')).toBe(
      'other',
    );
    expect(eventClause('They took part in their first qualifier against Freedonia.')).toBe('other');
    expect(
      eventClause('In 2015, the orchestra of Freedonia performed a concert in Pristina.'),
    ).toBe('other');
  });
  it('a result: a scoreline standing for the clause, or a result verb with its score', () => {
    expect(eventClause('Ruritania 2–0 Freedonia, played in Zenda on 3 May 2019;')).toBe('other');
    expect(eventClause('Upper Freedonia 1-1 Ruritania, in Zenda.')).toBe('other');
    expect(
      eventClause('Freedonia won the second of their three meetings 4–1 in Zenda in 2018.'),
    ).toBe('other');
    expect(eventClause('In 2020, Ruritania lost the return leg 0–2 at home.')).toBe('other');
    // A season is no score, a tally is a vote's.
    expect(eventClause('Freedonia won the support of the 2019–20 assembly.')).toBeNull();
    expect(eventClause('Ruritania won the vote 12–3 in the council.')).toBeNull();
    expect(eventClause('The resolution was adopted 77–6 in 2009.')).toBeNull();
  });
  it('an election or a referendum held is an event, whatever it is called', () => {
    expect(
      eventClause('Ruritania held a presidential election in May 2015, which was won by Rudolf.'),
    ).toBe('other');
    expect(eventClause('In 2019, Freedonia organised an early parliamentary election.')).toBe(
      'other',
    );
    expect(eventClause('Freedonia also held a referendum on the constitution.')).toBe('other');
    expect(eventClause('Freedonia held talks with Ruritania in 2010.')).toBeNull();
    // Held in a place another's: an act toward it.
    expect(
      eventClause('Ruritania held its own municipal elections in Freedonia despite warnings.'),
    ).toBeNull();
    expect(eventClause('Ruritania held that the election was void.')).toBeNull();
  });
  it('a position: a decision, a vote, a role, even when an event is named later', () => {
    expect(eventClause('Ruritania voted in favour of the resolution.')).toBeNull();
    expect(eventClause('Chile joined the statement by the other states.')).toBeNull();
    expect(eventClause('Ruritania has played a key role in the talks.')).toBeNull();
    expect(eventClause('Ruritania won the support of the assembly for its proposal.')).toBeNull();
    expect(
      eventClause('Freedonia agreed to allow Ruritania to participate in the 2014 championships.'),
    ).toBeNull();
    expect(eventClause('Freedonia refused to recognise the new member of the Union.')).toBeNull();
  });
});

describe('statementEvents', () => {
  const ref = (line: number) => ({
    source: 'src',
    section: ['S'],
    line,
    anchor: `L${line}`,
    excerpt: 'x',
  });
  const raw = (
    over: Partial<{ event: 'membership' | 'other' | null; date: string | null; id: string }>,
  ) => ({
    actor: { type: 'state' as const, id: over.id ?? 'ruritania', name: 'Ruritania' },
    date: over.date ?? null,
    event: over.event ?? null,
    parties: [{ type: 'organisation' as const, id: 'postal-union', name: 'Postal Union' }],
    text: 'Ruritania joined the Union in 2009.',
    refs: [ref(7)],
  });
  it('keeps positions, makes a dated event a timeline event of its actor, reports an undated one', () => {
    const out = statementEvents([
      raw({}),
      raw({ event: 'membership', date: '2009' }),
      raw({ event: 'membership', date: '2010', id: 'kosovo' }),
      raw({ event: 'other' }),
    ]);
    expect(out.positions).toHaveLength(1);
    expect(out.events.map((e) => [e.kind, e.date, e.subject, e.ref.line])).toEqual([
      ['membership', '2009', 'ruritania', 7],
      ['membership', '2010', null, 7],
    ]);
    expect(out.undated).toHaveLength(1);
    expect(out.undated[0]!.line).toBe(7);
    expect(out.undated[0]!.reason).toMatch(/not a position/);
    // The bodies an event concerns keep their pages though no statement names them any more.
    expect([...out.concerned].sort()).toEqual(['kosovo', 'postal-union', 'ruritania']);
    // Every event statement, dated or not, for the readers of memberships.
    expect(out.statements).toHaveLength(3);
  });

  it("makes an accession told in a body's row the subject's event, with the body as its party", () => {
    const [event] = statementEvents([
      {
        actor: { type: 'organisation' as const, id: 'postal-union', name: 'Postal Union' },
        date: '2015-05-02',
        event: 'membership' as const,
        parties: [],
        text: 'In May 2015, Kosovo was voted into the organisation at its congress.',
        refs: [ref(9)],
      },
    ]).events;
    expect(event).toMatchObject({ subject: null, parties: ['postal-union'] });
  });

  it("does not make the row's body the party of an accession to another body the clause names", () => {
    const kosovo = { type: 'other' as const, id: 'kosovo', name: 'Kosovo' };
    const union = { type: 'organisation' as const, id: 'postal-union', name: 'Postal Union' };
    const [other, named] = statementEvents([
      {
        actor: kosovo,
        date: '2015-04',
        event: 'membership' as const,
        parties: [union],
        mentions: [kosovo],
        text: 'In April 2015, Kosovo was voted into UFPA',
        refs: [ref(9)],
      },
      {
        actor: kosovo,
        date: '2015-05',
        event: 'membership' as const,
        parties: [union],
        mentions: [kosovo, union],
        text: 'In May 2015, Kosovo was voted into the Postal Union',
        refs: [ref(9)],
      },
    ]).events;
    expect(other).toMatchObject({ subject: null, parties: [] });
    expect(named).toMatchObject({ subject: null, parties: ['postal-union'] });
  });
});

describe('a result done again', () => {
  it('is a result: "managed to repeat the feat" at a championship', () => {
    expect(
      eventClause(
        'He later managed to repeat the feat at the 2019 Balkan Wrestling Championships in Peru.',
      ),
    ).toBe('other');
    expect(eventClause('The squad equalled that achievement at the Nordic Cup in 2012.')).toBe(
      'other',
    );
  });
  it('is no result without a fixture noun, nor when a decision is repeated', () => {
    expect(eventClause('Peru repeated its call for talks at the assembly in 2012.')).toBeNull();
    expect(eventClause('He later managed to repeat the feat.')).toBeNull();
  });
});

describe('eventClause: accessions told from the body, polls held, qualifying', () => {
  it("the body admits the state: an accession, not the body's stance", () => {
    expect(eventClause('The Postal Union admitted Ruritania as a member in 2004.')).toBe(
      'membership',
    );
    expect(eventClause('the Development Bank, which admitted Freedonia in June 2011;')).toBe(
      'membership',
    );
    expect(eventClause('The minister admitted that Ruritania had erred.')).toBeNull();
    expect(eventClause('The minister admitted Ruritania was wrong.')).toBeNull();
  });
  it('a body named before a relative clause the state joined, the clause running to the end', () => {
    expect(eventClause('the Chess Federation, which Ruritania joined in 2014.')).toBe('membership');
    expect(eventClause('UNESCO, which Freedonia acceded to in 2001;')).toBe('membership');
    expect(eventClause('Peru, which Ruritania joined in 2009, opened an embassy.')).toBeNull();
  });
  it('holding an election or a referendum is an event', () => {
    expect(
      eventClause('Freedonia held a general election on 4 May 2019, which the left won.'),
    ).toBe('other');
    expect(eventClause('In 2012 Ruritania held its first referendum on the constitution.')).toBe(
      'other',
    );
    expect(eventClause('Ruritania held talks on the referendum.')).toBeNull();
  });
  it('qualifying or failing to qualify for a contest is an event', () => {
    expect(eventClause('Ruritania did not qualify for the European Championship in 2020.')).toBe(
      'other',
    );
    expect(eventClause('The team qualified for the World Cup for the first time.')).toBe('other');
    expect(eventClause('Ruritania qualified its support for the plan.')).toBeNull();
  });
  it('a name run into its verb by the parse: the predicate after the name', () => {
    expect(eventClause('In May 2017 Ruritania drew 2–2 with Freedonia in a friendly.')).toBe(
      'other',
    );
    expect(eventClause("Ruritania's youth team also played Freedonia in a qualifier.")).toBe(
      'other',
    );
    expect(eventClause('Ruritania beat Freedonia 3–1 in a friendly.')).toBe('other');
    expect(eventClause('Ruritania drew criticism for the plan.')).toBeNull();
    expect(eventClause('The Minister said Ruritania played a match.')).toBeNull();
  });
});
