/**
 * A static file server over a built site (loopback only), as a static host would serve it:
 * `/dir/` → `dir/index.html`, anything missing → the site's 404.html with status 404, and the
 * build's hashed assets (/_astro/) cacheable for a year, as dist/_headers asks of the host.
 * Used by the browser tests, the budget fixture and the benchmarks.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { hashedAssets } from '../../src/config/csp.ts';

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

/** The file a URL path maps to under `root`; undefined when there is none. */
export function fileIn(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/**
 * Serves `root` on a free loopback port. `extra` adds files outside it by URL path (the browser
 * tests' own scripts), served as cacheable assets too.
 */
export function serveDir(root: string, extra: Record<string, string> = {}): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = extra[path] ?? fileIn(root, path);
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] ?? 'text/html' });
      res.end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Not found');
      return;
    }
    const cache = path.startsWith(hashedAssets.path) || path in extra ? { 'cache-control': hashedAssets.cacheControl } : {};
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...cache });
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
