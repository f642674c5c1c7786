import type { State } from '../../schemas';
import { renderStatusMap } from './statusMap';
import { escapeHtml } from '../../shared/text';
import { SITE_NAME } from '../site/title';
import { SUBJECT } from '../../shared/subject';

/** Open Graph image size most sites crop to. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

/**
 * The picture a shared link shows: the site's name, the computed UN-member counts and the status
 * map with its legend. SVG here; the endpoint rasterises it, since link previews need PNG.
 */
export function shareCardSvg(states: readonly State[]): string {
  const un = states.filter((s) => s.kind === 'un-member');
  const count = (status: State['status']) => un.filter((s) => s.status === status).length;
  const summary = `Of ${un.length} UN member states, ${count('recognised')} recognise ${SUBJECT.name}, ${count('withdrawn')} withdrew, ${count('not-recognised')} do not (per the recognition tables)`;
  const map = renderStatusMap(states, { base: '/', idPrefix: 'card-map' }).svg.replace(
    /^<svg/,
    '<svg x="40" y="160" width="1120" height="450"',
  );
  const font = 'font-family="DejaVu Sans, Arial, sans-serif"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD.width}" height="${SHARE_CARD.height}" viewBox="0 0 ${SHARE_CARD.width} ${SHARE_CARD.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="40" y="80" ${font} font-size="52" font-weight="700" fill="#1a1a1a">${escapeHtml(SITE_NAME)}</text>`,
    `<text x="40" y="128" ${font} font-size="24" fill="#333333">${escapeHtml(summary)}</text>`,
    map,
    '</svg>',
  ].join('\n');
}
