/** Site search (Pagefind through Starlight) finds pages in Japanese and English, under the CSP. */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium();

describe('search', () => {
  it.each([
    ['/', '水素', '/projects/hydrogen-hub/'],
    ['/', 'グリーンLPガス', '/projects/green-lp-gas/'],
    ['/en/', 'offshore wind', '/en/projects/hibiki-offshore-wind/'],
    // across languages, through the bilingual keywords of src/lib/search/keywords.ts
    ['/en/', '水素', '/en/projects/hydrogen-hub/'],
    ['/', 'offshore wind', '/projects/hibiki-offshore-wind/'],
    // a compound that Intl.Segmenter keeps whole and the index splits (Pagefind issue #1237)
    ['/', '省エネ', '/case-studies/denso-kyushu/'],
    // typed full-width or in half-width katakana: normalised by the dialog's processTerm (src/config/pagefind-ui.ts)
    ['/', 'ＣＯ２', '/tools/co2/'],
    ['/', 'ｴｺﾆﾊﾟｽ', '/support/co2-visualization/'],
    ['/en/', 'ＤＥＮＳＯ', '/en/case-studies/denso-kyushu/'],
  ])('on %s finds "%s" with %s among the first results', async (start, query, expected) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.origin + start, { waitUntil: 'networkidle' });
    await page.click('button[data-open-modal]');
    await page.locator('#starlight__search input').fill(query);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/', '水素', 412],
    ['/en/', 'hydrogen', 1280],
  ])('on %s the dialog shows results only, without raw filter names or the hidden keywords (%s, %ipx wide)', async (start, query, width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.origin + start, { waitUntil: 'networkidle' });
    await page.click('button[data-open-modal]');
    await page.locator('#starlight__search .pagefind-ui__search-input').fill(query);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const dialog = page.locator('dialog[open]');
    // Pagefind renders the panel and the tags; they must not be shown.
    expect(await dialog.locator('.pagefind-ui__filter-panel').count()).toBeGreaterThan(0);
    await expect.poll(() => dialog.locator('.pagefind-ui__filter-panel').isVisible()).toBe(false);
    expect(await dialog.locator('.pagefind-ui__result-tags:visible').count()).toBe(0);
    await expect.poll(() => dialog.innerText()).not.toMatch(/FiscalYear|WorkingGroup|Keywords:/);
    await page.close();
  });
});
