/**
 * Runs the build's stages as the `build` npm script does, timing each, with the project's Node 22
 * first on PATH (the system Node may be older). Pagefind runs inside `astro build` (the Astro
 * integration in src/integrations/pagefind.ts); its time is read from the line it logs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PAGEFIND_TIME_LINE } from '../../src/integrations/pagefind';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
const binDir = path.join(repoRoot, 'node_modules/.bin');

export interface BuildEnv {
  outDir: string;
  cacheDir: string;
  /** Sources to build from; the project's content/sources when undefined. */
  sourcesDir?: string;
}

const commands = [
  { name: 'ingest', command: 'tsx', args: ['scripts/ingest.ts', '--check'] },
  { name: 'astro', command: 'astro', args: ['build'] },
] as const;
/** Stages as reported: `astro` is the Astro build without its Pagefind step. */
export const buildStages = [{ name: 'ingest' }, { name: 'astro' }, { name: 'pagefind' }] as const;
export type StageName = (typeof buildStages)[number]['name'];

function envFor(build: BuildEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    ATLAS_OUT_DIR: build.outDir,
    ATLAS_CACHE_DIR: build.cacheDir,
    ...(build.sourcesDir === undefined ? {} : { ATLAS_SOURCES_DIR: build.sourcesDir }),
  };
}

/** Runs one command to completion; resolves with its wall time in ms, rejects with its output. */
export function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** One full build, stage by stage; returns ms per stage. */
export async function timedBuild(build: BuildEnv): Promise<Record<StageName, number>> {
  const env = envFor(build);
  const [ingest, astro] = [await timed(commands[0].command, commands[0].args, env), await timed(commands[1].command, commands[1].args, env)];
  const pagefindMs = Number(PAGEFIND_TIME_LINE.exec(astro.output)?.[1]);
  if (!Number.isFinite(pagefindMs)) throw new Error('astro build did not report the Pagefind step; is the integration in astro.config.mjs?');
  return { ingest: ingest.ms, astro: astro.ms - pagefindMs, pagefind: pagefindMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
