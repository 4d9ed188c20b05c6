/**
 * Without JavaScript, each tool says that it needs JavaScript and shows no result: never a made-up
 * 0.000 or a verdict that answers nothing. And with JavaScript, the notice is gone.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ javaScriptEnabled: false });
const tools = ['/tools/co2/', '/tools/green-lpg/', '/tools/subsidy-check/'];

describe('tools without JavaScript', () => {
  it.each(tools.flatMap((p) => [p, `/en${p}`]))('%s says it needs JavaScript and shows no result', async (path) => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${path}?electricity=1000&propane=100`);
    const notice = page.locator('[data-needs-script]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(path.startsWith('/en') ? /needs JavaScript/ : /JavaScript/);
    expect(await page.locator('.result').first().isVisible()).toBe(false);
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
