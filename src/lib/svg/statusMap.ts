import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { State } from '../../schemas';
import { stateHref } from '../site/url';
import { markerPath } from './markers';
import { placementOf, statesMissingFromMap, type MissingState } from './mapCoverage';
import { patternDefs, statusStyles } from './palette';
import { CompactPathWriter } from './pathWriter';
import {
  countStatuses,
  mapStatusOf,
  MAP_STATUSES,
  MAP_LEGEND,
  statusClass,
  type MapStatus,
} from './status';
import { areaKeyOfState, worldAreas, type MapArea } from './worldFeatures';
import { escapeHtml } from '../../shared/text';
import { num } from './xml';
import { formatInterval, formatPartialDate } from '../site/dates';
import { SUBJECT } from '../../shared/subject';

export interface StatusMapOptions {
  /** Link prefix, e.g. import.meta.env.BASE_URL. */
  base: string;
  /** State id drawn with a heavy outline. */
  highlight?: string | undefined;
  /** Root id of the SVG; pattern ids derive from it, so two maps on a page need two prefixes. */
  idPrefix?: string;
}

export interface RenderedStatusMap {
  svg: string;
  /** Text alternative with the counts. */
  caption: string;
  /** States the map cannot show (see EXPECTED_MISSING). */
  missing: MissingState[];
  /** Ids of states drawn as markers because their area vanishes at world scale or is absent. */
  markerIds: string[];
}

export const MAP_WIDTH = 960;
/** Areas smaller than this many square pixels also get a marker; about 15 000 km² at this width. */
export const SMALL_AREA_PX = 14;
const MARKER_R = 3.6;
const LEGEND_H = 112;

/** Status phrase with the date, for a shape's `<title>`. */
export function describeState(state: State): string {
  const status = mapStatusOf(state);
  if (status === 'kosovo') return MAP_LEGEND.kosovo;
  const label = MAP_LEGEND[status];
  const date =
    status === 'withdrawn'
      ? state.withdrawal?.date
      : status === 'recognised'
        ? state.recognition?.date
        : null;
  const inferred = !date && status === 'recognised' && state.recognition?.dateInferred;
  // The same words as the state page: "since 18 February 2008", "between … and …" for inferred dates.
  const when = date
    ? ` (${status === 'withdrawn' ? '' : 'since '}${formatPartialDate(date)})`
    : inferred
      ? ` (date not written; ${formatInterval(inferred)}, inferred)`
      : '';
  return `${state.name}: ${label.charAt(0).toLowerCase()}${label.slice(1)}${when}`;
}

export function statusMapCaption(
  states: readonly State[],
  missing: readonly MissingState[],
): string {
  const c = countStatuses(states);
  const sentence = `World map of recognition of ${SUBJECT.name}: ${c.recognised} states recognise ${SUBJECT.name}, ${c.withdrawn} withdrew recognition and ${c['not-recognised']} do not recognise it. Small states are drawn as markers: circle recognises, diamond withdrew, triangle does not.`;
  if (missing.length === 0) return sentence;
  return `${sentence} Not on the map: ${missing.map((m) => m.name).join(', ')}.`;
}

function fittedProjection(areas: readonly MapArea[]): {
  projection: GeoProjection;
  height: number;
} {
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: areas.map((a) => ({ type: 'Feature', properties: {}, geometry: a.geometry })),
  };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  // Shift up so the northernmost land touches the top; the legend sits below the southern tip.
  projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 2]);
  return { projection, height: Math.ceil(y1 - y0) + 4 };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface Marker {
  /** Null only for Kosovo when the data has no state record for it: drawn, but unlinked. */
  state: State | null;
  status: MapStatus;
  x: number;
  y: number;
}

