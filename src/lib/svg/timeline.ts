import type { Event, Figure, State } from '../../schemas';
import { partialDateOfPhrase, spanOfPartialDate, type DateSpan } from './dates';
import { statePageHref } from './links';
import { markerPath } from './markers';
import { patternDefs, STATUS_COLOURS, statusStyles } from './palette';
import { statusClass } from './status';
import { escapeXml, num } from './xml';

/** Event kinds drawn as labelled lines; recognitions and withdrawals are drawn from the states. */
export const KEY_EVENT_KINDS: ReadonlySet<Event['kind']> = new Set(['declaration', 'vote', 'court', 'agreement']);

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
export function placeRecognitions(states: readonly State[], domainEnd: number): { placed: PlacedRecognition[]; undated: State[] } {
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
      span: { start: after.start, end: before ? before.end : Math.max(domainEnd, after.start), exact: false },
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
    if (!/recogni/i.test(figure.label) || /withdr|revok|derecogn|not recogni/i.test(figure.label)) return false;
    if (figure.ref && figure.ref !== 'united-nations' && figure.ref !== 'kosovo' && !stateIds.has(figure.ref)) return false;
    return figure.outOf === null || figure.outOf >= 190;
  });
}

/** Running totals the sources state without a usable date: named in the caption, not drawn. */
export function undatedTotals(figures: readonly Figure[], stateIds: ReadonlySet<string> = new Set()): Figure[] {
  const dated = new Set(cumulativeFigures(figures, stateIds).map((f) => f.figure.id));
  return runningTotals(figures, stateIds).filter((f) => !dated.has(f.id));
}

const EVENT_LABEL: Partial<Record<Event['kind'], string>> = {
  declaration: 'Declaration',
  vote: 'Vote',
  court: 'Court',
  agreement: 'Agreement',
};

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
    .filter(({ span }) => !dated.some((o) => o.span.end - o.span.start < span.end - span.start && o.span.start >= span.start && o.span.end <= span.end))
    .sort((a, b) => a.span.start - b.span.start);
}

export interface TimelineOptions {
  /** When given, points link to state pages. */
  base?: string | undefined;
  idPrefix?: string;
}

export interface RenderedTimeline {
  svg: string;
  caption: string;
}

const W = 960;
const PLOT_TOP = 86;
const PLOT_H = 300;
const M_LEFT = 52;
const M_RIGHT = 24;
const H = PLOT_TOP + PLOT_H + 84;

