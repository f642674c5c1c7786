import path from 'node:path';
import { ingest } from './index';
import type { AtlasData } from '../schemas';

let cached: Promise<AtlasData> | undefined;

/**
 * The ingest result for the project's own content/, computed once per process: Astro calls every
 * collection loader, and each must see the same run.
 */
export function loadAtlas(root = process.cwd()): Promise<AtlasData> {
  cached ??= Promise.resolve().then(() =>
    ingest({
      sourcesDir: process.env.ATLAS_SOURCES_DIR ?? path.join(root, 'content/sources'),
      editorialDir: process.env.ATLAS_EDITORIAL_DIR ?? path.join(root, 'content/editorial'),
    }),
  );
  return cached;
}
