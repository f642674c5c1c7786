import type { Event, Figure, State } from '../../schemas';
import { partialDateOfPhrase, spanOfPartialDate, type DateSpan } from './dates';
import { statePageHref } from './links';
import { markerPath } from './markers';
import { patternDefs, STATUS_COLOURS, statusStyles } from './palette';
import { statusClass } from './status';
import { escapeXml, num } from './xml';
import { SUBJECT } from '../../shared/subject';
import { formatPartialDate } from '../site/dates';

/** Event kinds drawn as labelled lines; recognitions and withdrawals are drawn from the states. */
export const KEY_EVENT_KINDS: ReadonlySet<Event['kind']> = new Set([
  'declaration',
  'vote',
  'court',
  'agreement',
]);

export interface PlacedRecognition {
  state: State;
  /** 1-based place in the cumulative count, by date (inferred intervals by their earliest date). */
  rank: number;
  span: DateSpan;
  /** `exact`: a written day; `span`: a written month or year; `inferred`: bounds derived from neighbours. */
  kind: 'exact' | 'span' | 'inferred';
  /** Inferred interval without a later bound: drawn to the chart's end with an arrow. */
  open: boolean;
}

/** Recognitions the chart can place in time, in cumulative order; `undated` have neither date nor bounds. */
export function placeRecognitions(
  states: readonly State[],
  domainEnd: number,
): { placed: PlacedRecognition[]; undated: State[] } {
  const rows: Array<Omit<PlacedRecognition, 'rank'>> = [];
  const undated: State[] = [];
  for (const state of states) {
    const rec = state.recognition;
    if (!rec) continue;
    const written = rec.date ? spanOfPartialDate(rec.date) : null;
    if (written) {
      rows.push({ state, span: written, kind: written.exact ? 'exact' : 'span', open: false });
      continue;
    }
    const after = rec.dateInferred ? spanOfPartialDate(rec.dateInferred.after) : null;
    if (!after || !rec.dateInferred) {
      undated.push(state);
      continue;
    }
    // A recognition cannot postdate its own withdrawal, so a dated withdrawal closes an open interval.
    const beforeDate = rec.dateInferred.before ?? state.withdrawal?.date ?? null;
    const before = beforeDate ? spanOfPartialDate(beforeDate) : null;
    rows.push({
      state,
      span: {
        start: after.start,
        end: before ? before.end : Math.max(domainEnd, after.start),
        exact: false,
      },
      kind: 'inferred',
      open: !before,
    });
  }
  const tableRank = { 'un-members': 0, 'non-un': 1, withdrawn: 2 } as const;
  rows.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      tableRank[a.state.recognition!.table] - tableRank[b.state.recognition!.table] ||
      a.state.recognition!.order - b.state.recognition!.order,
  );
  return { placed: rows.map((r, i) => ({ ...r, rank: i + 1 })), undated };
}

/**
 * Stated figures that are running totals of recognitions and carry a date: "recognised by N"
 * style figures about Kosovo as a whole (no organisation `ref` other than the UN, no "N out of M"
 * with a small denominator, nothing about withdrawals).
 */
export function cumulativeFigures(
  figures: readonly Figure[],
  stateIds: ReadonlySet<string> = new Set(),
): Array<{ figure: Figure; span: DateSpan; date: string }> {
  return runningTotals(figures, stateIds).flatMap((figure) => {
    const date = figure.asOf ? partialDateOfPhrase(figure.asOf) : null;
    const span = date ? spanOfPartialDate(date) : null;
    return span && date ? [{ figure, span, date }] : [];
  });
}

/**
 * Figures that count recognitions of Kosovo overall. A `ref` to a state is kept (a milestone
 * such as "Egypt, the 100th"); a `ref` to an organisation means a member tally, which is not.
 */
