/**
 * Text rendering for the Atlas pages: statements and source articles to HTML, with the first
 * mention of each state and organisation linked to its page. Pure functions, no Astro imports.
 */
export { buildLinkables } from './names';
export { mentionFinder } from './mentions';
export { pagePath, type Linkable } from './linkable';
export { rehypeCrosslink, type CrosslinkOptions } from './crosslink';
export { renderStatementHtml, statementTree } from './statement';
export { renderSourceHtml, sourceTree, sourceAnchors, sourceMdast, lineAnchor } from './source';
export type { RenderOptions } from './render';
