/**
 * Each tool's form (CO2 calculator, green LP gas estimator, subsidy checker) has a submit button that
 * reaches the result without the live update: the fields are filled without firing any input or
 * change event (as a screen reader's forms mode or a browser without those events would leave them),
 * the button is pressed, and the result, the URL state and the focus are the same as when typing
 * updates the page live (HTML_CodeSniffer H32.2: a form needs a submit button). Both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 390, height: 844 } });

/** Sets each field's value (or checks it) without any event: the live update never hears of it. */
async function fillSilently(page: Page, values: Record<string, string>) {
  await page.evaluate((entries) => {
    for (const [selector, value] of entries) {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      if (!el) throw new Error(`no ${selector}`);
      if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = true;
      else el.value = value;
    }
  }, Object.entries(values));
}

interface Tool {
  name: string;
  path: string;
  /** Selector → value (a radio is checked). */
  fields: Record<string, string>;
  live: (page: Page) => Promise<unknown>;
  result: (page: Page) => Promise<string | null>;
  heading: string;
  query: RegExp;
}

const tools: Tool[] = [
  {
    name: 'the CO2 calculator',
    path: '/tools/co2/',
    fields: { '#co2-electricity': '12000', '#co2-lpg': '300' },
    live: async (page: Page) => {
      await page.fill('#co2-electricity', '12000');
      await page.fill('#co2-lpg', '300');
    },
    result: (page: Page) => page.locator('#co2-total').getAttribute('data-value'),
    heading: 'co2-result-heading',
    query: /electricity=12000.*lpg=300|lpg=300.*electricity=12000/,
  },
  {
    name: 'the green LP gas estimator',
    path: '/tools/green-lpg/',
    fields: { '#lpg-propane': '1000' },
    live: (page: Page) => page.fill('#lpg-propane', '1000'),
    result: (page: Page) => page.locator('#lpg-co2-feedstock').getAttribute('data-value'),
    heading: 'lpg-result-heading',
    query: /propane=1000/,
  },
  {
    name: 'the subsidy checker',
    path: '/tools/subsidy-check/',
    fields: {
      '#check-fiscal_year': '2024',
      'input[name="office_in_city"][value="yes"]': '',
      'input[name="member"][value="yes"]': '',
      'input[name="ghg_started"][value="yes"]': '',
      'input[name="no_tax_arrears"][value="no"]': '',
      'input[name="no_antisocial_ties"][value="no"]': '',
      'input[name="project_type"][value="gx_field_entry"]': '',
      '#check-cost': '4000000',
    },
    live: async (page: Page) => {
      await page.selectOption('#check-fiscal_year', '2024');
      for (const [name, value] of [['office_in_city', 'yes'], ['member', 'yes'], ['ghg_started', 'yes'], ['no_tax_arrears', 'no'], ['no_antisocial_ties', 'no'], ['project_type', 'gx_field_entry']]) {
        await page.check(`input[name="${name}"][value="${value}"]`);
      }
      await page.fill('#check-cost', '4000000');
    },
    // The verdict and the amount: 4,000,000 × 1/2 = 2,000,000 under the FY2024 rules.
    result: async (page: Page) => `${await page.locator('#subsidy-verdict').getAttribute('data-verdict')} ${await page.locator('#subsidy-amount').getAttribute('data-yen')}`,
    heading: 'check-result-heading',
    query: /fiscal_year=2024/,
  },
];

describe.each(['ja', 'en'])('tool forms (%s)', (lang) => {
  it.each(tools)('$name submits without the live update and reaches the same result', async (tool) => {
    const url = `${site.origin}${lang === 'en' ? '/en' : ''}${tool.path}`;
    const live = await site.context.newPage();
    await live.goto(url);
    await tool.live(live);
    const expected = await tool.result(live);
    expect(expected).toBeTruthy();
    expect(expected).not.toMatch(/^0(\.0+)?$|null/);
    await live.close();

    const page = await site.context.newPage();
    await page.goto(url);
    const before = await tool.result(page);
    await fillSilently(page, tool.fields);
    // Nothing changed yet: no event reached the live update.
    expect(await tool.result(page)).toBe(before);
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => tool.result(page)).toBe(expected);
    expect(new URL(page.url()).search).toMatch(tool.query);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(tool.heading);
    await page.close();
  });
});