function runningTotals(figures: readonly Figure[], stateIds: ReadonlySet<string>): Figure[] {
  return figures.filter((figure) => {
    if (
      figure.kind !== 'recognitions' &&
      figure.kind !== 'milestone' &&
      figure.kind !== 'org-tally'
    )
      return false;
    if (
      figure.ref &&
      figure.ref !== 'united-nations' &&
      figure.ref !== SUBJECT.id &&
      !stateIds.has(figure.ref)
    )
      return false;
    return figure.outOf === null || figure.outOf >= 190;
  });
}

/** Running totals the sources state without a usable date: named in the caption, not drawn. */
export function undatedTotals(
  figures: readonly Figure[],
  stateIds: ReadonlySet<string> = new Set(),
): Figure[] {
  const dated = new Set(cumulativeFigures(figures, stateIds).map((f) => f.figure.id));
  return runningTotals(figures, stateIds).filter((f) => !dated.has(f.id));
}

const EVENT_LABEL: Partial<Record<Event['kind'], string>> = {
  declaration: 'Declaration',
  vote: 'Vote',
  court: 'Court',
  agreement: 'Agreement',
};

const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** `2008-02-17` → `17 Feb 2008`, at the precision written. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTH_ABBR[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month, y].filter(Boolean).join(' ');
}

/**
 * Key events to draw: dated declarations, votes, court steps and agreements. An event whose
 * written span contains a more precisely dated key event is left out — it is almost always the
 * same event summarised ("in 2008" beside "on 17 February 2008").
 */
export function keyEventsToDraw(events: readonly Event[]): Array<{ event: Event; span: DateSpan }> {
  const dated = events
    .filter((e) => KEY_EVENT_KINDS.has(e.kind) && e.date)
    .flatMap((e) => {
      const span = spanOfPartialDate(e.date!);
      return span ? [{ event: e, span }] : [];
    });
  return dated
    .filter(
      ({ span }) =>
        !dated.some(
          (o) =>
            o.span.end - o.span.start < span.end - span.start &&
            o.span.start >= span.start &&
            o.span.end <= span.end,
        ),
    )
    .sort((a, b) => a.span.start - b.span.start);
}

export interface TimelineOptions {
  /** When given, points link to state pages. */
  base?: string | undefined;
  idPrefix?: string;
}

export interface RenderedTimeline {
  svg: string;
  /** The y-axis alone (drawTimelineAxis), kept in view while a narrow screen scrolls the chart. */
  axis: string;
  caption: string;
}

type RecognitionTable = NonNullable<State['recognition']>['table'];

/**
 * Recognitions listed outside the UN members' table. Their table ranks (1–8, 1–3) are not places
 * in the cumulative count of UN recognitions, so each gets a lane of its own, one row per state.
 */
export interface TimelineLane {
  table: Exclude<RecognitionTable, 'un-members'>;
  label: string;
  /** Every state of the table in table order, with its placed recognition where it has a date or bounds. */
  rows: Array<{ state: State; placed: PlacedRecognition | null; withdrawal: DateSpan | null }>;
}

/** What the chart shows, chosen from the data before any geometry. */
export interface TimelineData {
  keyEvents: Array<{ event: Event; span: DateSpan }>;
  /** UN member states' recognitions in cumulative order. */
  cumulative: { placed: PlacedRecognition[]; undated: State[] };
  /** Dated withdrawals of states on the cumulative axis (a withdrawal later reversed keeps its row there). */
  cumulativeWithdrawals: Array<{ state: State; span: DateSpan }>;
  lanes: TimelineLane[];
  figures: ReturnType<typeof cumulativeFigures>;
  undatedFigures: Figure[];
  /** Withdrawals reported, and how many of them carry a date. */
  withdrawals: { reported: number; dated: number };
  /** First and last year shown (the last is exclusive). */
  domain: { x0: number; x1: number };
}

const LANE_LABEL: Record<TimelineLane['table'], string> = {
  'non-un': 'Non-UN states',
  withdrawn: 'Recognitions later withdrawn',
};