export function renderTimeline(
  states: readonly State[],
  events: readonly Event[],
  figures: readonly Figure[],
  options: TimelineOptions = {},
): RenderedTimeline {
  const idPrefix = options.idPrefix ?? 'kra-timeline';
  const keyEvents = keyEventsToDraw(events);
  const stateIds = new Set(states.map((s) => s.id));
  const withdrawalsDated = states.flatMap((s) => {
    const span = s.withdrawal?.date ? spanOfPartialDate(s.withdrawal.date) : null;
    return span ? [{ state: s, span }] : [];
  });

  // Domain: from the declaration year to the end of the year of the latest written date.
  const writtenEnds = [
    ...states.flatMap((s) => [s.recognition?.date, s.recognition?.dateInferred?.after, s.recognition?.dateInferred?.before, s.withdrawal?.date]),
    ...keyEvents.map((e) => e.event.date),
  ].flatMap((d) => (d ? [spanOfPartialDate(d)?.end ?? 0] : []));
  const figs0 = cumulativeFigures(figures, stateIds);
  const latest = Math.max(2009, ...writtenEnds, ...figs0.map((f) => f.span.end));
  const x0 = 2008;
  const x1 = Math.floor(latest) + 1;

  const { placed, undated } = placeRecognitions(states, x1);
  const rankById = new Map(placed.map((p) => [p.state.id, p.rank]));
  const yMaxData = Math.max(10, placed.length, ...figs0.map((f) => f.figure.value));
  const yMax = Math.ceil(yMaxData / 20) * 20;

  const sx = (t: number) => M_LEFT + ((t - x0) / (x1 - x0)) * (W - M_LEFT - M_RIGHT);
  const sy = (v: number) => PLOT_TOP + PLOT_H - (v / yMax) * PLOT_H;
  const link = (state: State, inner: string) =>
    options.base ? `<a href="${escapeXml(statePageHref(options.base, state.id))}">${inner}</a>` : `<g>${inner}</g>`;

  const parts: string[] = [];
  // Grid and axes.
  for (let y = x0; y <= x1; y++) {
    const x = num(sx(y));
    parts.push(`<path class="kra-grid" d="M${x} ${PLOT_TOP}V${PLOT_TOP + PLOT_H}"/>`);
    if (x1 - x0 <= 12 || y % 2 === 0)
      parts.push(`<text class="kra-ink" x="${x}" y="${PLOT_TOP + PLOT_H + 16}" text-anchor="middle">${y}</text>`);
  }
  for (let v = 0; v <= yMax; v += 20) {
    const y = num(sy(v));
    parts.push(`<path class="kra-grid" d="M${M_LEFT} ${y}H${W - M_RIGHT}"/><text class="kra-ink" x="${M_LEFT - 6}" y="${num(sy(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  parts.push(
    `<text class="kra-ink" transform="translate(14 ${PLOT_TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle">Recognitions so far</text>`,
  );

  // Key events: a dashed line each, labels stacked in three rows so neighbours do not collide.
  const rowEnds = [-Infinity, -Infinity, -Infinity, -Infinity];
  for (const { event, span } of keyEvents) {
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
      `<g><title>${escapeXml(`${event.date}: ${event.title}`)}</title>` +
        `<path class="kra-event" d="M${num(x)} ${ty + 4}V${PLOT_TOP + PLOT_H}"/>` +
        `<text class="kra-ink kra-small kra-halo" x="${num(flip ? x - 3 : x + 3)}" y="${ty}"${flip ? ' text-anchor="end"' : ''}>${escapeXml(label)}</text></g>`,
    );
  }

  // Recognitions: ranges first so points stay on top. Neighbours in the order that share one
  // interval (a run of undated rows between the same dated ones) become one band.
  for (const run of runsOfSameInterval(placed)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const a = num(sx(first.span.start));
    const b = num(sx(first.span.end));
    const inferred = first.kind === 'inferred';
    const bounds = inferred
      ? `between ${first.state.recognition?.dateInferred?.after} and ${first.state.recognition?.dateInferred?.before ?? 'an unknown later date'} (inferred)`
      : `in ${first.state.recognition?.date}`;
    const what = inferred ? `date not written; ${bounds}` : bounds;
    const cls = inferred ? ' kra-inferred' : '';
    if (run.length === 1) {
      const y = num(sy(first.rank));
      const cap = first.open ? `<path class="kra-range" d="M${b} ${y}l-4-3m4 3l-4 3"/>` : `<path class="kra-range" d="M${b} ${num(sy(first.rank) - 3)}v6"/>`;
      parts.push(link(first.state, `<title>${escapeXml(`${first.state.name}: recognised ${what}`)}</title><path class="kra-range${cls}" d="M${a} ${num(sy(first.rank) - 3)}v6M${a} ${y}H${b}"/>${cap}`));
      continue;
    }
    const top = sy(last.rank) - 2;
    const height = sy(first.rank) - sy(last.rank) + 4;
    const names = run.map((p) => p.state.name).join(', ');
    const title = `${run.length} recognitions (numbers ${first.rank}–${last.rank}), ${what}: ${names}`;
    const arrow = first.open ? `<path class="kra-range" d="M${b} ${num(top + height / 2)}l-5-4m5 4l-5 4"/>` : '';
    parts.push(`<g><title>${escapeXml(title)}</title><rect class="kra-band${cls}" x="${a}" y="${num(top)}" width="${num(sx(first.span.end) - sx(first.span.start))}" height="${num(height)}"/>${arrow}</g>`);
  }
  for (const p of placed) {
    if (p.kind !== 'exact') continue;
    parts.push(
      link(
        p.state,
        `<title>${escapeXml(`${p.state.name}: recognised ${p.state.recognition?.date}`)}</title><circle class="${statusClass('recognised')} kra-point" cx="${num(sx(p.span.start))}" cy="${num(sy(p.rank))}" r="2.6"/>`,
      ),
    );
  }

  // Withdrawals: a diamond at the withdrawal date, joined to the state's own recognition.
  for (const { state, span } of withdrawalsDated) {
    const rank = rankById.get(state.id);
    const y = sy(rank ?? 0);
    const x = sx(span.start);
    const from = placed.find((p) => p.state.id === state.id);
    const joiner = from ? `<path class="kra-joiner" d="M${num(sx(from.span.start))} ${num(y)}H${num(x)}"/>` : '';
    const reversed = state.withdrawal?.reversed ? `; reversed${state.withdrawal.reversed.date ? ` ${state.withdrawal.reversed.date}` : ''}` : '';
    parts.push(
      link(
        state,
        `<title>${escapeXml(`${state.name}: withdrawal reported ${state.withdrawal?.date}${reversed}`)}</title>${joiner}<path class="${statusClass('withdrawn')} kra-point" d="${markerPath('withdrawn', x, y, 3.4)}"/>`,
      ),
    );
  }

  // Stated totals: hollow squares labelled with who states them; a label that would overlap the
  // previous one moves to the square's other side.
  let previousLabel: { x0: number; x1: number; y: number } | null = null;
  for (const { figure, span, date } of [...figs0].sort((a, b) => a.span.start - b.span.start)) {
    const x = sx(span.start);
    const y = sy(figure.value);
    const text = `${figure.value} (${figure.claimant})`;
    const w = text.length * 6.2;
    let right = false;
    if (previousLabel && Math.abs(previousLabel.y - y) < 14 && previousLabel.x1 > x - 7 - w) right = true;
    previousLabel = right ? { x0: x + 7, x1: x + 7 + w, y } : { x0: x - 7 - w, x1: x - 7, y };
    parts.push(
      `<g><title>${escapeXml(`${figure.claimant}: ${figure.value} (${figure.label}, as of ${figure.asOf ?? date})`)}</title>` +
        `<rect class="kra-stated" x="${num(x - 4)}" y="${num(y - 4)}" width="8" height="8"/>` +
        `<text class="kra-ink kra-small kra-halo" x="${num(right ? x + 7 : x - 7)}" y="${num(y + 4)}" text-anchor="${right ? 'start' : 'end'}">${escapeXml(text)}</text></g>`,
    );
  }

  parts.push(timelineLegend(PLOT_TOP + PLOT_H + 34));

  const rec = STATUS_COLOURS.recognised;
  const root = `#${idPrefix}`;
  const styles = statusStyles(
    idPrefix,
    `${root} .kra-grid{stroke:#888;stroke-opacity:.3;stroke-width:.6}` +
      `${root} .kra-event{stroke:#555;stroke-dasharray:4 3;stroke-width:1}` +
      `${root} .kra-range{stroke:${rec.light};stroke-width:1.4;fill:none}` +
      `${root} .kra-band{fill:${rec.light};fill-opacity:.16;stroke:${rec.light};stroke-width:1}` +
      `${root} .kra-inferred{stroke-dasharray:3 2}` +
      `${root} .kra-halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}` +
      `${root} .kra-joiner{stroke:#777;stroke-dasharray:1 2;fill:none}` +
      `${root} .kra-point{stroke:#000;stroke-width:.5}` +
      `${root} .kra-stated{fill:none;stroke:#000;stroke-width:1.4}` +
      `${root} .kra-small{font-size:11px}` +
      `@media (prefers-color-scheme:dark){${root} .kra-range{stroke:${rec.dark}}${root} .kra-band{fill:${rec.dark};stroke:${rec.dark}}${root} .kra-halo{stroke:#111}${root} .kra-stated{stroke:#fff}${root} .kra-event{stroke:#bbb}${root} .kra-point{stroke:#fff}}` +
      `@media print{${root} .kra-range{stroke:${rec.light}}${root} .kra-band{fill:${rec.light};stroke:${rec.light}}${root} .kra-halo{stroke:#fff}${root} .kra-stated{stroke:#000}${root} .kra-event{stroke:#555}${root} .kra-point{stroke:#000}}`,
  );
  const caption = timelineCaption(placed, undated, withdrawalsDated.length, states, figs0, undatedTotals(figures, stateIds), keyEvents.map((k) => k.event));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" viewBox="0 0 ${W} ${H}" font-family="system-ui,sans-serif" font-size="12">` +
    '<title>Timeline of recognitions and withdrawals of recognition of Kosovo</title>' +
    styles +
    `<defs>${patternDefs(idPrefix)}</defs>` +
    parts.join('') +
    '</svg>';
  return { svg, caption };
}

/** Consecutive non-exact recognitions that share kind and interval. */
function runsOfSameInterval(placed: readonly PlacedRecognition[]): PlacedRecognition[][] {
  const runs: PlacedRecognition[][] = [];
  for (const p of placed) {
    if (p.kind === 'exact') continue;
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && prev.rank === p.rank - 1 && prev.kind === p.kind && prev.span.start === p.span.start && prev.span.end === p.span.end) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

function timelineLegend(top: number): string {
  const items = [
    `<circle class="${statusClass('recognised')} kra-point" cx="8" cy="0" r="3"/><text class="kra-ink" x="18" y="4">Recognition, exact date</text>`,
    `<rect class="kra-band" x="0" y="-5" width="22" height="10"/><text class="kra-ink" x="30" y="4">Only month or year written</text>`,
    `<rect class="kra-band kra-inferred" x="0" y="-5" width="22" height="10"/><text class="kra-ink" x="30" y="4">No date written: inferred range</text>`,
    `<path class="${statusClass('withdrawn')} kra-point" d="${markerPath('withdrawn', 8, 0, 4)}"/><text class="kra-ink" x="18" y="4">Withdrawal reported</text>`,
    `<rect class="kra-stated" x="4" y="-4" width="8" height="8"/><text class="kra-ink" x="18" y="4">Total stated by a source</text>`,
    `<path class="kra-event" d="M8 -8V8"/><text class="kra-ink" x="18" y="4">Key event</text>`,
  ];
  const positions = [
    [M_LEFT, 0],
    [M_LEFT + 220, 0],
    [M_LEFT + 460, 0],
    [M_LEFT, 24],
    [M_LEFT + 220, 24],
    [M_LEFT + 460, 24],
  ] as const;
  return items.map((item, i) => `<g transform="translate(${positions[i]![0]} ${top + positions[i]![1]})">${item}</g>`).join('');
}

function timelineCaption(
  placed: readonly PlacedRecognition[],
  undated: readonly State[],
  withdrawalsDated: number,
  states: readonly State[],
  figs: ReturnType<typeof cumulativeFigures>,
  undatedFigs: readonly Figure[],
  keyEvents: readonly Event[],
): string {
  const exact = placed.filter((p) => p.kind === 'exact').length;
  const span = placed.filter((p) => p.kind === 'span').length;
  const inferred = placed.filter((p) => p.kind === 'inferred').length;
  const withdrawals = states.filter((s) => s.withdrawal).length;
  const parts = [
    `Recognitions of Kosovo over time: ${placed.length} recognitions in cumulative order, ${exact} with an exact date (points)` +
      (span ? `, ${span} with only a month or year written (solid ranges)` : '') +
      ` and ${inferred} whose date no source writes, drawn as inferred ranges (dashed).`,
  ];
  if (undated.length) parts.push(`${undated.length} recognitions have no date and no bounds and are not drawn: ${undated.map((s) => s.name).join(', ')}.`);
  parts.push(`${withdrawals} withdrawals of recognition are reported, ${withdrawalsDated} of them with a date (diamonds).`);
  if (figs.length) parts.push(`Totals stated by the sources (squares): ${figs.map((f) => `${f.figure.value} per ${f.figure.claimant} (${f.figure.asOf})`).join('; ')}.`);
  if (undatedFigs.length) parts.push(`Stated without a date, so not drawn: ${undatedFigs.map((f) => `${f.value} per ${f.claimant} (${f.label})`).join('; ')}.`);
  if (keyEvents.length) parts.push(`Key events (dashed lines): ${keyEvents.map((e) => `${EVENT_LABEL[e.kind] ?? e.kind} ${e.date}`).join('; ')}.`);
  return parts.join(' ');
}
