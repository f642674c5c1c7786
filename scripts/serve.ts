/**
 * `npm run preview`: serve the production build as a static host would — the files of
 * ATLAS_OUT_DIR (or dist/) under ATLAS_BASE (or /), the 404 page for anything missing, and
 * long-lived cache headers only where file names are content-hashed.
 */
import http from 'node:http';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { normaliseBase } from '../src/shared/url';

/** Astro's `_astro/` assets and Pagefind's fragments carry a content hash in their names. */
function isHashedAsset(pathname: string): boolean {
  return pathname.includes('/_astro/') || /\/pagefind\/.+\.pf_/.test(pathname);
}

export function createStaticHandler(distDir: string, base: string): http.RequestListener {
  const prefix = normaliseBase(base);
  const notFoundPage = path.join(distDir, '404.html');
  const files = sirv(distDir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', isHashedAsset(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  const sendNotFound = (res: http.ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === prefix) {
      res.writeHead(301, { Location: prefix + url.search });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      sendNotFound(res);
      return;
    }
    // sirv sees the request as if the site lived at the root of distDir.
    req.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
    files(req, res, () => sendNotFound(res));
  };
}

export interface RunningServer {
  /** Full URL of the site's root, base included, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export function startStaticServer(distDir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server = http.createServer(createStaticHandler(distDir, base));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://${host}:${boundPort}${normaliseBase(base)}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

async function main(): Promise<void> {
  const distDir = path.resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error(`No build in ${distDir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const server = await startStaticServer(distDir, process.env.ATLAS_BASE ?? '/', port);
  console.log(`Serving ${distDir} at ${server.url}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