export function selectTimeline(
  states: readonly State[],
  events: readonly Event[],
  figures: readonly Figure[],
): TimelineData {
  const keyEvents = keyEventsToDraw(events);
  const stateIds = new Set(states.map((s) => s.id));
  const withdrawalSpan = (s: State) =>
    s.withdrawal?.date ? spanOfPartialDate(s.withdrawal.date) : null;

  // Domain: from the declaration year to the end of the year of the latest written date.
  const writtenEnds = [
    ...states.flatMap((s) => [
      s.recognition?.date,
      s.recognition?.dateInferred?.after,
      s.recognition?.dateInferred?.before,
      s.withdrawal?.date,
    ]),
    ...keyEvents.map((e) => e.event.date),
  ].flatMap((d) => (d ? [spanOfPartialDate(d)?.end ?? 0] : []));
  const figs = cumulativeFigures(figures, stateIds);
  const latest = Math.max(2009, ...writtenEnds, ...figs.map((f) => f.span.end));
  const domain = { x0: 2008, x1: Math.floor(latest) + 1 };

  const inTable = (table: RecognitionTable) => states.filter((s) => s.recognition?.table === table);
  const unTable = inTable('un-members');
  const cumulative = placeRecognitions(unTable, domain.x1);
  const cumulativeWithdrawals = unTable.flatMap((state) => {
    const span = withdrawalSpan(state);
    return span ? [{ state, span }] : [];
  });
  const lanes = (['non-un', 'withdrawn'] as const).flatMap((table): TimelineLane[] => {
    const members = inTable(table).sort(
      (a, b) => a.recognition!.order - b.recognition!.order || a.name.localeCompare(b.name, 'en'),
    );
    if (members.length === 0) return [];
    const placedById = new Map(
      placeRecognitions(members, domain.x1).placed.map((p) => [p.state.id, p]),
    );
    return [
      {
        table,
        label: LANE_LABEL[table],
        rows: members.map((state) => ({
          state,
          placed: placedById.get(state.id) ?? null,
          withdrawal: withdrawalSpan(state),
        })),
      },
    ];
  });
  const reported = states.filter((s) => s.withdrawal);
  return {
    keyEvents,
    cumulative,
    cumulativeWithdrawals,
    lanes,
    figures: figs,
    undatedFigures: undatedTotals(figures, stateIds),
    withdrawals: {
      reported: reported.length,
      dated: reported.filter((s) => withdrawalSpan(s)).length,
    },
    domain,
  };
}

const W = 960;
const PLOT_TOP = 86;
const PLOT_H = 300;
const M_LEFT = 52;
const M_RIGHT = 24;
const LANE_ROW = 12;
const LANE_GAP = 40;
// A lane's title is two short lines, its name and how its rows run, so neither runs past the
// first screen of a phone, where the chart scrolls sideways.
const LANE_TITLE = 14;
// The legend is one column, each entry within the width a phone shows of the chart at once.
const LEGEND_ROW = 22;
const LEGEND_ITEMS = 6;

/** Where everything goes: scales, the lanes' tops and the legend. */
export interface TimelineLayout {
  width: number;
  height: number;
  sx: (t: number) => number;
  sy: (v: number) => number;
  yMax: number;
  plotTop: number;
  plotBottom: number;
  /** Top of each lane's first row, by table. */
  laneTops: Map<TimelineLane['table'], number>;
  legendTop: number;
}

