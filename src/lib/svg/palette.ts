import { MAP_STATUSES, statusClass, type MapStatus } from './status';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), chosen so that the
 * statuses also differ in lightness, and backed by patterns (dots, hatching) so a black-and-white
 * print still tells them apart.
 */
export const STATUS_COLOURS: Record<MapStatus, { light: string; dark: string }> = {
  recognised: { light: '#0072B2', dark: '#56B4E9' },
  withdrawn: { light: '#CC79A7', dark: '#CC79A7' },
  'not-recognised': { light: '#E69F00', dark: '#E69F00' },
  kosovo: { light: '#000000', dark: '#FFFFFF' },
  'no-data': { light: '#DDDDDD', dark: '#555555' },
};

/** Which statuses carry a texture on top of their colour. */
const PATTERN_OF: Partial<Record<MapStatus, 'dots' | 'hatch'>> = {
  'not-recognised': 'dots',
  withdrawn: 'hatch',
};

export function patternId(idPrefix: string, status: MapStatus): string {
  return `${idPrefix}-pat-${status}`;
}

/** `<pattern>` elements for the textured statuses; the ids are per-SVG so several charts can share a page. */
export function patternDefs(idPrefix: string): string {
  return MAP_STATUSES.flatMap((status) => {
    const kind = PATTERN_OF[status];
    if (!kind) return [];
    const bg = `<rect class="kra-pat-bg-${status}" width="4" height="4"/>`;
    const mark =
      kind === 'dots'
        ? '<circle class="kra-pat-ink" cx="2" cy="2" r="0.9"/>'
        : '<path class="kra-pat-line" d="M-1 1l2-2M0 4l4-4M3 5l2-2"/>';
    return [
      `<pattern id="${patternId(idPrefix, status)}" width="4" height="4" patternUnits="userSpaceOnUse">${bg}${mark}</pattern>`,
    ];
  }).join('');
}

/**
 * Stylesheet for one chart, scoped to its root id: inline SVG `<style>` applies to the whole
 * document, and each chart's fills point at its own pattern ids.
 */
export function statusStyles(idPrefix: string, extraRules = ''): string {
  const root = `#${idPrefix}`;
  const fills = (scheme: 'light' | 'dark') =>
    MAP_STATUSES.map((status) => {
      const colour = STATUS_COLOURS[status][scheme];
      const fill = PATTERN_OF[status] ? `url(#${patternId(idPrefix, status)})` : colour;
      return `${root} .${statusClass(status)}{fill:${fill}}${root} .kra-pat-bg-${status}{fill:${colour}}`;
    }).join('');
  const light =
    fills('light') +
    `${root}{color:#222}${root} .kra-pat-ink{fill:#000;fill-opacity:.45}${root} .kra-pat-line{stroke:#000;stroke-opacity:.55;stroke-width:.8}` +
    `${root} .kra-edge{stroke:#fff}${root} .kra-ink{fill:#222}${root} .kra-ink-stroke{stroke:#222}${root} .kra-muted{fill:#666}`;
  const dark =
    fills('dark') +
    `${root}{color:#eee}${root} .kra-edge{stroke:#111}${root} .kra-ink{fill:#eee}${root} .kra-ink-stroke{stroke:#eee}${root} .kra-muted{fill:#aaa}`;
  return `<style>${light}${extraRules}@media (prefers-color-scheme:dark){${dark}}@media print{${light}}</style>`;
}
