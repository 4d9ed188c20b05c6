/** The subsidy checker in Chromium: keyboard only, a shared URL, an ineligible answer with its reason, axe. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 } });

const verdict = (page: Page) => page.locator('#subsidy-verdict').getAttribute('data-verdict');
const allYes = 'office_in_city=yes&member=yes&ghg_started=yes&no_tax_arrears=yes&no_antisocial_ties=yes';

describe('the subsidy checker', () => {
  it('reloads a shared result: eligible in FY2024, with min(cost × 1/2, cap)', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/subsidy-check/?${allYes}&project_type=gx_field_entry&cost=4,000,000&fiscal_year=2024`);
    await expect.poll(() => verdict(page)).toBe('eligible');
    // 4,000,000 × 1/2 = 2,000,000 (below the 5,000,000 cap)
    expect(await page.locator('#subsidy-amount').getAttribute('data-yen')).toBe('2000000');
    expect(await page.locator('.amount-note').textContent()).toContain('二次情報');
    await page.goto(`${site.origin}/tools/subsidy-check/?${allYes}&project_type=gx_field_entry&cost=30000000&fiscal_year=2024`);
    // 30,000,000 × 1/2 = 15,000,000 → the 5,000,000 cap
    await expect.poll(() => page.locator('#subsidy-amount').getAttribute('data-yen')).toBe('5000000');
    await page.close();
  });

  it('gives the reason for an ineligible answer, in English too', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/en/tools/subsidy-check/?office_in_city=yes&member=no&ghg_started=yes&no_tax_arrears=no&no_antisocial_ties=yes&project_type=product_carbon_neutral`);
    await expect.poll(() => verdict(page)).toBe('ineligible');
    const reasons = await page.locator('[data-reasons] li').allTextContents();
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toContain('Only consortium members can apply');
    expect(reasons[1]).toContain('unpaid city taxes');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('works by keyboard alone and keeps the answers in the URL', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/subsidy-check/`);
    expect(await verdict(page)).toBe('incomplete');
    // Each yes/no group: Tab into it (the first radio, "yes"), Space to choose it.
    for (const name of ['office_in_city', 'member', 'ghg_started', 'no_tax_arrears', 'no_antisocial_ties']) {
      for (let i = 0; i < 80 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) !== name; i++) {
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(name);
      await page.keyboard.press('Space');
    }
    // Project type: Tab into the group and choose the first option; in the FY2025 round (whose list
    // of project types is only partly published) that type cannot be confirmed.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('project_type');
    await page.keyboard.press('Space');
    await expect.poll(() => verdict(page)).toBe('incomplete');
    expect(await page.locator('.project-type-note').isVisible()).toBe(true);
    // Arrow keys move within the group: the third option is the published one.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('product_carbon_neutral');
    await expect.poll(() => verdict(page)).toBe('eligible');
    const url = new URL(page.url());
    expect(url.searchParams.get('member')).toBe('yes');
    expect(url.searchParams.get('project_type')).not.toBeNull();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('says the latest round closed, with its date, when none is open', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/subsidy-check/?${allYes}&project_type=product_carbon_neutral`);
    // Built and tested after 2025-06-06: the FY2025 round has closed.
    await expect.poll(() => page.locator('.round-status').textContent()).toContain('2025年6月6日');
    expect(await page.locator('#check-fiscal_year').inputValue()).toBe('2025');
    await page.close();
  });
});