export function layoutTimeline(data: TimelineData): TimelineLayout {
  const { x0, x1 } = data.domain;
  const yMaxData = Math.max(
    10,
    data.cumulative.placed.length,
    ...data.figures.map((f) => f.figure.value),
  );
  const yMax = Math.ceil(yMaxData / 20) * 20;
  const plotBottom = PLOT_TOP + PLOT_H;
  const laneTops = new Map<TimelineLane['table'], number>();
  let y = plotBottom + LANE_GAP;
  for (const lane of data.lanes) {
    laneTops.set(lane.table, y + 8 + LANE_TITLE);
    y += 8 + LANE_TITLE + lane.rows.length * LANE_ROW + 22;
  }
  return {
    width: W,
    height: y + 8 + LEGEND_ROW * (LEGEND_ITEMS - 1) + 12,
    sx: (t) => M_LEFT + ((t - x0) / (x1 - x0)) * (W - M_LEFT - M_RIGHT),
    sy: (v) => PLOT_TOP + PLOT_H - (v / yMax) * PLOT_H,
    yMax,
    plotTop: PLOT_TOP,
    plotBottom,
    laneTops,
    legendTop: y + 8,
  };
}

/** The recognition of one state, as the range or point it is drawn as, with its title. */
function recognitionMark(p: PlacedRecognition, x: (t: number) => number, y: number): string {
  const a = num(x(p.span.start));
  const b = num(x(p.span.end));
  const r = p.state.recognition;
  if (p.kind === 'exact') {
    return `<title>${escapeXml(`${p.state.name}: recognised ${readerDate(r?.date)}`)}</title><circle class="${statusClass('recognised')} kra-point" cx="${a}" cy="${num(y)}" r="2.6"/>`;
  }
  const inferred = p.kind === 'inferred';
  const what = inferred
    ? `date not written; between ${readerDate(r?.dateInferred?.after)} and ${r?.dateInferred?.before ? readerDate(r.dateInferred.before) : 'an unknown later date'} (inferred)`
    : `in ${readerDate(r?.date)}`;
  const cap = p.open
    ? `<path class="kra-range" d="M${b} ${num(y)}l-4-3m4 3l-4 3"/>`
    : `<path class="kra-range" d="M${b} ${num(y - 3)}v6"/>`;
  return `<title>${escapeXml(`${p.state.name}: recognised ${what}`)}</title><path class="kra-range${inferred ? ' kra-inferred' : ''}" d="M${a} ${num(y - 3)}v6M${a} ${num(y)}H${b}"/>${cap}`;
}

// Dates in the chart's words (its titles, its text alternative) as the site writes them elsewhere:
// "17 February 2013", never "2013-02-17"; a missing date is said so, never printed as "null".
const readerDate = (date: string | null | undefined): string =>
  date ? formatPartialDate(date) : 'date not given';

function withdrawalTitle(state: State): string {
  const w = state.withdrawal;
  const reversed = w?.reversed
    ? `; reversed${w.reversed.date ? ` ${readerDate(w.reversed.date)}` : ''}`
    : '';
  return `${state.name}: withdrew recognition ${readerDate(w?.date)}${reversed}`;
}

