/**
 * "Why the counts differ": each party's view of which states recognise Kosovo, built from the
 * claims that name states, beside the totals the party states. States a party does not name keep
 * the recognition article's status; the gap between a party's stated total and the states it
 * names is reported as unnamed, never filled in.
 */
import type { Claim, Figure, RecognitionStatus, State } from '../../schemas';
import { compareDates } from './dates';
import { KOSOVO_ID } from './status';

/** What a claim that names a state says its status is; claims about a note verbale do not settle it. */
const CLAIMED_STATUS: Partial<Record<Claim['what'], RecognitionStatus>> = {
  recognises: 'recognised',
  withdrew: 'withdrawn',
  'never-recognised': 'not-recognised',
};

/** Which quantity a stated figure counts: recognitions of Kosovo overall, withdrawals, or neither. */
export function figureQuantity(
  figure: Pick<Figure, 'kind'>,
): 'recognitions' | 'withdrawals' | null {
  // An organisation's member tally ("22 of 27 EU members") or a milestone is not a total.
  return figure.kind === 'recognitions' || figure.kind === 'withdrawals' ? figure.kind : null;
}

export interface StatedTotal {
  figure: Figure;
  quantity: 'recognitions' | 'withdrawals';
  /** The same quantity counted over this view (UN member states only, as the figures are). */
  counted: number;
  /** Stated minus counted: states the party counts without naming them (negative: names more than it counts). */
  unnamed: number;
}

export interface CountView {
  /** `article`, or the claimant's id (the URL segment of its view). */
  id: string;
  /** "the article" / "Serbia". */
  party: string;
  /** Every state with its status in this view, and the claim that set it (null: as the article has it). */
  states: State[];
  setBy: Map<string, Claim>;
  /** Named states whose status differs from the article's. */
  changed: State[];
  recognisedUn: number;
  withdrawnUn: number;
  notRecognisedUn: number;
  stated: StatedTotal[];
}

const unMembers = (states: readonly State[]) =>
  states.filter((s) => s.kind === 'un-member' && s.id !== KOSOVO_ID);

function buildView(
  id: string,
  party: string,
  states: readonly State[],
  claims: readonly Claim[],
  figures: readonly Figure[],
): CountView {
  const setBy = new Map<string, Claim>();
  // A party's latest claim about a state is its view of it.
  for (const claim of [...claims].sort((a, b) => compareDates(a.date, b.date))) {
    if (claim.subject && CLAIMED_STATUS[claim.what]) setBy.set(claim.subject, claim);
  }
  const changed: State[] = [];
  const viewStates = states.map((state) => {
    const claim = setBy.get(state.id);
    const status = claim ? CLAIMED_STATUS[claim.what]! : state.status;
    if (status === state.status) return state;
    const next = { ...state, status };
    changed.push(next);
    return next;
  });
  const un = unMembers(viewStates);
  const recognisedUn = un.filter((s) => s.status === 'recognised').length;
  const withdrawnUn = un.filter((s) => s.status === 'withdrawn').length;
  const notRecognisedUn = un.length - recognisedUn - withdrawnUn;
  const stated = figures.flatMap((figure): StatedTotal[] => {
    const quantity = figureQuantity(figure);
    if (!quantity) return [];
    const counted = quantity === 'recognitions' ? recognisedUn : withdrawnUn;
    return [{ figure, quantity, counted, unnamed: figure.value - counted }];
  });
  return {
    id,
    party,
    states: viewStates,
    setBy,
    changed,
    recognisedUn,
    withdrawnUn,
    notRecognisedUn,
    stated,
  };
}

/**
 * The article's view and one view per party that both names states and states a total (the
 * parties whose count can be explained state by state). Figures are matched to a party by the
 * claimant name the figure and the claims share.
 */
export function countViews(
  states: readonly State[],
  claims: readonly Claim[],
  figures: readonly Figure[],
  article: { title: string } | undefined,
): CountView[] {
  const articleFigures = figures.filter((f) => f.claimant === article?.title);
  const views = [buildView('article', 'the article', states, [], articleFigures)];
  const parties = new Map<string, Claim['claimant']>();
  for (const c of claims)
    if (c.subject && CLAIMED_STATUS[c.what]) parties.set(c.claimant.id, c.claimant);
  for (const claimant of [...parties.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const own = figures.filter((f) => f.claimant === claimant.name && figureQuantity(f));
    if (own.length === 0) continue;
    views.push(
      buildView(
        claimant.id,
        claimant.name,
        states,
        claims.filter((c) => c.claimant.id === claimant.id),
        own,
      ),
    );
  }
  return views;
}

export interface DisputedState {
  state: State;
  /** Each party's claims about the state (parties with a view first, then the state itself and others). */
  claims: Map<string, Claim[]>;
}

/** One row per state on which the article and any claim differ, or whose withdrawal was reversed. */
export function disputedStates(
  states: readonly State[],
  claims: readonly Claim[],
): DisputedState[] {
  const bySubject = Map.groupBy(
    claims.filter((c) => c.subject && c.what !== 'count'),
    (c) => c.subject!,
  );
  return states
    .filter((s) => bySubject.has(s.id) || s.withdrawal?.reversed)
    .map((state) => ({
      state,
      claims: Map.groupBy(bySubject.get(state.id) ?? [], (c) => c.claimant.id),
    }));
}

/**
 * Which of the counts of recognitions a state is in, in one sentence for its key facts:
 * "Counted among the recognitions in the article’s 110 and Kosovo’s 120; Serbia’s 84 lists it as
 * having withdrawn." The counts are of UN member states, so other states are in none.
 */
export function countsSentence(
  state: Pick<State, 'id' | 'kind'>,
  views: readonly CountView[],
  listAnd: (items: readonly string[]) => string,
): string | null {
  if (state.id === KOSOVO_ID || views.length === 0) return null;
  const figure = recognitionsFigure;
  const name = (v: CountView) => `${v.id === 'article' ? 'the article' : v.party}’s ${figure(v)}`;
  if (state.kind !== 'un-member')
    return `In none of the counts of recognitions (${listAnd(views.map((v) => String(figure(v))))}): they count UN member states only.`;
  const statusIn = (v: CountView) => v.states.find((s) => s.id === state.id)?.status;
  const counted = views.filter((v) => statusIn(v) === 'recognised');
  const other = Map.groupBy(
    views.filter((v) => statusIn(v) !== 'recognised'),
    (v) => (statusIn(v) === 'withdrawn' ? 'as having withdrawn' : 'as not recognising'),
  );
  const said = [...other].map(
    ([how, vs]) => `${listAnd(vs.map(name))} ${vs.length === 1 ? 'lists' : 'list'} it ${how}`,
  );
  const sentence =
    counted.length > 0
      ? [`Counted among the recognitions in ${listAnd(counted.map(name))}`, ...said].join('; ')
      : `Not counted among the recognitions: ${said.join('; ')}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The number of recognitions a view's party states, or the number the view counts when it states none. */
export function recognitionsFigure(v: CountView): number {
  return v.stated.find((s) => s.quantity === 'recognitions')?.figure.value ?? v.recognisedUn;
}
