// Screenshots of key pages in both languages, for reading the site as a visitor would.
// Usage: npm run build && node scripts/screenshots.mjs [outDir] [path …]
// Serves dist/ itself on a loopback port; writes <outDir>/<lang>-<name>-<width>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';

const out = process.argv[2] ?? '/tmp/screenshots';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/projects/green-lp-gas/', '/investors/', '/members/'];
const dist = join(process.cwd(), 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let file = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of paths) {
    for (const lang of ['ja', 'en']) {
      const url = origin + (lang === 'en' ? `/en${path}` : path);
      await page.goto(url, { waitUntil: 'networkidle' });
      const name = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
      const file = join(out, `${lang}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
server.close();
