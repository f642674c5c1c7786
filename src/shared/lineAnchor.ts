/**
 * The one line-anchor format: the fragment that lands on a line of a vendored source file
 * (`/sources/<id>/#L12`). Source refs carry it as `anchor`, the source pages give each block its
 * line's anchor, and the search page lands results on it — a public URL contract.
 */

/** Fragment id of a source file's line. */
export const lineAnchor = (line: number): string => `L${line}`;

/** Whether an element id is a line anchor. */
export const LINE_ANCHOR = /^L\d+$/;

/**
 * Query parameter that carries the searched words to a source page, which marks them there
 * (Pagefind's highlight script): the search page writes it, the source page's build reads its name.
 */
export const HIGHLIGHT_PARAM = 'highlight';
