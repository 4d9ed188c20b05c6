/** The CO2 calculator in Chromium: keyboard only, shared URLs, full-width input, errors, language switch, axe. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 } });

const total = (page: Page) => page.locator('#co2-total');
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 120; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}

describe('the CO2 calculator', () => {
  it('writes a total of a thousand tonnes or more with its thousands grouped, in both languages', async () => {
    const page = await site.context.newPage();
    // 3,000,000 kWh × 0.000416 t-CO2/kWh = 1,248 t
    for (const prefix of ['', '/en']) {
      await page.goto(`${site.origin}${prefix}/tools/co2/?electricity=3000000`);
      await expect.poll(() => total(page).textContent()).toBe('1,248.000');
    }
    await page.close();
  });

  it('works by keyboard alone, with full-width digits, and keeps the URL in step', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/co2/`);
    await tabTo(page, 'co2-electricity');
    await page.keyboard.type('１００，０００');
    await tabTo(page, 'co2-kerosene');
    await page.keyboard.type('2,000');
    // 100,000 kWh × 0.000416 = 41.6 t ; 2,000 L = 2 kL × 2.50 = 5.0 t ; total 46.6 t
    await expect.poll(() => total(page).textContent()).toBe('46.600');
    expect(Number(await total(page).getAttribute('data-value'))).toBeCloseTo(46.6, 9);
    expect(Number(await page.locator('output[data-line="kerosene"]').getAttribute('data-value'))).toBeCloseTo(5, 9);
    const url = new URL(page.url());
    // The shared link carries plain digits, whatever was typed.
    expect(url.searchParams.get('electricity')).toBe('100000');
    expect(url.searchParams.get('kerosene')).toBe('2000');

    await tabTo(page, 'co2-electricity_factor');
    await page.keyboard.press('ArrowDown');
    // The next option is Kyushu Electric menu A (0 t-CO2/kWh): only kerosene remains.
    await expect.poll(() => total(page).textContent()).toBe('5.000');
    expect(new URL(page.url()).searchParams.get('electricity_factor')).toBe('kyushu-electric-menu-a');
    await page.close();
  });

  it('shows a shared result on load, with every line and its formula', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/co2/?electricity=100000&electricity_factor=kyushu-electric-menu-b&heavy_oil_a=10000&lpg=500&city_gas=10000`);
    // 47.2 (100,000 × 0.000472) + 27.5 (10 kL × 2.75) + 1.495 (0.5 t × 2.99) + 20.5 (10 千m³ × 2.05) = 96.695
    await expect.poll(() => total(page).textContent()).toBe('96.695');
    expect(Number(await page.locator('#co2-scope2').getAttribute('data-value'))).toBeCloseTo(47.2, 9);
    expect(Number(await page.locator('#co2-scope1').getAttribute('data-value'))).toBeCloseTo(49.495, 9);
    expect(await page.locator('[data-formula="lpg"]').textContent()).toContain('500 kg ÷ 1,000 = 0.5 t × 2.99 t-CO2/t = 1.495 t-CO2');
    expect(await page.locator('#co2-electricity_factor').inputValue()).toBe('kyushu-electric-menu-b');
    // The largest source is electricity: its next steps are shown.
    await expect.poll(() => page.locator('[data-actions="electricity"]').isVisible()).toBe(true);
    expect(await page.locator('[data-actions="city_gas"]').isVisible()).toBe(false);
    // Next steps for electricity are what a company can act on: the desk and the suppliers' menus, not a wind farm.
    const hrefs = await page.$$eval('[data-actions="electricity"] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('#co2-factors');
    expect(hrefs).toContain('/support/consultation/');
    expect(hrefs.some((h) => h!.includes('offshore-wind'))).toBe(false);
    await page.close();
  });

  it('shows an invalid field with its message, an error summary, and no total', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/en/tools/co2/?lpg=500`);
    await expect.poll(() => total(page).textContent()).toBe('1.495');
    await page.fill('#co2-lpg', '12abc');
    await expect.poll(() => total(page).textContent()).toBe('—');
    expect(await total(page).getAttribute('data-value')).toBeNull();
    const input = page.locator('#co2-lpg');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.getAttribute('aria-describedby')).toContain('co2-lpg-error');
    expect(await page.locator('#co2-lpg-error').textContent()).toBe('Enter a number, like 1,500');
    expect(await page.locator('.error-summary').isVisible()).toBe(true);
    expect(await page.locator('.error-summary a').getAttribute('href')).toBe('#co2-lpg');
    // Following the summary link puts the focus in the field, the second time too.
    for (let i = 0; i < 2; i++) {
      await page.focus('#co2-kerosene');
      await page.click('.error-summary a');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('co2-lpg');
    }
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/NaN|Infinity/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('downloads a CSV labelled in English with plain numbers, and writes English units out', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/tools/co2/?electricity=120000&city_gas=1000`);
    // 120,000 × 0.000416 = 49.92 ; 1 thousand m³ × 2.05 = 2.05 ; 51.97
    await expect.poll(() => total(page).textContent()).toBe('51.970');
    expect(await page.textContent('#factor-city-gas')).toContain('t-CO2/thousand m³');
    expect(await page.textContent('[data-formula="city_gas"]')).toContain('1,000 m³ ÷ 1,000 = 1 thousand m³');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Electricity,120000,kWh,120000,kWh,0.000416,49.92,2,');
    expect(csv).toContain('City gas,1000,m³,1,thousand m³,2.05,2.05,1,');
    expect(csv).toContain('\r\ntotal,,,,,,51.97,,\r\n');
    await context.close();
  });

  it('rejects an unknown factor id from a link instead of guessing', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/co2/?electricity=100&electricity_factor=made-up`);
    await expect.poll(() => total(page).textContent()).toBe('—');
    expect(await page.locator('#co2-electricity_factor').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('keeps the inputs when the language is switched', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/co2/?lpg=500`);
    await expect.poll(() => total(page).textContent()).toBe('1.495');
    const select = page.locator('starlight-lang-select select').first();
    const english = await select.evaluate((el: HTMLSelectElement) => [...el.options].find((o) => o.textContent?.includes('English'))!.value);
    await Promise.all([page.waitForURL((u) => u.pathname === '/en/tools/co2/'), select.selectOption(english)]);
    expect(new URL(page.url()).search).toBe('?lpg=500');
    await expect.poll(() => total(page).textContent()).toBe('1.495');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
