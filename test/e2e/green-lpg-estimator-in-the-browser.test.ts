/** The green LP gas estimator in Chromium: shared URL, the preset by keyboard, invalid input, axe. */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium();

describe('the green LP gas estimator', () => {
  it('reads ?propane= on load', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/green-lpg/?propane=１，０００`);
    // 1,000 t × 3 × 44.009 / 44.097 = 2,994.013 t CO2 ; × 10 × 2.016 / 44.097 = 457.174 t H2 ; × 2.99 = 2,990 t
    await expect.poll(() => page.locator('#lpg-co2-feedstock').textContent()).toBe('2,994.013');
    expect(await page.locator('#lpg-hydrogen').textContent()).toBe('457.174');
    expect(Number(await page.locator('#lpg-fossil-co2').getAttribute('data-value'))).toBeCloseTo(2990, 9);
    await page.close();
  });

  it('applies the industry goal from the keyboard and keeps it in the URL', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/en/tools/green-lpg/`);
    await page.locator('[data-preset]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#lpg-propane').inputValue()).toBe('30000');
    expect(new URL(page.url()).searchParams.get('propane')).toBe('30000');
    expect(Number(await page.locator('#lpg-fossil-co2').getAttribute('data-value'))).toBeCloseTo(89700, 6);
    await page.close();
  });

  it('shows an error beside the field and no numbers for bad input', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/tools/green-lpg/`);
    await page.fill('#lpg-propane', '-3');
    await expect.poll(() => page.locator('#lpg-co2-feedstock').textContent()).toBe('—');
    expect(await page.locator('#lpg-propane').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#lpg-propane-error').isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
