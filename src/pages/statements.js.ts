import type { APIRoute } from 'astro';
import source from '../scripts/statements/enhance.js?raw';

/**
 * The statements' enhancements (deep-link mark, "Copy link", citations on demand) as one script
 * file, loaded deferred by every page with statements (Base.astro). Inlined, its 1 kB gzipped
 * counted against every such page's first load (HTML + CSS) and was sent again with each page; as a
 * file it is fetched once and the page paints without it.
 */
// Whole-line comments and indentation are for the source file, not for what readers download
// (line breaks stay, so automatic semicolons are unchanged).
const minified = source.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '');

export const GET: APIRoute = () =>
  new Response(minified, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
