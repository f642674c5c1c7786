import { inject } from 'vitest';
import type { AtlasData } from '../../../src/schemas';

/** The shared ingest, or the message of the error that stopped it. */
export type SharedAtlas = { data: AtlasData } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    sharedAtlas: SharedAtlas;
  }
}

/**
 * The ingest of the real content/, run once per test run by ./ingestOnce.ts. Tests that damage
 * the sources must still ingest their own copies; this is only the undamaged result.
 */
export function realAtlas(): AtlasData {
  const shared = inject('sharedAtlas');
  if (!shared) throw new Error('no shared atlas: this project has no ingestOnce global setup');
  if ('error' in shared) throw new Error(`the shared ingest failed: ${shared.error}`);
  return shared.data;
}
