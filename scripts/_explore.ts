import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './lib/serve.ts';
import { launchChromium } from './lib/browser.ts';

const files: Array<{ path: string; text: string }> = [];
const walk = (dir: string) => { for (const n of readdirSync(dir)) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else files.push({ path: p, text: readFileSync(p, 'utf8') }); } };
walk('content'); walk('data');
files.push({ path: '.git/HEAD', text: 'ref: refs/heads/main\n' }, { path: '.git/config', text: '[core]\n' });
const { server, origin } = await serveDir('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
page.on('request', (r) => { if (!r.url().startsWith(origin)) console.log('EXTERNAL', r.url()); });
await page.goto(`${origin}/admin/desk/`);
await page.goto(`${origin}/admin/`);
await page.evaluate(async (files) => {
  const root = await navigator.storage.getDirectory();
  for (const f of files) {
    const parts = f.path.split('/');
    let dir = root;
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
    const h = await dir.getFileHandle(parts.at(-1)!, { create: true });
    const w = await h.createWritable(); await w.write(f.text); await w.close();
  }
  (window as any).showDirectoryPicker = async () => root;
}, files);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/hdesk/admin1.png' });
console.log(await page.locator('body').innerText());
const btn = page.getByRole('button', { name: /ローカル/ });
console.log('buttons', await page.getByRole('button').allInnerTexts());
if (await btn.count()) { await btn.first().click(); await page.waitForTimeout(5000); }
await page.screenshot({ path: '/tmp/hdesk/admin2.png' });
console.log((await page.locator('body').innerText()).slice(0, 1500));
await browser.close(); server.close();
