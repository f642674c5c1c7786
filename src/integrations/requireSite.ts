/**
 * A production build must know the origin it will be published at: canonical URLs, Open Graph
 * and the sitemap are absolute, and a silent default would publish whatever it guessed (it used
 * to be http://localhost:4321). So `astro build` without ATLAS_SITE stops with a message saying
 * what to set; `astro dev` and `astro sync` serve or type-check locally and need none.
 */
import type { AstroIntegration } from 'astro';

export function siteProblem(command: string, site: string | undefined): string | undefined {
  if (command !== 'build') return undefined;
  if (!site) {
    return (
      'ATLAS_SITE is not set. A production build writes absolute URLs (canonical links, Open Graph, sitemap), ' +
      'so it needs the origin the site will be published at: ATLAS_SITE=https://example.org npm run build ' +
      '(and ATLAS_BASE=/sub-path/ for a sub-path). `npm start` and `npm test` build for the local preview ' +
      'and set it themselves.'
    );
  }
  if (!/^https?:$/.test(new URL(site).protocol))
    return `ATLAS_SITE must be an http(s) origin, not ${site}.`;
  return undefined;
}

export default function requireSite(): AstroIntegration {
  return {
    name: 'atlas:require-site',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        const problem = siteProblem(command, config.site);
        if (problem) throw new Error(problem);
      },
    },
  };
}
