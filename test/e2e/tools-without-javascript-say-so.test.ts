/**
 * Without JavaScript, each tool says that it needs JavaScript and shows no result: never a made-up
 * 0.000 or a verdict that answers nothing. And with JavaScript, the notice is gone.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ javaScriptEnabled: false });
/**
 * Where each tool shows its result. The calculators and the checker have a `.result` section; the
 * workbook has its totals region (per fiscal year) and its report, which the script fills.
 */
const results: Record<string, string> = {
  '/tools/co2/': '.result',
  '/tools/co2/workbook/': '#workbook-totals, section[aria-labelledby="wb-totals-heading"], .wb-report-meta, .wb-report-body',
  '/tools/green-lpg/': '.result',
  '/tools/subsidy-check/': '.result',
};
const tools = Object.keys(results);

describe('tools without JavaScript', () => {
  it.each(tools.flatMap((p) => [p, `/en${p}`]))('%s says it needs JavaScript and shows no result', async (path) => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${path}?electricity=1000&propane=100`);
    const notice = page.locator('[data-needs-script]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(path.startsWith('/en') ? /needs JavaScript/ : /JavaScript/);
    // The result region exists (so this check cannot pass on a page without one) and shows no
    // number: hidden, or visible with words only (the workbook's "enter amounts to see the totals").
    const regions = page.locator(results[path.replace(/^\/en/, '')]!);
    expect(await regions.count()).toBeGreaterThan(0);
    for (const region of await regions.all()) {
      if (await region.isVisible()) expect(await region.innerText()).not.toMatch(/\d/);
    }
    const visible = await page.locator('main').innerText();
    // A made-up result (0.000 t-CO2); factors such as 0.000416 are real and may show.
    expect(visible).not.toMatch(/(^|[^\d.])0\.000(?!\d)/m);
    await page.close();
  });

  it('hides the notice when JavaScript runs', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/tools/green-lpg/`);
    expect(await page.locator('[data-needs-script]').count()).toBe(0);
    await expect.poll(() => page.locator('.result').first().isVisible()).toBe(true);
    await context.close();
  });
});
