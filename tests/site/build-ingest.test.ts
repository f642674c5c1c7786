/**
 * The ingest runs inside `astro build` and `astro dev` (the content loader), so one command builds
 * the whole site, a failing ingest fails the build, and the dev server shows the same data.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, repoRoot } from './builtSite';
import { buildSite, scratchDirs, shellEnv } from './buildRunner';
import { samplePages } from './samplePages';

const h1Of = (html: string): string =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();

function withoutSiteVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => name !== 'ATLAS_SITE' && name !== 'ATLAS_BASE'),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the ingest inside the Astro build', () => {
  it('a source the ingest cannot read fails `npm run build`, naming the file, and writes no site', async () => {
    const sources = mkdtempSync(path.join(os.tmpdir(), 'atlas-broken-sources-'));
    writeFileSync(
      path.join(sources, 'sources.yaml'),
      '- id: ghost\n  file: missing.txt\n  title: Ghost\n  publisher: Nobody\n  format: wikitext\n',
    );
    const dirs = scratchDirs('broken-ingest');
    await expect(buildSite(dirs, { ATLAS_SOURCES_DIR: sources })).rejects.toThrow(/missing\.txt/);
    expect(existsSync(path.join(dirs.outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('`npm run dev` serves a state page with the data the build has', async () => {
    assertBuilt();
    const state = samplePages().find((page) => page.type === 'state');
    expect(state).toBeDefined();
    const built = h1Of(readFileSync(path.join(distDir, state!.path, 'index.html'), 'utf8'));
    const port = await freePort();
    const dev = spawn(
      path.join(repoRoot, 'node_modules/.bin/astro'),
      ['dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: repoRoot,
        // As a developer runs it: no ATLAS_SITE, the site at the root.
        env: { ...withoutSiteVariables(shellEnv()), ATLAS_CACHE_DIR: scratchDirs('dev').cacheDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.on('error', (error) => (output += `\ncould not start: ${error.message}`));
    dev.on('exit', (code) => (output += `\nexited with ${code}`));
    try {
      let html = '';
      let lastProblem = '';
      for (let attempt = 0; attempt < 120 && html === ''; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const response = await fetch(`http://127.0.0.1:${port}/${state!.path}`).catch(
          (error: Error) => {
            lastProblem = error.message;
            return undefined;
          },
        );
        if (response?.status === 200) html = await response.text();
        else if (response)
          lastProblem = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
      }
      expect(html, `${lastProblem}\ndev server output:\n${output.slice(-3000)}`).not.toBe('');
      expect(h1Of(html)).toBe(built);
      expect(built).not.toBe('');
    } finally {
      dev.kill('SIGTERM');
    }
  }, 120_000);
});
