// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// `site` and `base` come from the environment so the same build works at a domain root or
// under a sub-path (e.g. a project page on a static host). See README "Publishing".
const site = process.env.ATLAS_SITE ?? 'http://localhost:4321';
if (!process.env.ATLAS_SITE && process.argv.includes('build')) {
  // Canonical URLs, Open Graph and the sitemap are absolute: a build for publishing needs the real origin.
  console.warn(`[atlas] ATLAS_SITE is not set: canonical URLs and the sitemap point at ${site}. Set ATLAS_SITE (and ATLAS_BASE) when building for a host.`);
}
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate output/cache dirs let tests and benchmarks build side by side without clobbering dist/.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [sitemap(), pagefind()],
  devToolbar: { enabled: false },
});
