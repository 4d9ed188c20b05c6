import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './lib/serve.ts';
import { launchChromium } from './lib/browser.ts';

const files: Array<{ path: string; text: string }> = [];
const walk = (dir: string) => { for (const n of readdirSync(dir)) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else files.push({ path: p, text: readFileSync(p, 'utf8') }); } };
walk('content'); walk('data');
files.push({ path: '.git/HEAD', text: 'ref: refs/heads/main\n' });
const { server, origin } = await serveDir('dist');
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
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
await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
await page.waitForTimeout(3000);
await page.goto(`${origin}/admin/#/collections/news/new`);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/hdesk/new1.png' });
const inputs = await page.evaluate(() => [...document.querySelectorAll('input, textarea, [role=textbox], [role=combobox], button, [contenteditable]')].map((e) => `${e.tagName} role=${e.getAttribute('role')} label=${e.getAttribute('aria-label')} labelledby=${e.getAttribute('aria-labelledby') ? document.getElementById(e.getAttribute('aria-labelledby')!.split(' ')[0]!)?.textContent : ''} lang=${e.closest('[lang]')?.getAttribute('lang')} text=${(e.textContent ?? '').slice(0, 30)}`));
console.log(inputs.join('\n'));
await browser.close(); server.close();
