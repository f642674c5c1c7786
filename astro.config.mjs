// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import inlineHashes from './src/integrations/inlineHashes';
import requireSite from './src/integrations/requireSite';
import pagefind from './src/integrations/pagefind';

// `site` and `base` come from the environment so the same build works at a domain root or
// under a sub-path (e.g. a project page on a static host). See README "Publishing". A build
// without ATLAS_SITE fails (requireSite) rather than publish a guessed origin.
const site = process.env.ATLAS_SITE || undefined;
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate output/cache dirs let tests and benchmarks build side by side without clobbering dist/.
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // No code blocks to highlight; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // Pagefind indexes the pages as finally written, so it runs after the CSP hashes are set.
  integrations: [requireSite(), sitemap(), inlineHashes(), pagefind()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy without 'unsafe-inline': Astro hashes the scripts and styles it
  // bundles, inlineHashes() adds the page's own inline ones. Each page carries it in a <meta>;
  // scripts/serve.ts also sends it as a header (README "Publishing").
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
