/** Page weight of each page type in Chromium, against the budgets in scripts/lib/budgets.ts. */
import { describe, expect, it } from 'vitest';
import { checkBudgets, toPageWeight, type PageWeight } from '../../scripts/lib/budgets.ts';
import { plainStarlightJs } from '../../scripts/lib/plain-starlight.ts';
import { weighInFreshContext } from '../../scripts/lib/weigh.ts';
import { dist, mapAtOnce, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 412, height: 900 } });

// One page or more of each type, in both languages.
const pages: Array<[string, PageWeight['kind']]> = [
  ['/', 'content'],
  ['/projects/green-lp-gas/', 'content'],
  ['/en/projects/', 'content'],
  ['/glossary/gx/', 'content'],
  ['/en/news/', 'content'],
  ['/search/', 'search'],
  ['/en/search/', 'search'],
  ['/en/about/', 'content'],
  // The dashboard: cards with SVG sparklines, no Chart.js.
  ['/metrics/', 'content'],
  ['/en/metrics/', 'content'],
  ['/metrics/population/', 'chart'],
  ['/en/metrics/city-government-emissions/', 'chart'],
  ['/en/investors/', 'chart'],
  ['/tools/co2/', 'calculator'],
  ['/en/tools/co2/workbook/', 'calculator'],
  ['/en/tools/subsidy-check/', 'calculator'],
  ['/tools/green-lpg/', 'calculator'],
];

describe('page weight', () => {
  it('stays within the budgets for every page type, against a plain Starlight page built in the same run', async () => {
    const page = await site.context.newPage();
    const baseline = await plainStarlightJs(page);
    // A plain Starlight page loads Starlight's own scripts (about 30 KB gzip); a broken build would not.
    expect(baseline).toBeGreaterThan(20_000);
    // Each page in a fresh context, four at once: their waits for an idle network overlap.
    const weights = await mapAtOnce(pages, 4, async ([path, kind]) => toPageWeight(await weighInFreshContext(site.browser, { origin: site.origin, root: dist, path }), kind));
    console.log(`plain Starlight: ${baseline} B of JavaScript`);
    console.table(weights.map((w) => ({ path: w.path, kind: w.kind, ...w.atLoad, jsLater: w.jsLater })));
    // The chart code really loads on chart pages (at load when a chart is in view, else on scroll),
    // and never on the dashboard.
    const dataset = weights.find((w) => w.path === '/metrics/population/')!;
    const investors = weights.find((w) => w.path === '/en/investors/')!;
    const dashboard = weights.find((w) => w.path === '/metrics/')!;
    expect(dataset.atLoad.js + dataset.jsLater).toBeGreaterThan(baseline + 40_000);
    expect(investors.jsLater).toBeGreaterThan(40_000);
    // (The dashboard does load the reliability marks' small script, about 2 KB: far below the 40 KB of chart code.)
    expect(dashboard.atLoad.js + dashboard.jsLater).toBeLessThan(baseline + 5_000);
    expect(checkBudgets(weights, baseline)).toEqual([]);
    await page.close();
  });
});
