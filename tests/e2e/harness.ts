// Shared harness for browser tests against a production build: a static server that mimics a
// plain static host (optionally under a sub-path) and a headless Debian Chromium.
// Used by tests/e2e/** and tests/site/**; keep it free of test-specific logic.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { normaliseBase } from '../../src/shared/url';

export interface RunningServer {
  /** Origin plus base path, always ending in '/', e.g. http://127.0.0.1:43123/atlas/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `distDir` at `base` on 127.0.0.1 and a free port. Requests outside `base` get 404,
 * so links that forget the base path fail the way they would on a sub-path host.
 */
export async function startServer(distDir = 'dist', base = process.env.ATLAS_BASE ?? '/'): Promise<RunningServer> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No production build in ${root} (missing index.html); run the build first.`);
  }
  const basePath = normaliseBase(base);
  const serveStatic = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = (res: import('node:http').ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  };

  const server: Server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith(basePath) && `${rawUrl}/` !== basePath) return notFound(res);
    // Strip the base so sirv resolves paths relative to distDir.
    req.url = `/${rawUrl.slice(basePath.length)}`;
    serveStatic(req, res, () => notFound(res));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches the system Chromium headless; never downloads a browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
