import path from 'node:path';
import { ingest } from './index';
import type { AtlasData } from '../schemas';

// Kept on globalThis, not in a module variable: Astro loads the content config and the pages
// through separate module graphs, so a module-level cache would run the whole ingest twice a build.
const CACHE = Symbol.for('kosovo-atlas.ingest');
type Cache = { [CACHE]?: Promise<AtlasData> };

/**
 * The ingest result for the project's own content/, computed once per process: every collection
 * loader, the data exports and the About page read the same run.
 */
export function loadAtlas(root = process.cwd()): Promise<AtlasData> {
  const store = globalThis as Cache;
  store[CACHE] ??= Promise.resolve().then(() =>
    ingest({
      sourcesDir: process.env.ATLAS_SOURCES_DIR ?? path.join(root, 'content/sources'),
      editorialDir: process.env.ATLAS_EDITORIAL_DIR ?? path.join(root, 'content/editorial'),
    }),
  );
  return store[CACHE];
}
