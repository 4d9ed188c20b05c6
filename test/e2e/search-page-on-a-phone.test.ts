/**
 * /search/ on a phone (390 × 844): the results come before the filters, which sit behind one
 * button that says how many are ticked; a query that names a glossary term shows the term's
 * definition card above the results, with the page about the thing first; full-width queries find
 * what their ASCII spelling finds.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 390, height: 844 } });

async function open(path: string): Promise<Page> {
  const page = await site.context.newPage();
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  await page.waitForSelector('.search-results .result-link', { timeout: 15_000 });
  return page;
}
const resultPaths = (page: Page) => page.locator('.search-results .result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the search page on a phone', () => {
  it.each([
    ['/search/?q=水素&type=project', '絞り込み (1件選択中)'],
    ['/en/search/?q=hydrogen&type=project&fy=2024', 'Filters (2 ticked)'],
  ])('%s shows the first result on the first screen, with the filters closed behind "%s"', async (path, toggle) => {
    const page = await open(path);
    const summary = page.locator('.search-filter-toggle');
    expect(await summary.textContent()).toBe(toggle);
    expect(await page.locator('.search-filters').isVisible()).toBe(false);
    const first = await page.locator('.search-results .result-link').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(844);

    // The button opens the filters from the keyboard; the ticked ones are there.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.search-filters').isVisible()).toBe(true);
    expect(await page.locator('input[name="type"][value="project"]').isChecked()).toBe(true);
    await page.close();
  });

  it.each([
    ['/search/?q=部会', '/glossary/working-group/', '/working-groups/'],
    ['/search/?q=ワンストップ', '/glossary/one-stop-desk/', '/support/consultation/'],
    ['/en/search/?q=EcoNiPass', '/en/glossary/econipass/', '/en/support/co2-visualization/'],
    ['/en/search/?q=consultation', '/en/glossary/one-stop-desk/', '/en/support/consultation/'],
  ])('%s shows the definition card of %s and the page about it first', async (path, glossary, main) => {
    const page = await open(path);
    const card = page.locator('.definition-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('a').getAttribute('href')).toBe(glossary);
    expect((await card.locator('.definition-text').textContent())!.length).toBeGreaterThan(10);
    expect((await resultPaths(page))[0]).toBe(main);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows no card for a query that names no glossary term', async () => {
    const page = await open('/search/?q=水素');
    expect(await page.locator('.definition-card').isVisible()).toBe(false);
    await page.close();
  });

  it('finds with ＣＯ２ and ｴｺﾆﾊﾟｽ what CO2 and エコニパス find, keeping what was typed in the box', async () => {
    for (const [typed, plain] of [
      ['ＣＯ２', 'CO2'],
      ['ｴｺﾆﾊﾟｽ', 'エコニパス'],
    ] as const) {
      const wide = await open(`/search/?q=${encodeURIComponent(typed)}`);
      const narrow = await open(`/search/?q=${encodeURIComponent(plain)}`);
      expect(await resultPaths(wide)).toEqual(await resultPaths(narrow));
      expect(await wide.locator('#search-q').inputValue()).toBe(typed);
      await wide.close();
      await narrow.close();
    }
  });
});
