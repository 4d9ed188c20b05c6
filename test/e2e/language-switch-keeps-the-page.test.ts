/** The language switcher takes the reader to the same page in the other language, by keyboard too. */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium();

describe('the language switcher', () => {
  it.each([
    ['/projects/green-lp-gas/', 'en', '/en/projects/green-lp-gas/'],
    ['/en/investors/', 'ja', '/investors/'],
    ['/subsidies/gx-promotion-2025/', 'en', '/en/subsidies/gx-promotion-2025/'],
    ['/en/', 'ja', '/'],
  ])('on %s switches to %s and keeps the page', async (from, lang, to) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.origin + from);
    const select = page.locator('starlight-lang-select select').first();
    const value = await select.evaluate(
      (el: HTMLSelectElement, wanted) => [...el.options].find((o) => o.lang === wanted || o.textContent?.includes(wanted === 'en' ? 'English' : '日本語'))!.value,
      lang,
    );
    await Promise.all([page.waitForURL((url) => url.pathname === to), select.selectOption(value)]);
    expect(new URL(page.url()).pathname).toBe(to);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await page.close();
  });

  it('can be reached and used with the keyboard alone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.origin}/members/`);
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'SELECT'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('starlight-lang-select') ? document.activeElement.tagName : ''));
    }
    expect(focused).toBe('SELECT');
    await Promise.all([page.waitForURL((url) => url.pathname === '/en/members/'), page.keyboard.press('ArrowDown')]);
    expect(new URL(page.url()).pathname).toBe('/en/members/');
    await page.close();
  });
});

describe.each([
  { width: 320, height: 720 },
  { width: 390, height: 844 },
])('on a phone $width px wide', (viewport) => {
  it.each([
    ['/', '/en/'],
    ['/en/', '/'],
    ['/projects/green-lp-gas/', '/en/projects/green-lp-gas/'],
    ['/en/tools/co2/', '/tools/co2/'],
  ])('%s shows a link to the other language on the first screen, and it keeps the page', async (from, to) => {
    const page = await site.browser.newPage({ viewport, isMobile: true, hasTouch: true });
    await page.goto(site.origin + from);
    const link = page.locator(`header a[hreflang]`);
    expect(await link.count()).toBe(1);
    expect(await link.isVisible()).toBe(true);
    const box = (await link.boundingBox())!;
    // Inside the first screen, and big enough to tap (at least 44 px tall).
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await Promise.all([page.waitForURL((url) => url.pathname === to), link.tap()]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(to.startsWith('/en/') ? 'en' : 'ja');
    await page.close();
  });
});
