/**
 * "Why the counts differ": each party's view of which states recognise Kosovo, built from the
 * claims that name states, beside the totals the party states. States a party does not name keep
 * the recognition article's status; the gap between a party's stated total and the states it
 * names is reported as unnamed, never filled in.
 */
import type { Claim, Figure, RecognitionStatus, State } from '../../schemas';
import { claimText } from './claimWords';
import { compareDates } from './dates';
import { KOSOVO_ID } from './status';
import { SUBJECT } from '../../shared/subject';
import { listAnd } from './english';

/** What a claim that names a state says its status is; claims about a note verbale do not settle it. */
const CLAIMED_STATUS: Partial<Record<Claim['what'], RecognitionStatus>> = {
  recognises: 'recognised',
  withdrew: 'withdrawn',
  'never-recognised': 'not-recognised',
  // The recognition a party calls invalid does not hold in its view.
  'recognition-invalid': 'not-recognised',
};

/**
 * Whether a claim says of its state what the recognition article's tables say (Serbia's "Togo
 * withdrew" of a state the table lists as withdrawn): such a claim agrees, and a page must not
 * show it under "claims that differ". A claim with no status of its own (a count, a disputed note
 * verbale) is not an agreement.
 */
export function claimAgrees(claim: Pick<Claim, 'what'>, status: RecognitionStatus): boolean {
  return CLAIMED_STATUS[claim.what] === status;
}

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
 * What each count says about a state, for its key facts, and no more than that: the article's
 * total is counted from its tables, so it places every state; a party's total (Kosovo's 120,
 * Serbia's 84) comes with no list, so the sentence says only which states the party names and
 * that it names no other ("Counted in the article’s 110. Serbia says Togo withdrew recognition
 * (Serbia’s count: 84); Kosovo’s 120 comes with no list of states and does not name it."). The counts are
 * of UN member states, so other states are in none.
 */
export function countsSentence(
  state: Pick<State, 'id' | 'kind' | 'name'>,
  views: readonly CountView[],
  listAnd: (items: readonly string[]) => string,
): string | null {
  if (state.id === KOSOVO_ID || views.length === 0) return null;
  const figure = recognitionsFigure;
  if (state.kind !== 'un-member')
    return `In none of the counts of recognitions (${listAnd(views.map((v) => String(figure(v))))}): they count UN member states only.`;
  const sentences: string[] = [];
  const article = views.find((v) => v.id === 'article');
  if (article) {
    const status = article.states.find((s) => s.id === state.id)?.status;
    sentences.push(
      status === 'recognised'
        ? `Counted in the article’s ${figure(article)}.`
        : `Not counted in the article’s ${figure(article)}, which has it as ${status === 'withdrawn' ? 'having withdrawn' : 'not recognising'}.`,
    );
  }
  const parties = views.filter((v) => v.id !== 'article');
  const said = parties.flatMap((v) => {
    const claim = v.setBy.get(state.id);
    return claim
      ? [`${claimText(v.party, claim.what, state.name)} (${v.party}’s count: ${figure(v)})`]
      : [];
  });
  // A party's own count is told as its own, not as a list that might have named the party: "neither
  // names it" on Serbia's page would read as if Serbia could be among the states Serbia counts.
  const own = parties.find(
    (v) =>
      v.id === state.id &&
      !v.setBy.has(state.id) &&
      v.stated.some((t) => t.quantity === 'recognitions'),
  );
  if (own)
    said.push(
      `${own.party}’s ${figure(own)} is its own count of the states recognising ${SUBJECT.name}, given with no list of them`,
    );
  const silent = parties.filter((v) => !v.setBy.has(state.id) && v !== own);
  if (silent.length > 0)
    said.push(
      `${listAnd(silent.map((v) => `${v.party}’s ${figure(v)}`))} ${silent.length === 1 ? 'comes with no list of the states it counts and does not name it' : 'come with no list of the states they count, and neither names it'}`,
    );
  if (said.length > 0) {
    const text = said.join('; ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return sentences.join(' ');
}

/** The number of recognitions a view's party states, or the number the view counts when it states none. */
export function recognitionsFigure(v: CountView): number {
  return v.stated.find((s) => s.quantity === 'recognitions')?.figure.value ?? v.recognisedUn;
}

/**
 * Why a tally of every state that recognises the subject (the map's legend, the states table's
 * 113) is larger than the count of UN members (110): the states it adds, by name. One sentence
 * for every page that shows such a tally; null when it adds none. `whose` says whose tally it is.
 */
export function recognisedOutsideUnNote(
  states: readonly Pick<State, 'id' | 'kind' | 'status' | 'name'>[],
  whose = 'the',
): string | null {
  const recognised = states.filter((s) => s.id !== KOSOVO_ID && s.status === 'recognised');
  const outside = recognised.filter((s) => s.kind !== 'un-member');
  if (outside.length === 0) return null;
  const one = outside.length === 1;
  return `Of ${whose} ${recognised.length} states that recognise ${SUBJECT.name}, ${outside.length} ${one ? 'is not a UN member' : 'are not UN members'}: ${listAnd(outside.map((s) => s.name))}; counts of UN member states leave ${one ? 'it' : 'them'} out.`;
}

/**
 * Where the names behind a stated total are, as a site path, for a reader who came for "who are
 * the 84" (pages review 7, finding 9): a party's total, its own view, which opens with the states
 * it names; a total of UN members the data bears out (not `differs`), the states table filtered
 * to those recognising (its `status` filter). A total whose states no source names gets none.
 */
export function namesBehind(
  figure: Pick<Figure, 'id' | 'kind' | 'ref' | 'differs'>,
  views: readonly CountView[],
): string | null {
  const party = views.find(
    (v) => v.id !== 'article' && v.stated.some((t) => t.figure.id === figure.id),
  );
  if (party) return `counts/${party.id}/#view`;
  if (!figure.differs && figure.kind === 'recognitions' && figure.ref === 'united-nations')
    return 'states/?status=recognised#table';
  return null;
}
