/** Page weight of each page type in Chromium, against the budgets in support/budgets.ts. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkBudgets, type PageWeight } from './support/budgets';
import { fileFor, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 412, height: 900 } });

const pages: Array<[string, PageWeight['kind']]> = [
  ['/', 'content'],
  ['/projects/green-lp-gas/', 'content'],
  ['/en/projects/', 'content'],
  ['/glossary/gx/', 'content'],
  ['/en/about/', 'chart'],
  ['/metrics/', 'chart'],
  ['/tools/co2/', 'calculator'],
  ['/en/tools/subsidy-check/', 'calculator'],
  ['/tools/green-lpg/', 'calculator'],
];

const gz = (path: string) => {
  const file = fileFor(path);
  return file ? gzipSync(readFileSync(file)).length : 0;
};
const kindOf = (url: string) => (/\.html?$|\/$/.test(url) ? 'html' : /\.css$/.test(url) ? 'css' : /\.m?js$/.test(url) ? 'js' : /\.(woff2?|ttf|otf)$/.test(url) ? 'font' : 'other');

async function weigh(page: Page, path: string, kind: PageWeight['kind']): Promise<PageWeight> {
  const urls: string[] = [];
  const listener = (r: { url(): string }) => urls.push(new URL(r.url()).pathname);
  page.on('requestfinished', listener);
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  const atLoad = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  for (const u of new Set(urls)) atLoad[kindOf(u)] += gz(u);
  const before = new Set(urls);
  for (const chart of await page.locator('metric-chart').all()) await chart.scrollIntoViewIfNeeded();
  // The observer fires after the scroll; give the import a moment to start, then let it finish.
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  const jsLater = [...new Set(urls)].filter((u) => !before.has(u) && kindOf(u) === 'js').reduce((s, u) => s + gz(u), 0);
  page.off('requestfinished', listener);
  return { path, kind, atLoad, jsLater };
}

describe('page weight', () => {
  it('stays within the budgets for every page type', async () => {
    const page = await site.context.newPage();
    const baseline = (await weigh(page, '/404.html', 'content')).atLoad.js;
    const weights: PageWeight[] = [];
    for (const [path, kind] of pages) weights.push(await weigh(page, path, kind));
    console.table(weights.map((w) => ({ path: w.path, kind: w.kind, ...w.atLoad, jsLater: w.jsLater })));
    // The chart code really loads on chart pages (at load when a chart is in view, else on scroll).
    const metrics = weights.find((w) => w.path === '/metrics/')!;
    const about = weights.find((w) => w.path === '/en/about/')!;
    expect(metrics.atLoad.js + metrics.jsLater).toBeGreaterThan(baseline + 40_000);
    expect(about.jsLater).toBeGreaterThan(40_000);
    expect(checkBudgets(weights, baseline)).toEqual([]);
    await page.close();
  });
});
