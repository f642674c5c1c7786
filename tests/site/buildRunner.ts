/**
 * Runs the real production build (`npm run build`: ingest check → astro build → Pagefind) into a
 * directory of its own, so tests can build side by side without touching dist/.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, siteUrl } from './builtSite';

const run = promisify(execFile);

export interface BuildDirs {
  outDir: string;
  cacheDir: string;
}

export function scratchDirs(label: string): BuildDirs {
  const root = mkdtempSync(path.join(os.tmpdir(), `atlas-${label}-`));
  return { outDir: path.join(root, 'dist'), cacheDir: path.join(root, 'cache') };
}

/**
 * The environment a developer's shell would give the build: vitest exports Vite's own variables
 * (BASE_URL, MODE, NODE_ENV=test, …) into process.env, and a child Astro build would inherit them —
 * BASE_URL=/ silently overrides the configured base.
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const injected = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !injected.test(name)));
}

/** Builds with the given extra environment (e.g. ATLAS_SOURCES_DIR); rejects with the build's output. */
export async function buildSite(dirs: BuildDirs, env: Record<string, string> = {}): Promise<void> {
  try {
    await run('npm', ['run', 'build'], {
      cwd: repoRoot,
      env: {
        ...shellEnv(),
        ATLAS_SITE: siteUrl,
        ATLAS_OUT_DIR: dirs.outDir,
        ATLAS_CACHE_DIR: dirs.cacheDir,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `npm run build failed into ${dirs.outDir}:\n${(stderr ?? '').slice(-4000)}\n${(stdout ?? '').slice(-4000)}`,
      { cause: error },
    );
  }
}
