/**
 * `npm run preview`: serve the production build as a static host would — the files of
 * ATLAS_OUT_DIR (or dist/) under ATLAS_BASE (or /), the 404 page for anything missing,
 * long-lived cache headers only where file names are content-hashed, and the security headers
 * the README lists for static hosts.
 */
import http from 'node:http';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { joinUrl, LOCAL_PREVIEW_SITE, normaliseBase } from '../src/shared/url';
import { addSources, pagePolicy } from '../src/shared/csp';

/** Astro's `_astro/` assets and Pagefind's fragments carry a content hash in their names. */
function isHashedAsset(pathname: string): boolean {
  return pathname.includes('/_astro/') || /\/pagefind\/.+\.pf_/.test(pathname);
}

/** Headers every response gets, whatever the file. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * A page's Content-Security-Policy header: the policy the build wrote into its `<meta>` (with the
 * hashes of that page's inline scripts and styles), plus `frame-ancestors`, which a `<meta>`
 * cannot carry. Undefined for a page without a policy.
 */
export function pageCspHeader(html: string): string | undefined {
  const policy = pagePolicy(html);
  return policy === undefined ? undefined : addSources(policy, 'frame-ancestors', ["'none'"]);
}

/**
 * Content types a static host's table may lack or get wrong for the Atlas's own files: citations
 * (`.bib` had none, so browsers guessed), CSL-JSON and exports, feeds and their XSL stylesheet
 * (served as XML so a browser applies the stylesheet instead of offering a download).
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.bib': 'text/x-bibtex; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
};

export function createStaticHandler(distDir: string, base: string): http.RequestListener {
  const prefix = normaliseBase(base);
  const notFoundPage = path.join(distDir, '404.html');
  // Only HTML gets a policy: a worker script's own response would otherwise impose it on the
  // worker (Pagefind's worker fetches the index and compiles WebAssembly).
  const policies = new Map<string, string | undefined>();
  const cspOf = (file: string): string | undefined => {
    if (!policies.has(file))
      policies.set(file, existsSync(file) ? pageCspHeader(readFileSync(file, 'utf8')) : undefined);
    return policies.get(file);
  };
  const setSecurityHeaders = (res: http.ServerResponse, file: string): void => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
    const csp = file.endsWith('.html') ? cspOf(file) : undefined;
    if (csp !== undefined) res.setHeader('Content-Security-Policy', csp);
  };
  const files = sirv(distDir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        isHashedAsset(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      const type = CONTENT_TYPES[path.extname(pathname).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
      // A page is requested as its folder (`/states/x/`); sirv answers with its index.html.
      const file = /\.[a-z0-9]+$/i.test(pathname) ? pathname : joinUrl(pathname, 'index.html');
      setSecurityHeaders(res, path.join(distDir, file));
    },
  });

  const sendNotFound = (res: http.ServerResponse): void => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(notFoundPage)) {
      for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
      res.end('Not found');
      return;
    }
    setSecurityHeaders(res, notFoundPage);
    res.end(readFileSync(notFoundPage));
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

export function startStaticServer(
  distDir: string,
  base = '/',
  port = 0,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const server = http.createServer(createStaticHandler(distDir, base));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const boundPort = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://${host}:${boundPort}${normaliseBase(base)}`,
        close: () =>
          new Promise<void>((done, fail) => {
            // A browser keeps connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
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
  const port = Number(process.env.PORT ?? new URL(LOCAL_PREVIEW_SITE).port);
  const server = await startStaticServer(distDir, process.env.ATLAS_BASE ?? '/', port);
  console.log(`Serving ${distDir} at ${server.url}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
