// Shared harness for browser tests against a production build: the preview server (a plain
// static host, optionally under a sub-path) and a headless Debian Chromium.
// Used by tests/e2e/** and tests/site/**; keep it free of test-specific logic.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/serve';

export interface RunningServer {
  /** Origin plus base path, always ending in '/', e.g. http://127.0.0.1:43123/atlas/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `distDir` at `base` on 127.0.0.1 and a free port through scripts/serve.ts, the preview
 * server whose cache and security headers the README documents, so the tests see those headers.
 * Requests outside `base` get 404, so links that forget the base path fail the way they would on
 * a sub-path host.
 */
export async function startServer(
  distDir = 'dist',
  base = process.env.ATLAS_BASE ?? '/',
): Promise<RunningServer> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No production build in ${root} (missing index.html); run the build first.`);
  }
  const server = await startStaticServer(root, base);
  return { url: server.url, origin: new URL(server.url).origin, close: server.close };
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

export interface ServedSite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * For a test file: the build under test served by the preview server and a Chromium, started
 * before its tests and stopped after them. Read `server` and `browser` inside tests and hooks.
 */
export function servedSite(distDir: string, base: string): ServedSite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(distDir, base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is not started: use it inside a test or hook`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the preview server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}

/** Opens `path` of the served site in a fresh context at `viewport`, runs `run`, closes it. */
export async function openPage(
  site: ServedSite,
  path: string,
  viewport: { width: number; height: number },
  run: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await site.browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    await run(page);
  } finally {
    await context.close();
  }
}

/** The text of everything inside `main` that ends within the first `height` pixels, as a reader sees it. */
export const firstScreenText = (page: Page, height: number): Promise<string> =>
  page.evaluate((height) => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.height > 0 && box.bottom <= height) parts.push(node.textContent ?? '');
    }
    return parts.join('').replace(/\s+/g, ' ');
  }, height);
