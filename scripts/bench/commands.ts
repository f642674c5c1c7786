/**
 * Runs the build as the `build` npm script does, timing its stages, with the project's Node 22
 * first on PATH (the system Node may be older). Pagefind runs inside `astro build` (the Astro
 * integration in src/integrations/pagefind.ts); its time is read from the line it logs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { LOCAL_PREVIEW_SITE } from '../../src/shared/url';
import { PAGEFIND_TIME_LINE } from '../../src/integrations/pagefind';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const binDir = path.join(repoRoot, 'node_modules/.bin');

export interface BuildEnv {
  outDir: string;
  cacheDir: string;
  /** Sources to build from; the project's content/sources when undefined. */
  sourcesDir?: string;
  /** Editorial folder; the project's content/editorial when undefined. */
  editorialDir?: string;
}

/** Stages as reported: `astro` is the Astro build (ingest included) without its Pagefind step. */
export const buildStages = [{ name: 'astro' }, { name: 'pagefind' }] as const;
export type StageName = (typeof buildStages)[number]['name'];

function envFor(build: BuildEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    // The bench builds for the local preview it measures (an explicit origin is required).
    ATLAS_SITE: process.env.ATLAS_SITE || LOCAL_PREVIEW_SITE,
    ATLAS_OUT_DIR: build.outDir,
    ATLAS_CACHE_DIR: build.cacheDir,
    ...(build.sourcesDir === undefined ? {} : { ATLAS_SOURCES_DIR: build.sourcesDir }),
    ...(build.editorialDir === undefined ? {} : { ATLAS_EDITORIAL_DIR: build.editorialDir }),
  };
}

/** Runs one command to completion; resolves with its wall time in ms, rejects with its output. */
export function timed(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, output });
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        );
    });
  });
}

/** One full build, stage by stage; returns ms per stage. */
export async function timedBuild(build: BuildEnv): Promise<Record<StageName, number>> {
  const astro = await timed('astro', ['build'], envFor(build));
  const pagefindMs = Number(PAGEFIND_TIME_LINE.exec(astro.output)?.[1]);
  if (!Number.isFinite(pagefindMs))
    throw new Error(
      'astro build did not report the Pagefind step; is the integration in astro.config.mjs?',
    );
  return { astro: astro.ms - pagefindMs, pagefind: pagefindMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
