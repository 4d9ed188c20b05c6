/**
 * The CO2 workbook in Chromium, in both languages: typing kept across a reload, import of a
 * 24-month file, refusal of a bad file with nothing lost, export and import into a fresh browser
 * profile, delete all, the printed report, keyboard only, storage refused, Chart.js only on demand, axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
// The machine may be busy: give the page time to read a file and redraw before a check gives up.
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const header = 'month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a';

/** Totals as the page states them: fiscal year → data-value. */
const totals = (page: Page) =>
  page.$$eval('#workbook-totals output[data-fiscal-year]', (outs) => Object.fromEntries(outs.map((o) => [o.getAttribute('data-fiscal-year')!, Number(o.getAttribute('data-value'))])));

async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 250; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}

async function importText(page: Page, text: string) {
  await page.setInputFiles('#workbook-import', { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/**
 * 24 months, FY2024 and FY2025: every month 10,000 kWh of electricity and 100 L of kerosene;
 * FY2025 adds 50 kg of LPG a month.
 * FY2024: 120,000 kWh × 0.000416 = 49.92 t ; 1,200 L = 1.2 kL × 2.50 = 3 t ; total 52.92 t
 * FY2025: 49.92 + 3 + 600 kg = 0.6 t × 2.99 = 1.794 t ; total 54.714 t
 */
function twentyFourMonths(): string {
  const rows = [header];
  for (let i = 0; i < 24; i++) {
    const y = 2024 + Math.floor((i + 3) / 12);
    const m = ((i + 3) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    rows.push(`${month},"10,000",,${i >= 12 ? 50 : ''},100,,,`);
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

describe.each(['ja', 'en'] as const)('the CO2 workbook (%s)', (lang) => {
  const path = `${lang === 'en' ? '/en' : ''}/tools/co2/workbook/`;

  it('keeps two months typed by keyboard alone across a reload, with fiscal-year totals', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.selectOption('#wb-year', '2025');
    await tabTo(page, 'wb-2025-04-electricity');
    await page.keyboard.type('１０，０００');
    // Enter moves to the month below.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wb-2025-05-electricity');
    await page.keyboard.type('20000');
    await tabTo(page, 'wb-2025-05-kerosene');
    await page.keyboard.type('2,000');
    // 30,000 kWh × 0.000416 = 12.48 t ; 2 kL × 2.50 = 5 t ; 17.48 t
    await poll(() => totals(page)).toEqual({ '2025': 17.48 });
    await page.reload();
    await poll(() => totals(page)).toEqual({ '2025': 17.48 });
    expect(await page.inputValue('#wb-2025-04-electricity')).toBe('10,000');
    expect(await page.inputValue('#wb-2025-05-kerosene')).toBe('2,000');
    expect(await page.locator('.wb-privacy').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The actions by keyboard too: the chart opens, the export downloads, and "delete all" asks first.
    await tabTo(page, 'wb-chart-toggle');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#wb-chart-toggle').getAttribute('aria-expanded')).toBe('true');
    await tabTo(page, 'workbook-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    // month, electricity, city_gas, lpg, kerosene, …
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^2025-05,20000,0,0,2000,/m);
    await tabTo(page, 'wb-delete');
    page.once('dialog', (d) => void d.dismiss());
    await page.keyboard.press('Space');
    expect(await totals(page)).toEqual({ '2025': 17.48 });
    await context.close();
  });

  it('fills the grid from a block pasted from a spreadsheet, starting at the cell pasted into', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.selectOption('#wb-year', '2025');
    await page.focus('#wb-2025-04-electricity');
    // Two months down, two energies across (electricity, city gas), as a spreadsheet copies them.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '10,000\t1000\r\n20000\t\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await page.inputValue('#wb-2025-05-electricity')).toBe('20000');
    expect(await page.inputValue('#wb-2025-04-city_gas')).toBe('1000');
    // 30,000 kWh × 0.000416 = 12.48 t ; 1 thousand m³ × 2.05 = 2.05 t ; 14.53 t
    await poll(() => totals(page)).toEqual({ '2025': 14.53 });
    await context.close();
  });

  it('shows a bad cell beside it and in a summary whose link moves focus into the cell, and does not store it', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.selectOption('#wb-year', '2025');
    await page.fill('#wb-2025-06-lpg', '500');
    await poll(() => totals(page)).toEqual({ '2025': 1.495 });
    await page.fill('#wb-2025-06-lpg', '-3');
    await poll(() => page.locator('.error-summary').isVisible()).toBe(true);
    expect(await page.getAttribute('#wb-2025-06-lpg', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#wb-2025-06-lpg-error')).toBe(lang === 'en' ? 'Enter a number that is 0 or more' : '0以上の数を入力してください');
    // The last valid amount stays stored and counted.
    expect(await totals(page)).toEqual({ '2025': 1.495 });
    await page.locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wb-2025-06-lpg');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('imports a 24-month file into totals per fiscal year with the change between them, and draws the chart only when asked', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${site.origin}${path}`);
    await importText(page, `${twentyFourMonths().replace(header, `${header},memo`)}`);
    await poll(() => totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    expect(await page.textContent('.wb-import-status')).toContain('24');
    expect(await page.textContent('.wb-import-status')).toContain('memo');
    // (54.714 − 52.92) / 52.92 = +3.4%
    expect(await page.textContent('#workbook-totals')).toContain('+1.794 t (+3.4%)');
    // The grid shows the latest fiscal year imported.
    expect(await page.inputValue('#wb-year')).toBe('2025');
    expect(await page.inputValue('#wb-2026-03-lpg')).toBe('50');

    expect(scripts.some((u) => u.includes('chart-setup'))).toBe(false);
    await page.click('#wb-chart-toggle');
    await poll(() => scripts.some((u) => u.includes('chart-setup'))).toBe(true);
    expect(await page.getAttribute('#wb-chart-toggle', 'aria-expanded')).toBe('true');
    await poll(() => page.$eval('#wb-chart canvas', (c: HTMLCanvasElement) => c.width > 0 && c.getAttribute('aria-label')!.length > 0)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a bad file as a whole, naming each bad row and column, and loses nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await importText(page, twentyFourMonths());
    await poll(() => totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    const stored = await page.evaluate(() => localStorage.getItem('kgx-co2-workbook'));
    await importText(page, [header, '2025-04,1,,,,,,', '2025-13,1,,,,,,', '2025-05,abc,,,,,,', '2025-06,,-5,,,,,', '2025-04,2,,,,,,'].join('\n'));
    const alert = page.locator('.wb-import-alert[role="alert"]');
    await poll(() => alert.textContent()).toMatch(lang === 'en' ? /Row 3, column “month”/ : /3行目の「month」/);
    const text = (await alert.textContent())!;
    expect(text).toMatch(lang === 'en' ? /Row 4, column “electricity”: not a number/ : /4行目の「electricity」：数字ではありません/);
    expect(text).toMatch(lang === 'en' ? /Row 5, column “city_gas”: a negative amount/ : /5行目の「city_gas」：マイナスの値です/);
    expect(text).toMatch(lang === 'en' ? /Row 6, column “month”: this month appears twice/ : /6行目の「month」：同じ月がもう一度出てきます/);
    expect(await totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    expect(await page.evaluate(() => localStorage.getItem('kgx-co2-workbook'))).toBe(stored);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exports a CSV that imports to the same totals in a fresh browser profile', async () => {
    const first = await site.browser.newContext({ acceptDownloads: true });
    const page = await first.newPage();
    await page.goto(`${site.origin}${path}`);
    await importText(page, twentyFourMonths());
    await page.selectOption('#wb-year', '2024');
    await page.selectOption('#wb-factor', 'kyushu-electric-menu-b');
    // FY2024 on menu B: 120,000 × 0.000472 = 56.64 ; + 3 = 59.64 t
    await poll(() => totals(page)).toEqual({ '2024': 59.64, '2025': 54.714 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#workbook-export')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith(`\uFEFF${header},lpg_m3,electricity_factor\r\n`)).toBe(true);
    expect(csv).toContain('2024-04,10000,0,0,100,0,0,0,0,kyushu-electric-menu-b\r\n');
    await first.close();

    const fresh = await site.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${site.origin}${path}`);
    expect(await totals(other)).toEqual({});
    await importText(other, csv);
    await poll(() => totals(other)).toEqual({ '2024': 59.64, '2025': 54.714 });
    await fresh.close();
  });

  it('deletes all data only after confirmation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await importText(page, twentyFourMonths());
    await page.fill('#wb-organization', '株式会社テスト');
    await poll(() => totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#wb-delete');
    expect(await totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    page.once('dialog', (d) => void d.accept());
    await page.click('#wb-delete');
    await poll(() => totals(page)).toEqual({});
    expect(await page.evaluate(() => localStorage.getItem('kgx-co2-workbook'))).toBeNull();
    expect(await page.inputValue('#wb-organization')).toBe('');
    await page.reload();
    expect(await totals(page)).toEqual({});
    await context.close();
  });

  it('prints the report alone, with organization, year, totals, months, factors, method, date and URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await importText(page, twentyFourMonths());
    await page.fill('#wb-organization', 'Example Works');
    await poll(() => totals(page)).toEqual({ '2024': 52.92, '2025': 54.714 });
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).visibility === 'visible' && e.getBoundingClientRect().height > 0);
    expect(await visible('.wb-report')).toBe(true);
    expect(await visible('.wb-grid')).toBe(false);
    expect(await visible('.sidebar-pane, header')).toBe(false);
    const report = (await page.locator('.wb-report').innerText()).replace(/\s+/g, ' ');
    expect(report).toContain('Example Works');
    expect(report).toContain(lang === 'en' ? 'FY2025' : '2025年度');
    expect(report).toContain('54.714');
    expect(report).toContain(lang === 'en' ? 'April 2025' : '2025年4月');
    expect(report).toContain('0.000416');
    expect(report).toContain('2.99');
    expect(report).toMatch(new RegExp(`https?://[^ ]+${path}`));
    expect(report).toContain(lang === 'en' ? 'not a verified greenhouse gas inventory' : '第三者の検証を受けた温室効果ガス排出量');
    expect(report).toContain(lang === 'en' ? 'location-based' : 'ロケーション基準');
    // Made today (in Japan), with the scope lines, and each factor's status and source.
    const today = await page.evaluate(() => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10));
    const [y, m, d] = today.split('-').map(Number);
    expect(report).toContain(lang === 'en' ? `${d} ${new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long' })} ${y}` : `${y}年${m}月${d}日`);
    // FY2025 Scope 1: kerosene 3 t + LPG 1.794 t = 4.794 t; Scope 2: 49.92 t.
    expect(report).toMatch(lang === 'en' ? /Scope 1 \(fuels\) 4\.794/ : /スコープ1（燃料） 4\.794/);
    expect(report).toMatch(lang === 'en' ? /Scope 2 \(electricity\) 49\.920/ : /スコープ2（電気） 49\.920/);
    const factorRows = await page.locator('.wb-report table').nth(2).locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
    expect(factorRows).toHaveLength(7);
    for (const cells of factorRows) {
      expect(cells[3]).toMatch(lang === 'en' ? /^Official/ : /^公式/);
      expect(cells[4]!.length).toBeGreaterThan(5);
    }
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  });

  it('counts the months of a file with eight, names them in the report, and shows the others as not entered', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    // April–November 2026: 10,000 kWh a month, and 100 L of kerosene in April;
    // 8 × 10,000 × 0.000416 = 33.28 t ; 0.1 kL × 2.50 = 0.25 t ; 33.53 t
    const months = ['04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m},10000,,,${m === '04' ? 100 : ''},,,`);
    await importText(page, [header, ...months].join('\n'));
    const total = page.locator('#workbook-totals output[data-fiscal-year="2026"]');
    await poll(() => total.getAttribute('data-months')).toBe('8');
    expect(await total.getAttribute('data-value')).toBe('33.530000');
    const report = (await page.locator('.wb-report').innerText()).replace(/\s+/g, ' ');
    expect(report).toContain(lang === 'en' ? 'FY2026 (8 of 12 months)' : '2026年度のうち8か月分');
    expect(report).toContain(lang === 'en' ? 'April – November 2026 (8 of the 12 months of FY2026)' : '2026年4月〜11月（8か月分、2026年度の一部）');
    expect(report).toContain(lang === 'en' ? 'Months not entered December 2026 – March 2027' : '未入力の月 2026年12月〜2027年3月');
    expect(report).not.toContain('2026年4月〜2027年3月');
    expect(report).not.toContain('April 2026 – March 2027');
    // The monthly table: a figure for each month entered, "not entered" across the row for the four others.
    const monthly = await page.locator('.wb-report table').nth(1).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent?.trim()));
    expect(monthly).toEqual(['4.410', ...Array(7).fill('4.160'), ...Array(4).fill(lang === 'en' ? 'not entered' : '未入力')]);
    // The chart's legend lists only the energies that are there.
    await page.click('#wb-chart-toggle');
    await poll(() => page.locator('.wb-legend li').allTextContents()).toEqual(lang === 'en' ? ['Electricity', 'Kerosene'] : ['電気', '灯油']);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('takes LP gas in m³ at propane’s 1/502 t per m³, or at the supplier’s factor', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.selectOption('#wb-year', '2025');
    // 502 m³ × 1/502 t = 1 t × 2.99 = 2.99 t
    await page.fill('#wb-2025-06-lpg_m3', '502');
    await poll(() => totals(page)).toEqual({ '2025': 2.99 });
    expect(await page.locator('.wb-report').innerText()).toContain(lang === 'en' ? '1/502' : '1/502');
    // 502 m³ × 0.002 t = 1.004 t × 2.99 = 3.00196 t
    await page.fill('#wb-lpg-factor', '0.002');
    await poll(() => totals(page)).toEqual({ '2025': 3.00196 });
    await page.reload();
    await poll(() => totals(page)).toEqual({ '2025': 3.00196 });
    expect(await page.inputValue('#wb-lpg-factor')).toBe('0.002');
    await context.close();
  });

  it('keeps the column headers in view, and on a phone shows a month as a card with every energy reachable', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.selectOption('#wb-year', '2025');
    const boxes = await page.locator('#wb-row-2025-04 ~ td input').evaluateAll((inputs) => inputs.map((i) => i.getBoundingClientRect().right));
    expect(boxes).toHaveLength(8);
    for (const right of boxes) expect(right).toBeLessThanOrEqual(390);
    // Each input still says which month and energy it is.
    expect(await page.locator('#wb-2025-04-kerosene').getAttribute('aria-labelledby')).toBe('wb-row-2025-04 wb-col-kerosene');
    await page.setViewportSize({ width: 1280, height: 500 });
    expect(await page.$eval('#wb-col-electricity', (th) => getComputedStyle(th).position)).toBe('sticky');
    await page.locator('#wb-2026-03-electricity').scrollIntoViewIfNeeded();
    const [header, wrap] = await Promise.all([page.$eval('#wb-col-electricity', (e) => e.getBoundingClientRect().top), page.$eval('.wb-grid-wrap', (e) => e.getBoundingClientRect().top)]);
    expect(Math.abs(header - wrap)).toBeLessThan(4);
    await context.close();
  });

  it('still works for the visit when the browser refuses storage, and says it will not be kept', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    expect(await page.textContent('.wb-storage')).toMatch(lang === 'en' ? /will be gone when you close the page/ : /ページを閉じると入力は消えます/);
    await page.selectOption('#wb-year', '2025');
    await page.fill('#wb-2025-04-lpg', '500');
    await poll(() => totals(page)).toEqual({ '2025': 1.495 });
    await context.close();
  });
});
