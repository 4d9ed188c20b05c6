// Screenshots of pages in both languages at desktop and phone width, for reading the site as a
// visitor would. Usage: npm run build && npm run screenshots -- [outDir] [path …]
// Writes <outDir>/<lang>-<name>-<width>.png (full page). Paths may carry a query (/tools/co2/?lpg=100).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './lib/serve.ts';
import { launchChromium } from './lib/browser.ts';

const out = process.argv[2] ?? '/tmp/screenshots';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/projects/green-lp-gas/', '/investors/', '/members/'];
const { server, origin } = await serveDir(join(process.cwd(), 'dist'));
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of paths) {
    for (const lang of ['ja', 'en']) {
      await page.goto(origin + (lang === 'en' ? `/en${path}` : path), { waitUntil: 'networkidle' });
      const name = path.replace(/[^a-z0-9-]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      const file = join(out, `${lang}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await page.close();
}
await browser.close();
server.close();
