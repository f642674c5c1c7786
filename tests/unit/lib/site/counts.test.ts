import { describe, expect, it } from 'vitest';
import { claim, type Claim } from '../../../../src/schemas';
import {
  claimAgrees,
  countsSentence,
  countViews,
  disputedStates,
  figureQuantity,
  namesBehind,
  recognisedOutsideUnNote,
  recognitionsFigure,
} from '../../../../src/lib/site/counts';
import { listAnd } from '../../../../src/lib/site/english';
import { fixtureFigures, fixtureStates, makeState } from '../../../fixtures/svg/states';

const ref = (line: number) => ({
  source: 'international-recognition-of-kosovo',
  section: ['International recognition of Kosovo'],
  line,
  anchor: `L${line}`,
  excerpt: 'fixture',
});
const serbia = { type: 'state' as const, id: 'serbia', name: 'Serbia' };
const kosovo = { type: 'other' as const, id: 'kosovo', name: 'Kosovo' };
const makeClaim = (c: Partial<Claim> & Pick<Claim, 'id' | 'claimant' | 'what'>): Claim =>
  claim.parse({
    subject: null,
    count: null,
    date: null,
    text: 'fixture claim',
    sources: [ref(182)],
    ...c,
  });

// Nauru and Suriname withdrew per the article; Serbia also names France (which the article counts
// as recognising); Kosovo says Russia recognises it (the article: not recognised).
const claims: Claim[] = [
  makeClaim({
    id: 's-nauru',
    claimant: serbia,
    what: 'withdrew',
    subject: 'nauru',
    date: '2020-03',
  }),
  makeClaim({
    id: 's-france',
    claimant: serbia,
    what: 'withdrew',
    subject: 'france',
    date: '2020-03',
  }),
  makeClaim({ id: 's-count', claimant: serbia, what: 'count', count: 84 }),
  makeClaim({
    id: 'k-russia',
    claimant: kosovo,
    what: 'recognises',
    subject: 'russia',
    date: '2014-01',
  }),
  makeClaim({
    id: 'r-russia',
    claimant: { type: 'state', id: 'russia', name: 'Russia' },
    what: 'never-recognised',
    subject: 'russia',
  }),
];

describe('why the counts differ', () => {
  const views = countViews(fixtureStates, claims, fixtureFigures, { title: 'the article' });

  it('builds the article’s view and one per party that names states and states a total', () => {
    expect(views.map((v) => v.id)).toEqual(['article', 'kosovo', 'serbia']);
    // Russia names only itself and states no total: no view of its own.
    expect(views.find((v) => v.id === 'russia')).toBeUndefined();
  });

  it('changes only the states a party names', () => {
    const article = views[0]!;
    const s = views.find((v) => v.id === 'serbia')!;
    expect(s.changed.map((st) => [st.id, st.status])).toEqual([['france', 'withdrawn']]);
    expect(s.recognisedUn).toBe(article.recognisedUn - 1);
    expect(s.withdrawnUn).toBe(article.withdrawnUn + 1);
    expect(s.notRecognisedUn).toBe(article.notRecognisedUn);
    const unchanged = s.states.filter((st) => st.id !== 'france');
    expect(unchanged).toEqual(fixtureStates.filter((st) => st.id !== 'france'));
    expect(s.setBy.get('france')?.id).toBe('s-france');
  });

  it('reports what a party counts without naming', () => {
    const s = views.find((v) => v.id === 'serbia')!;
    const recognitions = s.stated.find((t) => t.quantity === 'recognitions')!;
    expect(recognitions.figure.value).toBe(84);
    expect(recognitions.unnamed).toBe(84 - s.recognisedUn);
    const withdrawals = s.stated.find((t) => t.quantity === 'withdrawals')!;
    expect(withdrawals.counted).toBe(s.withdrawnUn);
    expect(withdrawals.unnamed).toBe(18 - s.withdrawnUn);
    const k = views.find((v) => v.id === 'kosovo')!;
    expect(k.changed.map((st) => [st.id, st.status])).toEqual([['russia', 'recognised']]);
  });

  it('says in the key facts what each count says of a state, never a list a party did not give', () => {
    const sentence = (id: string) =>
      countsSentence(
        fixtureStates.find((s) => s.id === id)!,
        views,
        listAnd,
      );
    // Serbia says France withdrew; Kosovo names only Russia, so of France it says nothing.
    expect(sentence('france')).toBe(
      'Counted in the article’s 104. Serbia says France withdrew recognition (Serbia’s count: 84); Kosovo’s 117 comes with no list of the states it counts and does not name it.',
    );
    expect(sentence('russia')).toBe(
      'Not counted in the article’s 104, which has it as not recognising. Kosovo says Russia recognises Kosovo (Kosovo’s count: 117); Serbia’s 84 comes with no list of the states it counts and does not name it.',
    );
    expect(sentence('nauru')).toBe(
      'Not counted in the article’s 104, which has it as having withdrawn. Serbia says Nauru withdrew recognition (Serbia’s count: 84); Kosovo’s 117 comes with no list of the states it counts and does not name it.',
    );
  });

  it('says of a party that its own count is its own, not that the count does not name it', () => {
    expect(
      countsSentence(
        fixtureStates.find((s) => s.id === 'serbia')!,
        views,
        listAnd,
      ),
    ).toBe(
      'Not counted in the article’s 104, which has it as not recognising. Serbia’s 84 is its own count of the states recognising Kosovo, given with no list of them; Kosovo’s 117 comes with no list of the states it counts and does not name it.',
    );
  });

  it('tells a claim that agrees with the table from one that differs', () => {
    expect(claimAgrees({ what: 'withdrew' }, 'withdrawn')).toBe(true);
    expect(claimAgrees({ what: 'withdrew' }, 'recognised')).toBe(false);
    expect(claimAgrees({ what: 'recognises' }, 'not-recognised')).toBe(false);
    expect(claimAgrees({ what: 'disputed-note-verbale' }, 'recognised')).toBe(false);
  });

  it('tells totals from tallies and milestones', () => {
    expect(fixtureFigures.map((f) => [f.id, figureQuantity(f)])).toEqual([
      ['article-total', 'recognitions'],
      ['kosovo-claim', 'recognitions'],
      ['serbia-total', 'recognitions'],
      ['hundredth', null],
      ['serbia-withdrawals', 'withdrawals'],
      ['eu-tally', null],
    ]);
  });

  it('lists one row per disputed or reversed state with each party’s claims', () => {
    const reversed = makeState({
      id: 'palau',
      name: 'Palau',
      iso3: 'PLW',
      status: 'withdrawn',
      order: 3,
      withdrawn: '2019-01-18',
      reversed: true,
    });
    const rows = disputedStates([...fixtureStates, reversed], claims);
    expect(rows.map((r) => r.state.id).sort()).toEqual(['france', 'nauru', 'palau', 'russia']);
    const russia = rows.find((r) => r.state.id === 'russia')!;
    expect([...russia.claims.keys()].sort()).toEqual(['kosovo', 'russia']);
  });
});

