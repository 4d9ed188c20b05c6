/**
 * Say an unknown once (issues #12 and #16): a short "Not found" / 確認できず in a table cell or a fact
 * sheet is explained once on its page, in one line that says what it means and when the sources
 * were checked; nowhere does the site say "not published" where the facts only say "not found".
 */
import { describe, expect, it } from 'vitest';
import { t, type Lang } from '../../src/lib/i18n';
import { builtPages, useSiteInChromium, visitAll } from './support/site';

// Written at build time: read the pages as built, without running their scripts.
const site = useSiteInChromium({ javaScriptEnabled: false });
const checked: Record<Lang, string> = { ja: '2026年11月確認', en: 'checked November 2026' };

describe('a short "Not found" cell', () => {
  it('is explained once on its page, with the date the sources were checked, on every page that can show one', async () => {
    const problems: string[] = [];
    const pagesWithCells: string[] = [];
    // The templates that print notPublished.short: project and subsidy pages, the subsidy list, investors.
    const paths = builtPages().filter((p) => /^(\/en)?\/(projects|subsidies|investors)\//.test(p));
    await visitAll(paths, () => site.context.newPage(), async (page, path) => {
      const lang: Lang = path.startsWith('/en/') ? 'en' : 'ja';
      await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
      const short = t(lang, 'notPublished.short');
      const cells = await page.$$eval('main dd, main td', (els, s) => els.filter((el) => (el.textContent ?? '').trim().startsWith(s)).length, short);
      const legends = await page.locator('main .not-found-legend').allTextContents();
      if (cells === 0) return;
      pagesWithCells.push(path);
      if (legends.length !== 1) problems.push(`${path}: ${cells} "${short}" cell(s) and ${legends.length} legend lines`);
      else if (!legends[0]!.includes(short) || !legends[0]!.includes(checked[lang])) problems.push(`${path}: the legend "${legends[0]}" does not name "${short}" and the date checked`);
    });
    // The green LP gas project has neither a lead nor a start date; investors and the FY2025 guide have gaps too.
    expect(pagesWithCells).toEqual(expect.arrayContaining(['/projects/green-lp-gas/', '/en/projects/green-lp-gas/', '/investors/', '/en/investors/', '/subsidies/gx-promotion-2025/', '/en/subsidies/gx-promotion-2025/']));
    expect(problems).toEqual([]);
  }, 240_000);

  it('reads 確認できず in Japanese and "Not found" in English, never "not published"', async () => {
    for (const [path, short] of [['/projects/green-lp-gas/', '確認できず'], ['/en/projects/green-lp-gas/', 'Not found']] as const) {
      const page = await site.context.newPage();
      await page.goto(site.origin + path);
      const facts = (await page.locator('main dl.facts').first().textContent()) ?? '';
      expect(facts).toContain(short);
      expect(facts).not.toMatch(/非公表|not published/i);
      await page.close();
    }
  });
});