export function drawTimeline(
  data: TimelineData,
  layout: TimelineLayout,
  options: TimelineOptions = {},
): string {
  const idPrefix = options.idPrefix ?? 'kra-timeline';
  const { sx, sy, yMax, plotBottom } = layout;
  const { x0, x1 } = data.domain;
  const { placed } = data.cumulative;
  const rankById = new Map(placed.map((p) => [p.state.id, p.rank]));
  const link = (state: State, inner: string) =>
    options.base
      ? `<a href="${escapeXml(statePageHref(options.base, state.id))}">${inner}</a>`
      : `<g>${inner}</g>`;

  const parts: string[] = [];
  // Grid and axes.
  for (let y = x0; y <= x1; y++) {
    const x = num(sx(y));
    parts.push(`<path class="kra-grid" d="M${x} ${PLOT_TOP}V${plotBottom}"/>`);
    if (x1 - x0 <= 12 || y % 2 === 0)
      parts.push(
        `<text class="kra-ink" x="${x}" y="${plotBottom + 16}" text-anchor="middle">${y}</text>`,
      );
  }
  for (let v = 0; v <= yMax; v += 20)
    parts.push(`<path class="kra-grid" d="M${M_LEFT} ${num(sy(v))}H${W - M_RIGHT}"/>`);
  parts.push(yAxisLabels(layout));

  // Key events: a dashed line each, labels stacked in rows so neighbours do not collide.
  const rowEnds = [-Infinity, -Infinity, -Infinity, -Infinity];
  for (const { event, span } of data.keyEvents) {
    const x = sx(span.start);
    const label = `${EVENT_LABEL[event.kind] ?? event.kind}, ${shortDate(event.date!)}`;
    const width = label.length * 6.2;
    // Near the right edge the label goes left of its line.
    const flip = x + width > W - 4;
    const left = flip ? x - width - 3 : x;
    let row = rowEnds.findIndex((end) => end < left - 4);
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = flip ? x : x + width;
    const ty = 16 + row * 18;
    parts.push(
      `<g><title>${escapeXml(`${readerDate(event.date)}: ${event.title}`)}</title>` +
        `<path class="kra-event" d="M${num(x)} ${ty + 4}V${plotBottom}"/>` +
        `<text class="kra-ink kra-small kra-halo" x="${num(flip ? x - 3 : x + 3)}" y="${ty}"${flip ? ' text-anchor="end"' : ''}>${escapeXml(label)}</text></g>`,
    );
  }

  // Recognitions: ranges first so points stay on top. Neighbours in the order that share one
  // interval (a run of undated rows between the same dated ones) become one band.
  for (const run of runsOfSameInterval(placed)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (run.length === 1) {
      parts.push(link(first.state, recognitionMark(first, sx, sy(first.rank))));
      continue;
    }
    const inferred = first.kind === 'inferred';
    const what = inferred
      ? `date not written; between ${readerDate(first.state.recognition?.dateInferred?.after)} and ${first.state.recognition?.dateInferred?.before ? readerDate(first.state.recognition.dateInferred.before) : 'an unknown later date'} (inferred)`
      : `in ${readerDate(first.state.recognition?.date)}`;
    const a = num(sx(first.span.start));
    const b = num(sx(first.span.end));
    const top = sy(last.rank) - 2;
    const height = sy(first.rank) - sy(last.rank) + 4;
    const names = run.map((p) => p.state.name).join(', ');
    const title = `${run.length} recognitions (numbers ${first.rank}–${last.rank}), ${what}: ${names}`;
    const arrow = first.open
      ? `<path class="kra-range" d="M${b} ${num(top + height / 2)}l-5-4m5 4l-5 4"/>`
      : '';
    parts.push(
      `<g><title>${escapeXml(title)}</title><rect class="kra-band${inferred ? ' kra-inferred' : ''}" x="${a}" y="${num(top)}" width="${num(sx(first.span.end) - sx(first.span.start))}" height="${num(height)}"/>${arrow}</g>`,
    );
  }
  for (const p of placed)
    if (p.kind === 'exact') parts.push(link(p.state, recognitionMark(p, sx, sy(p.rank))));

  // Withdrawals on the cumulative axis: a diamond at the withdrawal date, joined to the state's own recognition.
  for (const { state, span } of data.cumulativeWithdrawals) {
    const y = sy(rankById.get(state.id) ?? 0);
    const x = sx(span.start);
    const from = placed.find((p) => p.state.id === state.id);
    const joiner = from
      ? `<path class="kra-joiner" d="M${num(sx(from.span.start))} ${num(y)}H${num(x)}"/>`
      : '';
    parts.push(
      link(
        state,
        `<title>${escapeXml(withdrawalTitle(state))}</title>${joiner}<path class="${statusClass('withdrawn')} kra-point" d="${markerPath('withdrawn', x, y, 3.4)}"/>`,
      ),
    );
  }

  // Lanes: one row per state of the table, in table order, labelled with the state's name.
  for (const lane of data.lanes) {
    const top = layout.laneTops.get(lane.table)!;
    parts.push(
      `<text class="kra-ink kra-lane-title" x="${M_LEFT}" y="${top - 6 - LANE_TITLE}">${escapeXml(`${lane.label} (${lane.rows.length}):`)}</text>` +
        `<text class="kra-ink kra-small" x="${M_LEFT}" y="${top - 6}">one row each, in the order of their table</text>` +
        `<rect class="kra-lane" x="${M_LEFT}" y="${top}" width="${W - M_LEFT - M_RIGHT}" height="${lane.rows.length * LANE_ROW + 4}"/>`,
    );
    lane.rows.forEach(({ state, placed: p, withdrawal }, i) => {
      const y = top + 2 + LANE_ROW / 2 + i * LANE_ROW;
      const marks: string[] = [];
      let right = M_LEFT;
      if (p) {
        marks.push(recognitionMark(p, sx, y));
        right = Math.max(right, sx(p.kind === 'exact' ? p.span.start : p.span.end));
      }
      if (withdrawal) {
        const x = sx(withdrawal.start);
        const joiner = p
          ? `<path class="kra-joiner" d="M${num(sx(p.span.start))} ${num(y)}H${num(x)}"/>`
          : '';
        marks.push(
          `<g><title>${escapeXml(withdrawalTitle(state))}</title>${joiner}<path class="${statusClass('withdrawn')} kra-point" d="${markerPath('withdrawn', x, y, 3.4)}"/></g>`,
        );
        right = Math.max(right, x);
      }
      const label = `${state.name}${!p && !withdrawal ? ' (no date written)' : ''}`;
      const flip = right + 8 + label.length * 5.6 > W - M_RIGHT;
      marks.push(
        `<text class="kra-ink kra-small kra-halo" x="${num(flip ? right - 8 : right + 8)}" y="${num(y + 4)}"${flip ? ' text-anchor="end"' : ''}>${escapeXml(label)}</text>`,
      );
      parts.push(link(state, marks.join('')));
    });
  }

  // Stated totals: hollow squares labelled with who states them; a label that would overlap the
  // previous one moves to the square's other side.
  let previousLabel: { x0: number; x1: number; y: number } | null = null;
  for (const { figure, span, date } of [...data.figures].sort(
    (a, b) => a.span.start - b.span.start,
  )) {
    const x = sx(span.start);
    const y = sy(figure.value);
    const text = `${figure.value} (${figure.claimant})`;
    const w = text.length * 6.2;
    let right = false;
    if (previousLabel && Math.abs(previousLabel.y - y) < 14 && previousLabel.x1 > x - 7 - w)
      right = true;
    previousLabel = right ? { x0: x + 7, x1: x + 7 + w, y } : { x0: x - 7 - w, x1: x - 7, y };
    parts.push(
      `<g><title>${escapeXml(`${figure.claimant}: ${figure.value} (${figure.label}, as of ${readerDate(figure.asOf ?? date)})`)}</title>` +
        `<rect class="kra-stated" x="${num(x - 4)}" y="${num(y - 4)}" width="8" height="8"/>` +
        `<text class="kra-ink kra-small kra-halo" x="${num(right ? x + 7 : x - 7)}" y="${num(y + 4)}" text-anchor="${right ? 'start' : 'end'}">${escapeXml(text)}</text></g>`,
    );
  }

  parts.push(timelineLegend(layout.legendTop));

  const rec = STATUS_COLOURS.recognised;
  const root = `#${idPrefix}`;
  const styles = statusStyles(
    idPrefix,
    `${root} .kra-grid{stroke:#888;stroke-opacity:.3;stroke-width:.6}` +
      `${root} .kra-event{stroke:#555;stroke-dasharray:4 3;stroke-width:1}` +
      `${root} .kra-range{stroke:${rec.light};stroke-width:1.4;fill:none}` +
      `${root} .kra-band{fill:${rec.light};fill-opacity:.16;stroke:${rec.light};stroke-width:1}` +
      `${root} .kra-inferred{stroke-dasharray:3 2}` +
      `${root} .kra-lane{fill:#888;fill-opacity:.08;stroke:#888;stroke-opacity:.4}` +
      `${root} .kra-lane-title{font-weight:600}` +
      `${root} .kra-halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}` +
      `${root} .kra-joiner{stroke:#777;stroke-dasharray:1 2;fill:none}` +
      `${root} .kra-point{stroke:#000;stroke-width:.5}` +
      `${root} .kra-stated{fill:none;stroke:#000;stroke-width:1.4}` +
      `${root} .kra-small{font-size:11px}` +
      `@media (prefers-color-scheme:dark){${root} .kra-range{stroke:${rec.dark}}${root} .kra-band{fill:${rec.dark};stroke:${rec.dark}}${root} .kra-halo{stroke:#111}${root} .kra-stated{stroke:#fff}${root} .kra-event{stroke:#bbb}${root} .kra-point{stroke:#fff}}` +
      `@media print{${root} .kra-range{stroke:${rec.light}}${root} .kra-band{fill:${rec.light};stroke:${rec.light}}${root} .kra-halo{stroke:#fff}${root} .kra-stated{stroke:#000}${root} .kra-event{stroke:#555}${root} .kra-point{stroke:#000}}`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="system-ui,sans-serif" font-size="12">` +
    `<title>Timeline of recognitions and withdrawals of recognition of ${escapeXml(SUBJECT.name)}</title>` +
    styles +
    `<defs>${patternDefs(idPrefix)}</defs>` +
    parts.join('') +
    '</svg>'
  );
}

/** The y-axis's numbers and title, in the chart's coordinates. */
function yAxisLabels(layout: TimelineLayout): string {
  const labels: string[] = [];
  for (let v = 0; v <= layout.yMax; v += 20)
    labels.push(
      `<text class="kra-ink" x="${M_LEFT - 6}" y="${num(layout.sy(v) + 4)}" text-anchor="end">${v}</text>`,
    );
  labels.push(
    `<text class="kra-ink" transform="translate(14 ${PLOT_TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle">UN member states’ recognitions so far</text>`,
  );
  return labels.join('');
}

/**
 * The y-axis alone, the chart's left margin down to its zero, drawn at the chart's scale: where
 * the chart is wider than the screen and scrolls sideways, the page keeps it over that margin
 * (views.css), so the counts stay readable beside any year. It stops above the years and the
 * lanes, so it covers neither. Hidden from assistive technology: the chart says it already.
 */
export function drawTimelineAxis(layout: TimelineLayout, options: TimelineOptions = {}): string {
  const id = `${options.idPrefix ?? 'kra-timeline'}-axis`;
  const height = layout.plotBottom + 6;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="kra-timeline-axis" aria-hidden="true" viewBox="0 0 ${M_LEFT} ${height}" width="${M_LEFT}" height="${height}" font-family="system-ui,sans-serif" font-size="12">` +
    `<style>#${id} .kra-ink{fill:#222}@media (prefers-color-scheme:dark){#${id} .kra-ink{fill:#eee}}@media print{#${id} .kra-ink{fill:#222}}</style>` +
    yAxisLabels(layout) +
    '</svg>'
  );
}