describe('counts for states outside the UN and without a view', () => {
  const views = countViews(fixtureStates, claims, fixtureFigures, { title: 'the article' });

  it('says a state outside the UN is in none of the counts, and says nothing of the subject', () => {
    expect(
      countsSentence({ id: 'taiwan', name: 'Taiwan', kind: 'non-member-state' }, views, listAnd),
    ).toBe(
      'In none of the counts of recognitions (104, 117 and 84): they count UN member states only.',
    );
    expect(
      countsSentence({ id: 'kosovo', name: 'Kosovo', kind: 'other-entity' }, views, listAnd),
    ).toBeNull();
    expect(
      countsSentence({ id: 'france', name: 'France', kind: 'un-member' }, [], listAnd),
    ).toBeNull();
  });

  it('names the recognising states a count of UN members leaves out, once for every page', () => {
    const states = [
      makeState({ id: 'france', name: 'France', iso3: 'FRA', status: 'recognised' }),
      makeState({
        id: 'niue',
        name: 'Niue',
        iso3: null,
        status: 'recognised',
        kind: 'other-entity',
      }),
      makeState({
        id: 'kosovo',
        name: 'Kosovo',
        iso3: null,
        status: 'recognised',
        kind: 'other-entity',
      }),
      makeState({
        id: 'taiwan',
        name: 'Taiwan',
        iso3: 'TWN',
        status: 'not-recognised',
        kind: 'non-member-state',
      }),
    ];
    expect(recognisedOutsideUnNote(states, 'the map’s')).toBe(
      'Of the map’s 2 states that recognise Kosovo, 1 is not a UN member: Niue; counts of UN member states leave it out.',
    );
    expect(recognisedOutsideUnNote(states.filter((s) => s.id !== 'niue'))).toBeNull();
  });

  it('falls back to the states a view counts when its party states no total', () => {
    const [article] = countViews(fixtureStates, [], [], undefined);
    expect(article!.stated).toEqual([]);
    expect(recognitionsFigure(article!)).toBe(article!.recognisedUn);
    expect(recognitionsFigure(views[0]!)).toBe(104);
  });
});

describe('where the names behind a total are (pages review 7, finding 9)', () => {
  const views = countViews(fixtureStates, claims, fixtureFigures, { title: 'the article' });
  const figure = (id: string) => fixtureFigures.find((f) => f.id === id)!;
  it('sends a party’s total to its own view, which opens with the states it names', () => {
    expect(namesBehind(figure('serbia-total'), views)).toBe('counts/serbia/#view');
    expect(namesBehind(figure('kosovo-claim'), views)).toBe('counts/kosovo/#view');
  });
  it('sends a total of UN members the data bears out to the states table filtered to it', () => {
    const un = { id: 'un', kind: 'recognitions' as const, ref: 'united-nations', differs: false };
    expect(namesBehind(un, views)).toBe('states/?status=recognised#table');
  });
  it('gives none where no source names the states: a total that differs, another group', () => {
    const old = { id: 'old', kind: 'recognitions' as const, ref: 'united-nations', differs: true };
    expect(namesBehind(old, views)).toBeNull();
    const eu = { id: 'eu', kind: 'org-tally' as const, ref: 'european-union', differs: false };
    expect(namesBehind(eu, views)).toBeNull();
    expect(namesBehind({ ...old, differs: false, ref: null }, views)).toBeNull();
  });
});