export function renderStatusMap(
  states: readonly State[],
  options: StatusMapOptions,
): RenderedStatusMap {
  const idPrefix = options.idPrefix ?? 'kra-map';
  const { areas } = worldAreas();
  const { projection, height } = fittedProjection(areas);
  const measure = geoPath(projection);
  const writer = new CompactPathWriter(0);
  const draw = geoPath(projection, writer as unknown as CanvasRenderingContext2D);
  const stateByKey = new Map(states.map((s) => [areaKeyOfState(s), s]));

  const shapes: string[] = [];
  const markers: Marker[] = [];
  let highlightShape = '';
  for (const area of areas) {
    const state = stateByKey.get(area.key);
    // Kosovo is drawn as itself whether or not the data carries a state record for it.
    const isKosovo = area.key === `id:${SUBJECT.id}`;
    const status: MapStatus = isKosovo ? 'kosovo' : state ? mapStatusOf(state) : 'no-data';
    draw(area.geometry);
    const d = writer.result();
    const small = measure.area(area.geometry) < SMALL_AREA_PX || d === '';
    if ((state || isKosovo) && small) {
      const [x, y] = measure.centroid(area.geometry);
      if (Number.isFinite(x) && Number.isFinite(y))
        markers.push({ state: state ?? null, status, x, y });
    }
    if (d === '') continue;
    const cls = statusClass(status);
    if (!state) {
      const title = isKosovo ? SUBJECT.name : `${area.name}: not a state in the Atlas`;
      shapes.push(`<path class="${cls}" d="${d}"><title>${escapeHtml(title)}</title></path>`);
      continue;
    }
    // Shapes are links for the pointer only (tabindex -1): some 225 tab stops in no useful order
    // kept keyboard users from the page; every state is reachable from the table and its links.
    const shape = `<a href="${escapeHtml(stateHref(options.base, state.id))}" tabindex="-1"><title>${escapeHtml(describeState(state))}</title><path class="${cls}" d="${d}"/></a>`;
    shapes.push(shape);
    if (state.id === options.highlight) highlightShape = `<path class="kra-highlight" d="${d}"/>`;
  }

  for (const state of states) {
    const placement = placementOf(state);
    if (placement.kind !== 'marker') continue;
    const p = projection([placement.lng, placement.lat]);
    // Clamped so markers near the antimeridian (Tuvalu, Kiribati…) stay inside the picture.
    if (p)
      markers.push({
        state,
        status: mapStatusOf(state),
        x: clamp(p[0], 8, MAP_WIDTH - 8),
        y: clamp(p[1], 8, height - 8),
      });
  }

  const missing = statesMissingFromMap(states);
  // Kosovo's star last, so its neighbours' markers never hide it.
  markers.sort((a, b) => Number(a.status === 'kosovo') - Number(b.status === 'kosovo'));
  const markerSvg = markers
    .map((m) => {
      const highlighted = m.state !== null && m.state.id === options.highlight;
      const r = highlighted ? MARKER_R * 1.6 : MARKER_R;
      const shape = `<path class="${statusClass(m.status)} kra-marker${highlighted ? ' kra-marker-highlight' : ''}" d="${markerPath(m.status, m.x, m.y, r)}"/>`;
      if (!m.state) return `<g><title>${escapeHtml(SUBJECT.name)}</title>${shape}</g>`;
      return `<a href="${escapeHtml(stateHref(options.base, m.state.id))}" tabindex="-1"><title>${escapeHtml(describeState(m.state))}</title>${shape}</a>`;
    })
    .join('');
  const kosovo = markers.find((m) => m.status === 'kosovo');
  const kosovoLabel = kosovo
    ? `<path class="kra-leader kra-ink-stroke" d="M${num(kosovo.x)} ${num(kosovo.y + 5)}L${num(kosovo.x - 6)} ${num(kosovo.y + 30)}"/><text class="kra-ink kra-label" x="${num(kosovo.x - 6)}" y="${num(kosovo.y + 42)}" text-anchor="middle">${escapeHtml(SUBJECT.name)}</text>`
    : '';

  const totalHeight = height + LEGEND_H;
  const legend = statusLegend(states, height + 8);
  const styles = statusStyles(
    idPrefix,
    `#${idPrefix} .kra-areas path{stroke-width:.4;stroke-linejoin:round}` +
      `#${idPrefix} .kra-areas{stroke:inherit}` +
      `#${idPrefix} .kra-marker{stroke-width:.9}` +
      `#${idPrefix} .kra-highlight{fill:none;stroke-width:2.2;pointer-events:none}` +
      `#${idPrefix} a:focus path,#${idPrefix} a:hover path{stroke-width:1.6}` +
      `#${idPrefix} .kra-leader{fill:none;stroke-width:.8}` +
      `#${idPrefix} .kra-label{font-weight:600}`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" viewBox="0 0 ${MAP_WIDTH} ${totalHeight}" font-family="system-ui,sans-serif" font-size="13">` +
    `<title>World map of recognition of ${escapeHtml(SUBJECT.name)}</title>` +
    styles +
    `<defs>${patternDefs(idPrefix)}</defs>` +
    `<g class="kra-areas kra-edge">${shapes.join('')}</g>` +
    (highlightShape ? `<g class="kra-ink-stroke">${highlightShape}</g>` : '') +
    `<g class="kra-ink-stroke">${markerSvg}</g>` +
    kosovoLabel +
    legend +
    '</svg>';
  return {
    svg,
    caption: statusMapCaption(states, missing),
    missing,
    markerIds: markers.flatMap((m) => (m.state ? [m.state.id] : [])),
  };
}

/** Legend rows: area swatch (colour + pattern), marker shape, label with the count. */
function statusLegend(states: readonly State[], top: number): string {
  const counts = countStatuses(states);
  const rows = MAP_STATUSES.map((status, i) => {
    const y = top + i * 20;
    const count = status === 'kosovo' || status === 'no-data' ? '' : ` (${counts[status]})`;
    return (
      `<rect class="${statusClass(status)} kra-ink-stroke" x="12" y="${y}" width="26" height="14" stroke-width=".6"/>` +
      `<path class="${statusClass(status)} kra-ink-stroke kra-marker" d="${markerPath(status, 52, y + 7, 5)}"/>` +
      `<text class="kra-ink" x="66" y="${y + 12}">${escapeHtml(MAP_LEGEND[status] + count)}</text>`
    );
  });
  return `<g class="kra-legend">${rows.join('')}</g>`;
}