/** Data selection, layout, drawing and caption, in that order. */
export function renderTimeline(
  states: readonly State[],
  events: readonly Event[],
  figures: readonly Figure[],
  options: TimelineOptions = {},
): RenderedTimeline {
  const data = selectTimeline(states, events, figures);
  const layout = layoutTimeline(data);
  return {
    svg: drawTimeline(data, layout, options),
    axis: drawTimelineAxis(layout, options),
    caption: timelineCaption(data),
  };
}

/** Consecutive non-exact recognitions that share kind and interval. */
function runsOfSameInterval(placed: readonly PlacedRecognition[]): PlacedRecognition[][] {
  const runs: PlacedRecognition[][] = [];
  for (const p of placed) {
    if (p.kind === 'exact') continue;
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (
      run &&
      prev &&
      prev.rank === p.rank - 1 &&
      prev.kind === p.kind &&
      prev.span.start === p.span.start &&
      prev.span.end === p.span.end
    )
      run.push(p);
    else runs.push([p]);
  }
  return runs;
}

function timelineLegend(top: number): string {
  const items = [
    `<circle class="${statusClass('recognised')} kra-point" cx="8" cy="0" r="3"/><text class="kra-ink" x="18" y="4">Recognition, exact date</text>`,
    `<rect class="kra-band" x="0" y="-5" width="22" height="10"/><text class="kra-ink" x="30" y="4">Only month or year written</text>`,
    `<rect class="kra-band kra-inferred" x="0" y="-5" width="22" height="10"/><text class="kra-ink" x="30" y="4">No date written: inferred range</text>`,
    `<path class="${statusClass('withdrawn')} kra-point" d="${markerPath('withdrawn', 8, 0, 4)}"/><text class="kra-ink" x="18" y="4">Withdrew recognition</text>`,
    `<rect class="kra-stated" x="4" y="-4" width="8" height="8"/><text class="kra-ink" x="18" y="4">Total stated by a source</text>`,
    `<path class="kra-event" d="M8 -8V8"/><text class="kra-ink" x="18" y="4">Key event</text>`,
  ];
  return items
    .map((item, i) => `<g transform="translate(${M_LEFT} ${top + i * LEGEND_ROW})">${item}</g>`)
    .join('');
}

