import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';

const data = realAtlas();
const state = (id: string) => {
  const s = data.states.find((x) => x.id === id);
  if (!s) throw new Error(`no state ${id}`);
  return s;
};

describe('ingest of the five source articles', () => {
  it('accounts for every row of every table: an entry or a reported reason', () => {
    expect(data.report.unexplainedLosses).toEqual([]);
    for (const s of data.report.sources) expect(s.rowsAsEntries + s.rowsReported).toBe(s.rowsSeen);
    const total = data.documents
      .flatMap((d) => d.blocks)
      .reduce((n, b) => n + (b.kind === 'table' ? b.rows.length : 0), 0);
    expect(data.report.sources.reduce((n, s) => n + s.rowsSeen, 0)).toBe(total);
  });

  it('has every UN member state and the statuses the recognition tables give', () => {
    const un = data.states.filter((s) => s.kind === 'un-member');
    expect(un).toHaveLength(193);
    expect(un.filter((s) => s.status === 'recognised')).toHaveLength(110);
    expect(data.states.filter((s) => s.status === 'withdrawn')).toHaveLength(8);
    expect(state('serbia').status).toBe('not-recognised');
    expect(state('taiwan')).toMatchObject({ kind: 'non-member-state', status: 'recognised' });
  });

  it('orders same-day groups alphabetically within their rank range and shares their date', () => {
    const group = data.states
      .filter((s) => s.recognition?.group === '2–8')
      .sort((a, b) => a.recognition!.order - b.recognition!.order);
    expect(group.map((s) => [s.recognition!.order, s.id])).toEqual([
      [2, 'afghanistan'],
      [3, 'albania'],
      [4, 'france'],
      [5, 'senegal'],
      [6, 'turkiye'],
      [7, 'united-kingdom'],
      [8, 'united-states'],
    ]);
    expect(new Set(group.map((s) => s.recognition!.date))).toEqual(new Set(['2008-02-18']));
    // The date is written for France and the UK; the others carry it with a note saying so.
    expect(state('france').recognition!.dateNote).toBeNull();
    expect(state('afghanistan').recognition!.dateNote).toMatch(/same-day/);
    expect(state('germany').recognition).toMatchObject({ order: 10, group: '10–11' });
    expect(state('latvia').recognition).toMatchObject({ order: 11, group: '10–11' });
  });

  it('marks editorial and recovered names as such', () => {
    expect(state('afghanistan').nameProvenance.kind).toBe('editorial');
    expect(state('san-marino').nameProvenance.kind).toBe('editorial');
    expect(state('north-macedonia').nameProvenance).toMatchObject({ kind: 'recovered' });
    expect(state('taiwan').nameProvenance.kind).toBe('recovered');
    expect(state('el-salvador').nameProvenance.kind).toBe('editorial');
    expect(state('germany').nameProvenance.kind).toBe('source');
  });

  it('never invents a date: undated recognitions get an inferred interval from dated neighbours', () => {
    const palau = state('palau');
    expect(palau.recognition?.date).toBeNull();
    expect(palau.recognition?.dateInferred).toMatchObject({
      after: '2008-06-11',
      before: '2012-01-23',
    });
    expect(state('costa-rica').recognition?.dateInferred?.after).toBe('2008-02-17');
    for (const s of data.states) {
      const r = s.recognition;
      if (r?.date) expect(r.dateSources.length).toBeGreaterThan(0);
    }
  });

  it('keeps withdrawals and their reversals', () => {
    expect(state('togo')).toMatchObject({
      status: 'withdrawn',
      withdrawal: { date: '2019-06-28' },
    });
    expect(state('palau')).toMatchObject({
      status: 'recognised',
      withdrawal: { date: '2019-01-18', reversed: { date: '2023-10-20', how: 'resumed' } },
    });
    expect(state('guinea-bissau').withdrawal?.reversed?.how).toBe('annulled');
  });

  it('keeps both sides of contested counts as claims with their claimant', () => {
    const counts = data.claims
      .filter((c) => c.what === 'count')
      .map((c) => [c.claimant.id, c.count]);
    expect(counts).toEqual(
      expect.arrayContaining([
        ['kosovo', 120],
        ['serbia', 84],
        ['serbia', 18],
      ]),
    );
    const serbiaWithdrew = data.claims
      .filter((c) => c.claimant.id === 'serbia' && c.what === 'withdrew')
      .map((c) => c.subject);
    expect(serbiaWithdrew).toHaveLength(14);
    expect(serbiaWithdrew).toEqual(
      expect.arrayContaining(['sao-tome-and-principe', 'grenada', 'togo']),
    );
    const about = (id: string) =>
      data.claims.filter((c) => c.subject === id).map((c) => [c.claimant.id, c.what]);
    expect(about('mali')).toEqual(
      expect.arrayContaining([
        ['mali', 'never-recognised'],
        ['kosovo', 'recognises'],
      ]),
    );
    expect(about('jamaica')).toEqual(
      expect.arrayContaining([
        ['kosovo', 'recognises'],
        ['jamaica', 'never-recognised'],
      ]),
    );
    expect(about('myanmar')).toEqual(expect.arrayContaining([['kosovo', 'denied-note']]));
    expect(about('sao-tome-and-principe')).toEqual(
      expect.arrayContaining([
        ['sao-tome-and-principe', 'recognises'],
        ['sao-tome-and-principe', 'recognition-invalid'],
        ['kosovo', 'recognises'],
      ]),
    );
    // The claim read as 'never-recognised' until the pages review (finding 3) keeps its old id.
    expect(
      data.claims.find((c) => c.what === 'recognition-invalid' && c.date === '2013-01')?.formerIds,
    ).toEqual(['sao-tome-and-principe-never-recognised-sao-tome-and-principe-2013-01']);
    // Kosovo's "fake news" of Serbia's list disputes withdrawals; it claims no recognition.
    expect(
      data.claims
        .filter((c) => c.claimant.id === 'kosovo' && c.subject === null)
        .map((c) => [c.what, c.rebuts?.id ?? null]),
    ).toEqual(expect.arrayContaining([['disputes-withdrawals', 'serbia']]));
    expect(
      data.claims.filter(
        (c) => c.claimant.id === 'kosovo' && c.subject === null && c.what === 'recognises',
      ),
    ).toEqual([]);
  });

  it('computes every organisation tally from member lists and matches the stated ones', () => {
    const tally = (id: string) => {
      const o = data.organisations.find((x) => x.id === id)!;
      return [o.recognising.length, o.members?.length];
    };
    expect(tally('european-union')).toEqual([22, 27]);
    expect(tally('nato')).toEqual([28, 32]);
    expect(tally('oic')).toEqual([37, 57]);
    expect(tally('g7')).toEqual([7, 7]);
    const mismatched = data.figures.filter(
      (f) => f.computed !== null && f.explanation === null && f.computed !== f.value,
    );
    expect(mismatched).toEqual([]);
    expect(
      data.figures.find((f) => f.claimant === 'Serbia' && f.value === 84)?.explanation,
    ).toMatch(/Serbia/);
  });

  it('splits a table cell with several dated statements and keeps quotes with speaker and role', () => {
    const argentina = data.positions.filter((p) => p.actor.id === 'argentina');
    expect(argentina[0]!.quotes[0]).toMatchObject({
      speaker: 'Jorge Taiana',
      role: expect.stringMatching(/Foreign Minister/),
    });
    const greece = data.positions
      .filter((p) => p.actor.id === 'greece')
      .map((p) => p.date ?? p.qualifiedDate?.date);
    expect(greece).toEqual(expect.arrayContaining(['2022', '2018']));
  });

  it('merges the same statement carried by two articles into one position with two sources', () => {
    const lukashenko = data.positions.find(
      (p) => p.actor.id === 'belarus' && p.date === '2008-02',
    )!;
    expect(lukashenko.sources.map((s) => s.source).sort()).toEqual([
      'belarus-kosovo-relations',
      'international-recognition-of-kosovo',
    ]);
  });

  it('names each party and mention of a statement once, and tells each source’s voice once', () => {
    const twice = data.positions.filter((p) =>
      [p.parties, p.mentions].some(
        (list) => new Set(list.map((a) => `${a.type}:${a.id}`)).size !== list.length,
      ),
    );
    expect(twice.map((p) => p.id)).toEqual([]);
    for (const p of data.positions) {
      expect(p.tellings.map((t) => t.source)).toEqual([...new Set(p.sources.map((s) => s.source))]);
      expect(p.tellings[0]!.voice).toBe(p.voice);
    }
  });

  it('attributes a prose statement to the actor named nearest before its verb', () => {
    const actorOf = (start: string) =>
      data.positions.find((p) => p.text.startsWith(start))?.actor.id;
    expect(actorOf("The issue of Kosovo's independence must be resolved")).toBe('russia');
    expect(actorOf('Russian ambassador to Serbia Aleksandr Konuzin')).toBe('russia');
    expect(actorOf('In May 2012, Uladzimir Chushaw, the Belarusian ambassador to Serbia')).toBe(
      'belarus',
    );
    expect(
      actorOf(
        'Following the 2008 Kosovo declaration of independence, Russia immediately took a pro-Serbian',
      ),
    ).toBe('russia');
    expect(actorOf('In December 2012, as a result of European Union mediated negotiations')).toBe(
      'serbia',
    );
    // Not about Kosovo: the EU's call is told as Belarus–EU relations, on both pages.
    expect(data.positions.find((p) => p.text.startsWith('In August 2005 the EU'))).toMatchObject({
      topic: 'relations',
      actor: { id: 'european-union' },
      parties: [{ id: 'belarus' }],
    });
  });

  it("attributes another party's act or claim to that party, shown on the page of the state it concerns", () => {
    const thaci = data.positions.find((p) => p.text.includes('Hashim Thaçi, stated on Twitter'))!;
    expect(thaci).toMatchObject({ actor: { id: 'kosovo' }, parties: [{ id: 'jamaica' }] });
    expect(state('jamaica').positions).toContain(thaci.id);
    const jeremic = data.positions.find((p) => p.text.includes('Serb Vuk Jeremić, said'))!;
    expect(jeremic.actor.id).toBe('serbia');
    expect(data.claims).toContainEqual(
      expect.objectContaining({
        claimant: expect.objectContaining({ id: 'kosovo' }),
        subject: 'jamaica',
        what: 'recognises',
      }),
    );
  });

  it('names the members of a list that takes part as parties, not the objects of a second clause', () => {
    // "…, but this was rejected by some member states, including Syria, Egypt and Azerbaijan": the
    // rejection is the listed states' own act (issue 15, statements found), led by the first named,
    // the others its parties; the draft's statement keeps only the draft.
    const draft = data.positions.find((p) =>
      p.text.startsWith('It has been reported that an earlier draft of the resolution'),
    )!;
    expect(draft.parties.map((p) => p.id)).toEqual(['oic']);
    const rejection = data.positions.find((p) => p.text.startsWith('this was rejected by'))!;
    expect(rejection.actor.id).toBe('syria');
    expect(rejection.parties.map((p) => p.id).sort()).toEqual(['azerbaijan', 'egypt', 'oic']);
    expect(state('egypt').positions).toContain(rejection.id);
    // "…, as some member states, including Azerbaijan, …, were firmly against …" is a clause of its
    // own (issue 15, boundaries): the OIC's statement tells only the OIC's act, with no list.
    const oic = data.positions.find((p) =>
      p.text.startsWith('The OIC did not call on its individual member states'),
    )!;
    expect(oic.text).toBe(
      'The OIC did not call on its individual member states to extend recognition',
    );
    expect(oic.parties).toEqual([]);
    const greece = data.positions.find((p) =>
      p.text.startsWith('Greece has maintained a long-term position'),
    )!;
    // Serbia is no list member; it is a party only as the state Greece's position supports
    // ("a long-term position of supporting Serbia": parties.ts, the state supported).
    expect(greece.parties.map((p) => p.id)).toEqual(['serbia']);
  });

  it('tells one act told by two articles as one position with both sources (Crimea)', () => {
    const crimea = data.positions.filter((p) => p.actor.id === 'russia' && /Crimea/.test(p.text));
    expect(crimea).toHaveLength(1);
    expect(crimea[0]!.sources.map((s) => s.source).sort()).toEqual([
      'international-recognition-of-kosovo',
      'kosovo-russia-relations',
    ]);
  });

  it("puts the Belarus article's prose events on the partner's page, and keeps both dates of a relation", () => {
    const sweden = data.positions.filter((p) => state('sweden').positions.includes(p.id));
    expect(sweden.map((p) => [p.actor.id, p.date, p.topic])).toContainEqual([
      'belarus',
      '2012-08',
      'relations',
    ]);
    expect(state('united-kingdom').bilateral[0]).toMatchObject({
      partner: 'belarus',
      began: '1991',
    });
    const prose = data.positions.find((p) =>
      p.text.startsWith('Belarus established diplomatic relations with the United Kingdom'),
    )!;
    expect(prose).toMatchObject({ date: '1992-01-27', parties: [{ id: 'united-kingdom' }] });
  });

  it('keeps the ids earlier builds published as anchors of the re-dated or re-attributed statement', () => {
    const moved = data.positions.find((p) =>
      p.formerIds.includes('jamaica-2020-02-20-president-kosovo-hashim-thaci-stated'),
    )!;
    expect(moved.actor.id).toBe('kosovo');
    // The old link /states/jamaica/#… still lands: the statement is shown on Jamaica's page.
    expect(state('jamaica').positions).toContain(moved.id);
  });

  it('accounts for every prose sentence: attached, explained, or unattributed with its reason', () => {
    for (const s of data.report.sources) {
      expect(s.prose.lost, s.source).toBe(0);
      expect(s.prose.sentences).toBe(
        s.prose.attached + s.prose.explained + s.prose.unattributed + s.prose.lost,
      );
      // An unattributed sentence is reported with why no rule could place it, never guessed.
      for (const x of s.sentences.filter((x) => x.outcome === 'unattributed'))
        expect(x.reason, `${s.file}:${x.line}`).toMatch(/^unattributed: .{20,}/);
      // Most sentences that name a state and tell an act still reach an entry (precision first,
      // not instead); background that tells no act is no entry by right.
      const noAct = s.sentences.filter(
        (x) => x.names.length > 0 && x.reason?.startsWith('not a statement:'),
      ).length;
      // 0.7 → 0.6: a sentence whose actor only a guess would give (the article's own state for
      // an unplaced "Lukashenko …", a state merely named) is unattributed now (issue 15).
      expect(s.prose.namingAttached / (s.prose.naming - noAct), s.source).toBeGreaterThanOrEqual(
        0.6,
      );
    }
  });

  it('recovers blank actors of the position tables from the row text', () => {
    expect(data.positions.some((p) => p.actor.id === 'abkhazia')).toBe(true);
    expect(data.positions.some((p) => p.actor.id === 'arab-league')).toBe(true);
    expect(data.positions.some((p) => p.actor.id === 'caricom')).toBe(true);
  });

  it('feeds Belarus relations facts to both partners', () => {
    expect(state('canada').bilateral).toEqual([
      expect.objectContaining({ partner: 'belarus', began: '1992-04-15' }),
    ]);
    expect(state('belarus').bilateral.length).toBeGreaterThan(30);
  });

  it('has one declaration event, at the most precise date the sources give, with every source', () => {
    const declarations = data.events.filter((e) => e.kind === 'declaration');
    expect(declarations).toHaveLength(1);
    expect(declarations[0]).toMatchObject({ date: '2008-02-17' });
    expect(declarations[0]!.sources.length).toBeGreaterThan(1);
  });

  it('gives stable, unique position ids derived from content', () => {
    // Stable across runs: robust-noise.test.ts ingests the same sources again and compares.
    const ids = data.positions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('public statement ids', () => {
  it('keeps every id an earlier landing published, as an id or a former id (the #fragment of a shared link)', async () => {
    const { readFileSync } = await import('node:fs');
    const published = readFileSync('tests/fixtures/published-position-ids.txt', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    // A statement the rules now read as an event keeps its id on the event.
    const known = new Set(
      [...data.positions, ...data.events].flatMap((p) => [p.id, ...p.formerIds]),
    );
    const lost = published.filter((id) => !known.has(id));
    expect(lost).toEqual([]);
  });
});
