/**
 * The subsidy checker in Chromium, in both languages: a shared URL reproduces the verdict and the
 * round's status, a closed round's estimate is labelled for reference, the public rules that cannot
 * settle a case give "undetermined", keyboard only, axe clean. Built and tested after 2025-06-06, so
 * both GX rounds are closed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 } });

const verdict = (page: Page) => page.locator('#subsidy-verdict').getAttribute('data-verdict');
const roundStatus = (page: Page) => page.locator('#subsidy-round-status').getAttribute('data-status');
// In the URL a condition id holds yes when the condition is met: no_tax_arrears=yes means no arrears.
const allMet = 'office_in_city=yes&member=yes&ghg_started=yes&no_tax_arrears=yes&no_antisocial_ties=yes';
describe.each([
  { lang: 'ja', prefix: '', underRules: '2024年度の条件では', reference: '参考', closed: '2025年3月31日までに終了', undetermined: '公開されている情報では判断できません' },
  { lang: 'en', prefix: '/en', underRules: 'Under the FY2024 rules', reference: 'For reference', closed: 'ended by 31 March 2025', undetermined: 'We cannot tell from the published information' },
])('the subsidy checker ($lang)', ({ lang, prefix, underRules, reference, closed, undetermined }) => {
  it('reloads a shared result: the round status first, the verdict under the FY2024 rules, the estimate for reference', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/?${allMet}&project_type=gx_field_entry&cost=4,000,000&fiscal_year=2024`);
    await expect.poll(() => verdict(page)).toBe('eligible');
    expect(await roundStatus(page)).toBe('closed');
    expect(await page.locator('#subsidy-round-status').textContent()).toContain(closed);
    expect(await page.locator('#subsidy-verdict').textContent()).toContain(underRules);
    // 4,000,000 × 1/2 = 2,000,000 (below the 5,000,000 cap)
    const amount = page.locator('#subsidy-amount');
    expect(await amount.getAttribute('data-yen')).toBe('2000000');
    expect(await amount.getAttribute('data-reference')).toBe('true');
    expect(await amount.textContent()).toContain(reference);
    // The status comes before the verdict in the result.
    const order = await page.evaluate(() => {
      const s = document.querySelector('#subsidy-round-status')!;
      return Boolean(s.compareDocumentPosition(document.querySelector('#subsidy-verdict')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    // The answers shown are the questions as asked: 「市税の滞納はありますか？」 → いいえ.
    expect(await page.locator('input[name="no_tax_arrears"][value="no"]').isChecked()).toBe(true);
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/?${allMet}&project_type=gx_field_entry&cost=30000000&fiscal_year=2024`);
    // 30,000,000 × 1/2 = 15,000,000 → the 5,000,000 cap
    await expect.poll(() => page.locator('#subsidy-amount').getAttribute('data-yen')).toBe('5000000');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('says it cannot tell when the project type is not on a partly read list, names what is unknown, and offers related programmes', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/?${allMet}&project_type=gx_field_entry&fiscal_year=2025`);
    await expect.poll(() => verdict(page)).toBe('undetermined');
    expect(await page.locator('#subsidy-verdict').textContent()).toContain(undetermined);
    // The verdict is set large: in Japanese it breaks only between phrases, as headings do.
    expect((await page.locator('#subsidy-verdict wbr').count()) > 0).toBe(lang === 'ja');
    expect(await page.locator('#subsidy-verdict').textContent()).not.toContain('\u200b');
    expect(await roundStatus(page)).toBe('closed');
    // FY2025 lists only one type: the shared type is shown as "none of the above".
    expect(await page.locator('input[name="project_type"][value="other"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="project_type"][value="gx_field_entry"]').isVisible()).toBe(false);
    expect(await page.locator('[data-unknowns] li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.unknown))).toEqual(['project_type', 'rate']);
    expect(await page.locator('.unknowns').isVisible()).toBe(true);
    // "other" fits all three related programmes, each listed once with its status.
    expect(await page.locator('[data-related-list] li').count()).toBe(3);
    expect(await page.locator('[data-related-list] a').first().getAttribute('href')).toMatch(/\/subsidies\/#round-/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('gives the reason for an ineligible answer, reading old links the old way', async () => {
    const page = await site.context.newPage();
    // no_tax_arrears=no: the applicant has arrears.
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/?office_in_city=yes&member=no&ghg_started=yes&no_tax_arrears=no&no_antisocial_ties=yes&project_type=product_carbon_neutral`);
    await expect.poll(() => verdict(page)).toBe('ineligible');
    expect(await page.locator('[data-reasons] li').count()).toBe(2);
    expect(await page.locator('input[name="no_tax_arrears"][value="yes"]').isChecked()).toBe(true);
    await page.close();
  });
});

describe.each([{ lang: 'ja', prefix: '' }, { lang: 'en', prefix: '/en' }])('the subsidy checker by keyboard alone ($lang)', ({ prefix }) => {
  it('answers every question, keeps the URL meanings, and shows the round status', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/`);
    expect(await verdict(page)).toBe('incomplete');
    expect(await roundStatus(page)).toBe('closed');
    const focused = () => page.evaluate(() => ({ name: (document.activeElement as HTMLInputElement | null)?.name, value: (document.activeElement as HTMLInputElement | null)?.value }));
    // Each yes/no group: Tab into it (its first radio, はい / "Yes"). "Yes" meets the first three; for
    // 「市税の滞納はありますか？」 / "Do you have any unpaid city taxes?" and the question on ties to
    // organized crime, ArrowDown chooses いいえ / "No".
    for (const [name, key] of [['office_in_city', 'Space'], ['member', 'Space'], ['ghg_started', 'Space'], ['no_tax_arrears', 'ArrowDown'], ['no_antisocial_ties', 'ArrowDown']] as const) {
      for (let i = 0; i < 80 && (await focused()).name !== name; i++) await page.keyboard.press('Tab');
      expect((await focused()).name).toBe(name);
      await page.keyboard.press(key);
    }
    // The FY2025 round lists one project type, shown first; Space chooses it.
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ name: 'project_type', value: 'product_carbon_neutral' });
    await page.keyboard.press('Space');
    await expect.poll(() => verdict(page)).toBe('eligible');
    // ArrowDown: "none of the above", which the partly read list cannot settle.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => verdict(page)).toBe('undetermined');
    const url = new URL(page.url());
    expect(url.searchParams.get('no_tax_arrears')).toBe('yes');
    expect(url.searchParams.get('no_antisocial_ties')).toBe('yes');
    expect(url.searchParams.get('project_type')).toBe('other');
    // The shared URL reproduces the verdict and the status.
    const again = await site.context.newPage();
    await again.goto(page.url());
    await expect.poll(() => verdict(again)).toBe('undetermined');
    expect(await roundStatus(again)).toBe('closed');
    expect(await axeViolations(page)).toEqual([]);
    await again.close();
    await page.close();
  });
});
