/**
 * The timeline's lane labels drawn again, alone, for a phone (pages review 9, #11): there the chart
 * keeps its drawn size and scrolls sideways, and the lanes below the axis lost their titles and
 * their rows' state names, which the chart draws at the lane's left edge and at each row's right
 * end. This overlay sticks to the figure's left edge, as the y-axis does (views.css), so a lane
 * and its rows stay named whatever years are in view. It reads the titles and names from the
 * drawn chart, at the chart's own coordinates, so the two never place a row differently.
 */
import type { TimelineLayout } from '../svg/timeline';
import { escapeXml } from '../svg/xml';

export interface LaneLabel {
  text: string;
  y: number;
  /** A lane's title (bold) or a row's state name. */
  kind: 'title' | 'row';
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The lane titles and row names of a drawn timeline, top to bottom: every lane title, and every
 * halo'd label below the plot and above the legend (the rows' state names).
 */
export function laneLabels(
  svg: string,
  layout: Pick<TimelineLayout, 'plotBottom' | 'legendTop'>,
): LaneLabel[] {
  const out: LaneLabel[] = [];
  for (const m of svg.matchAll(
    /<text class="([^"]*)" x="[^"]*" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g,
  )) {
    const classes = m[1]!.split(' ');
    const y = Number(m[2]);
    if (classes.includes('kra-lane-title'))
      out.push({ text: unescapeXml(m[3]!), y, kind: 'title' });
    else if (classes.includes('kra-halo') && y > layout.plotBottom && y < layout.legendTop)
      out.push({ text: unescapeXml(m[3]!), y, kind: 'row' });
  }
  return out.sort((a, b) => a.y - b.y);
}

// Average advance of a character at the overlay's sizes (12 px bold titles, 11 px names), with
// room to spare: the overlay is as wide as its longest label, which it must never clip.
const CHAR_WIDTH = { title: 7.5, row: 6.5 } as const;

/** The overlay: the labels at the chart's heights, left-aligned, on a halo of the page's colour. */
export function laneLabelsSvg(labels: readonly LaneLabel[], height: number): string {
  if (labels.length === 0) return '';
  const width = Math.ceil(8 + Math.max(...labels.map((l) => l.text.length * CHAR_WIDTH[l.kind])));
  const texts = labels
    .map(
      (l) =>
        `<text class="kra-lanes-ink${l.kind === 'title' ? ' kra-lanes-title' : ''}" x="4" y="${l.y}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kra-timeline-lanes" aria-hidden="true" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui,sans-serif" font-size="11">` +
    `<style>.kra-lanes-ink{fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}.kra-lanes-title{font-weight:600;font-size:12px}@media (prefers-color-scheme:dark){.kra-lanes-ink{fill:#eee;stroke:#111}}</style>` +
    texts +
    '</svg>'
  );
}
