import type { APIRoute } from 'astro';
import { joinUrl } from '../shared/url';

/** robots.txt with the sitemap's absolute URL, which depends on ATLAS_SITE and ATLAS_BASE. */
export const GET: APIRoute = ({ site, url }) => {
  // `site` is always set in a build (requireSite); `astro dev` answers at its own address.
  const sitemap = new URL(joinUrl(import.meta.env.BASE_URL, 'sitemap-index.xml'), site ?? url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
