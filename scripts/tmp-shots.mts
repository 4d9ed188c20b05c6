import { chromium } from 'playwright-core';
import { serveDir } from './lib/serve.ts';
const { server, origin } = await serveDir('/work/wt15/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const rows = ['month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a'];
for (let i = 0; i < 20; i++) { const y = 2024 + Math.floor((i + 3) / 12); const m = ((i + 3) % 12) + 1; rows.push(`${y}-${String(m).padStart(2,'0')},${12000 + 1000*Math.round(Math.sin(i)*3)},${300+i*10},${i>=12?50:''},${i%12<3||i%12>7?400:0},120,80,`); }
const only = process.argv[2];
for (const width of [390, 1280]) for (const lang of ['ja','en']) {
  if (only && only !== `${lang}-${width}`) continue;
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${origin}${lang==='en'?'/en':''}/tools/co2/workbook/`);
  await page.setInputFiles('#workbook-import', { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.fill('#wb-organization', lang==='en'?'Example Works Ltd.':'株式会社サンプル製作所');
  await page.fill('#wb-2025-12-diesel', '12x');
  await page.waitForTimeout(300);
  await page.click('#wb-chart-toggle');
  await page.waitForTimeout(800);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = width === 390 ? 1300 : 1100;
  for (let y = 0, i = 0; y < Math.min(h, 9000); y += step, i++)
    await page.screenshot({ path: `/tmp/shots-wt15/${lang}-${width}-p${i}.png`, clip: { x: 0, y, width, height: Math.min(step, h - y) }, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `/tmp/shots-wt15/${lang}-${width}-report.pdf` });
  await page.screenshot({ path: `/tmp/shots-wt15/${lang}-${width}-print.png`, fullPage: true });
  await ctx.close();
}
await browser.close(); server.close();
