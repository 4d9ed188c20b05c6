/**
 * Subsidy status is decided again in the browser with today's date in Japan: a page built after
 * every round closed still says "open" on a day inside a window. The browser's clock is set with
 * Playwright; Japan is UTC+9, so 15:00 UTC is already the next day there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 390, height: 900 } });

async function at(instant: string, path: string): Promise<Page> {
  const page = await site.context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(`${site.origin}${path}`);
  return page;
}
const card = (page: Page, id: string) => page.locator(`#round-${id}`);

describe('subsidy status in the browser', () => {
  it('is open on the last day of the FY2025 window in Japan, and closed from midnight there', async () => {
    // 2025-06-06 14:59 UTC = 23:59 on 6 June in Japan: the last day.
    let page = await at('2025-06-06T14:59:00Z', '/subsidies/');
    await expect.poll(() => card(page, 'gx-promotion-2025').getAttribute('data-status')).toBe('open');
    expect(await card(page, 'gx-promotion-2025').locator('live-status').textContent()).toContain('本日');
    await page.close();
    // 15:00 UTC = 00:00 on 7 June in Japan.
    page = await at('2025-06-06T15:00:00Z', '/subsidies/');
    await expect.poll(() => card(page, 'gx-promotion-2025').getAttribute('data-status')).toBe('closed');
    await page.close();
  });

  it('gives the days left on the home page and in the checker, in English too', async () => {
    // 1 May 2025 in Japan → 6 June: 30 days of May left after the 1st + 6 = 36 days.
    const home = await at('2025-05-01T03:00:00Z', '/en/');
    await expect.poll(() => home.locator('.open-rounds live-status').getAttribute('data-status')).toBe('open');
    expect(await home.locator('.open-rounds live-status').textContent()).toContain('days left: 36');
    await home.close();
    const checker = await at('2025-05-01T03:00:00Z', '/en/tools/subsidy-check/');
    await expect.poll(() => checker.locator('#subsidy-round-status').getAttribute('data-status')).toBe('open');
    expect(await checker.locator('#check-fiscal_year').inputValue()).toBe('2025');
    await checker.close();
  });

  it('says "closed by" the end of its rules for a round whose window is not in the sources, and "not found", never "not published"', async () => {
    const page = await at('2026-11-30T03:00:00Z', '/en/subsidies/gx-promotion-2024/');
    await expect.poll(() => page.locator('#round-status').getAttribute('data-status')).toBe('closed');
    const status = (await page.locator('#round-status').textContent()) ?? '';
    expect(status).toContain('ended by 31 March 2025');
    // The facts only say the window was not found: the status says so, not that it was never published.
    expect(status).toContain('application window not found in the sources');
    expect(status).not.toMatch(/not published/i);
    await page.close();
  });

  it.each(['/subsidies/', '/en/subsidies/'])('%s: every round card carries a status, related programmes included, and axe finds nothing', async (path) => {
    const page = await at('2026-11-30T03:00:00Z', path);
    const statuses = await page.locator('[data-round-card]').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.status));
    // Two consortium rounds and four related rounds, all over by 30 November 2026.
    expect(statuses).toEqual(['closed', 'closed', 'closed', 'closed', 'closed', 'closed']);
    expect(await page.locator('.programme-status li').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
