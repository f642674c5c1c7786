import type { Organisation } from '../../schemas';
import { patternDefs, statusStyles } from './palette';
import { statusClass, type MapStatus } from './status';
import { escapeHtml } from '../../shared/text';
import { num } from './xml';
import { SUBJECT } from '../../shared/subject';

export interface TallyCounts {
  recognising: number;
  withdrawn: number;
  notRecognising: number;
  /** Members in the list whose status the Atlas does not know (e.g. not states, or Kosovo itself). */
  other: number;
  /** Size of the member list; null when the Atlas keeps no list for the organisation. */
  members: number | null;
}

export function tallyCounts(org: Organisation): TallyCounts {
  const recognising = org.recognising.length;
  const withdrawn = org.withdrawn.length;
  const notRecognising = org.notRecognising.length;
  const members = org.members ? org.members.length : null;
  const other =
    members === null ? 0 : Math.max(0, members - recognising - withdrawn - notRecognising);
  return { recognising, withdrawn, notRecognising, other, members };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The computed tally in words, e.g. "Of 27 members, 22 recognise Kosovo, 5 do not and 0 withdrew recognition." */
export function tallyCaption(org: Organisation): string {
  const c = tallyCounts(org);
  const name = org.abbreviation ?? org.name;
  if (c.members === null && c.recognising + c.withdrawn + c.notRecognising === 0) {
    return `The Atlas keeps no member list for ${name}, so it computes no tally.`;
  }
  const parts = [
    `${c.recognising} recognise ${SUBJECT.name}`,
    `${c.notRecognising} do not`,
    `${c.withdrawn} withdrew recognition`,
  ];
  if (c.other > 0)
    parts.push(
      `${plural(c.other, 'member has', 'members have')} no recognition status in the Atlas`,
    );
  const last = parts.pop();
  const list = `${parts.join(', ')} and ${last}`;
  return c.members === null
    ? `Of the ${name} members the Atlas lists, ${list}.`
    : `Of ${plural(c.members, 'member', 'members')} of ${name}, ${list}.`;
}

/** Each distinct tally the sources state, in words (several passages often repeat one figure). */
export function statedTallyTexts(org: Organisation): string[] {
  const texts = org.statedTallies.map((t) => {
    const of = t.total === null ? '' : ` out of ${t.total}`;
    const asOf = t.asOf ? ` (${t.asOf})` : '';
    return `${t.claimant} states ${t.recognising}${of}${asOf}.`;
  });
  return [...new Set(texts)];
}

export interface RenderedTally {
  /** Empty when there is nothing to draw (no member list and no computed members). */
  svg: string;
  caption: string;
  stated: string[];
}

const WIDTH = 360;
const BAR_Y = 4;
const BAR_H = 22;

/** A horizontal stacked bar: recognising | withdrawn | not recognising | unknown, numbers inside where they fit. */
export function renderTallyBar(
  org: Organisation,
  options: { idPrefix?: string } = {},
): RenderedTally {
  const caption = tallyCaption(org);
  const stated = statedTallyTexts(org);
  const c = tallyCounts(org);
  const total = c.members ?? c.recognising + c.withdrawn + c.notRecognising;
  if (total === 0) return { svg: '', caption, stated };

  const idPrefix = options.idPrefix ?? `kra-tally-${org.id}`;
  const segments: Array<{ status: MapStatus; count: number; label: string }> = [
    { status: 'recognised', count: c.recognising, label: 'recognise' },
    { status: 'withdrawn', count: c.withdrawn, label: 'withdrew' },
    { status: 'not-recognised', count: c.notRecognising, label: 'do not' },
    { status: 'no-data', count: c.other, label: 'unknown' },
  ];
  let x = 0;
  const shapes: string[] = [];
  for (const seg of segments) {
    if (seg.count === 0) continue;
    const w = (seg.count / total) * WIDTH;
    const title = `${seg.count} ${seg.label}`;
    shapes.push(
      `<g><title>${escapeHtml(title)}</title><rect class="${statusClass(seg.status)} kra-ink-stroke" x="${num(x)}" y="${BAR_Y}" width="${num(w)}" height="${BAR_H}" stroke-width=".5"/>`,
    );
    // The number sits on a white lozenge so it reads on every fill, in print too.
    const text = String(seg.count);
    const boxW = 8 + text.length * 7;
    if (w >= boxW + 2) {
      const cx = x + w / 2;
      shapes.push(
        `<rect x="${num(cx - boxW / 2)}" y="${BAR_Y + 4}" width="${boxW}" height="${BAR_H - 8}" rx="3" fill="#fff"/>` +
          `<text x="${num(cx)}" y="${BAR_Y + BAR_H / 2 + 4}" text-anchor="middle" fill="#000">${text}</text>`,
      );
    }
    shapes.push('</g>');
    x += w;
  }
  const label = escapeHtml(caption);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" id="${idPrefix}" viewBox="0 0 ${WIDTH} ${BAR_H + BAR_Y * 2}" role="img" aria-label="${label}" font-family="system-ui,sans-serif" font-size="11">` +
    statusStyles(idPrefix) +
    `<defs>${patternDefs(idPrefix)}</defs>` +
    shapes.join('') +
    '</svg>';
  return { svg, caption, stated };
}
