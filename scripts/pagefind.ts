// Re-indexes an existing build without rebuilding it (`tsx scripts/pagefind.ts`), e.g. after
// editing pages in dist/ by hand. `astro build` already does this through the Astro
// integration in src/integrations/pagefind.ts; this CLI only calls the same function.
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';

indexSite(resolve(process.env.ATLAS_OUT_DIR ?? 'dist'), (message) =>
  console.log(`pagefind: ${message}`),
).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
