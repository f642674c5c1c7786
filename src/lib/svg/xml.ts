// The timeline still imports escapeXml from here (its owner switches it to src/shared/text);
// the alias goes once nothing uses it.
export { escapeHtml as escapeXml } from '../../shared/text';

/** Formats a coordinate compactly: at most `digits` decimals, no trailing zeros, no "-0". */
export function num(value: number, digits = 1): string {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? '0' : String(r);
}
