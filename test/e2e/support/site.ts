/**
 * Test support for the built site: a static file server over dist/ (loopback only), the list of
 * built pages, and a Chromium launcher for playwright-core using the system browser.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../../scripts/chromium.mjs';

export const dist = resolve(import.meta.dirname, '../../../dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The file a URL path maps to in dist/, as a static host would serve it; undefined when none. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidate = join(dist, clean);
  if (!candidate.startsWith(dist)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** Serves dist/ on a free loopback port, with dist/404.html for anything missing. */
export function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html']! });
      res.end(existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : 'Not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return fail(new Error('no port'));
      done({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

/** Every built HTML page as a URL path ("/", "/en/projects/green-lp-gas/", "/404.html"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The system Chromium, headless, with no background traffic to Google's hosts. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run npm test, which installs it, or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The usual setup of a browser test file: dist/ served on loopback, one Chromium and one context,
 * closed after the file. Read the fields inside tests (they are set in beforeAll).
 */
export function useSiteInChromium(contextOptions: Parameters<Browser['newContext']>[0] = {}) {
  const site = {} as { origin: string; browser: Browser; context: BrowserContext; server: Server };
  beforeAll(async () => {
    ({ server: site.server, origin: site.origin } = await startServer());
    site.browser = await launchChromium();
    site.context = await site.browser.newContext(contextOptions);
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
