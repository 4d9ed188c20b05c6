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
});
