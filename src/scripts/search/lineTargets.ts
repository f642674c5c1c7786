// Hits inside a source article land on the line they were found on, not at the top of a long
// article: Pagefind records every element with an id and the word position where it starts, and
// the article's blocks carry line anchors (`L<line>`, src/shared/lineAnchor.ts),
// so the line of a match is the last line anchor at or before its first word.
import type { Anchor, ResultData } from './pagefindClient';
import { HIGHLIGHT_PARAM, LINE_ANCHOR } from '../../shared/lineAnchor';

/** The line anchor whose block holds word position `location`, if the page has line anchors. */
export function anchorAtLocation(anchors: readonly Anchor[], location: number): string | undefined {
  let line: string | undefined;
  for (const anchor of anchors) {
    if (anchor.location > location) break;
    if (LINE_ANCHOR.test(anchor.id)) line = anchor.id;
  }
  return line;
}

/** The words inside an excerpt's <mark>s, as the page spells them (for the highlight on arrival). */
export function markedSpellings(excerpts: readonly string[]): string[] {
  const words = excerpts.flatMap((excerpt) =>
    [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap(
      (match) => (match[1] ?? '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [],
    ),
  );
  return [...new Set(words)];
}

/** `url` with its fragment set to `#id` and the highlight words as query parameters. */
export function landingUrl(url: string, id: string | undefined, words: readonly string[]): string {
  const [withoutFragment = url, fragment] = url.split('#', 2);
  const [path = withoutFragment, query = ''] = withoutFragment.split('?', 2);
  const params = new URLSearchParams(query);
  for (const word of words) params.append(HIGHLIGHT_PARAM, word);
  const search = params.toString();
  const hash = id ?? fragment;
  return `${path}${search === '' ? '' : `?${search}`}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * The result with its links pointing at the line of the first match, page-wide and per section,
 * and carrying the matched words to highlight. Pages without line anchors come back unchanged.
 */
export function landOnLines(result: ResultData): ResultData {
  const anchors = [...(result.anchors ?? [])].sort((a, b) => a.location - b.location);
  if (!anchors.some((anchor) => LINE_ANCHOR.test(anchor.id))) return result;
  const firstLine = (locations: readonly number[] | undefined): string | undefined =>
    locations && locations.length > 0
      ? anchorAtLocation(anchors, Math.min(...locations))
      : undefined;
  return {
    ...result,
    url: landingUrl(result.url, firstLine(result.locations), markedSpellings([result.excerpt])),
    sub_results: result.sub_results.map((sub) => ({
      ...sub,
      url: landingUrl(sub.url, firstLine(sub.locations), markedSpellings([sub.excerpt])),
    })),
  };
}