/**
 * The chart's text alternative, in the site's reader words: dates as "17 February 2013", never as
 * the data holds them ("2013-02-17").
 */
export function timelineCaption(data: TimelineData): string {
  const { placed, undated } = data.cumulative;
  const exact = placed.filter((p) => p.kind === 'exact').length;
  const span = placed.filter((p) => p.kind === 'span').length;
  const inferred = placed.filter((p) => p.kind === 'inferred').length;
  const parts = [
    `Recognitions of ${SUBJECT.name} by UN member states over time: ${placed.length} recognitions in cumulative order, ${exact} with an exact date (points)` +
      (span ? `, ${span} with only a month or year written (solid ranges)` : '') +
      ` and ${inferred} whose date no source writes, drawn as inferred ranges (dashed).`,
  ];
  if (undated.length)
    parts.push(
      `${undated.length} recognitions have no date and no bounds and are not drawn: ${undated.map((s) => s.name).join(', ')}.`,
    );
  for (const lane of data.lanes) {
    const drawn = lane.rows.filter((r) => r.placed || r.withdrawal).length;
    parts.push(
      `${lane.label} are not part of that count and have a lane of their own below the axis, one row per state in the order of their table (${lane.rows.length}, ${drawn} with a date or interval): ${lane.rows.map((r) => r.state.name).join(', ')}.`,
    );
  }
  parts.push(
    `${data.withdrawals.reported} withdrawals of recognition are reported, ${data.withdrawals.dated} of them with a date (diamonds).`,
  );
  if (data.figures.length)
    parts.push(
      `Totals stated by the sources (squares): ${data.figures.map((f) => `${f.figure.value} per ${f.figure.claimant} (${readerDate(f.figure.asOf)})`).join('; ')}.`,
    );
  if (data.undatedFigures.length)
    parts.push(
      `Stated without a date, so not drawn: ${data.undatedFigures.map((f) => `${f.value} ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)} per ${f.claimant}`).join('; ')}.`,
    );
  if (data.keyEvents.length)
    parts.push(
      `Key events (dashed lines): ${data.keyEvents.map(({ event: e }) => `${EVENT_LABEL[e.kind] ?? e.kind}, ${readerDate(e.date)}`).join('; ')}.`,
    );
  return parts.join(' ');
}
