import type { APIRoute } from 'astro';
import { enhanceStatementsScript } from '../scripts/statements/statementsScript';

/**
 * The statements' enhancements (deep-link mark, "Copy link", citations on demand) as one script
 * file, loaded deferred by every page with statements (Base.astro). Inlined, its 1 kB gzipped
 * counted against every such page's first load (HTML + CSS) and was sent again with each page; as a
 * file it is fetched once and the page paints without it.
 */
// Transpiled from src/scripts/statements/enhance.ts, without its comments and indentation.
const minified = enhanceStatementsScript();

export const GET: APIRoute = () =>
  new Response(minified, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
