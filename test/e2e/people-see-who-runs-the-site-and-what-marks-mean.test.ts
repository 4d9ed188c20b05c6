/**
 * What a visitor meets on every page, at a phone's and a laptop's width, in both languages (issue #26):
 * - every page ends with the site's footer: who runs it (`data-site-operator`), a contact link and a
 *   privacy link (in the HTML here; visible, on every page at three widths: the whole-site crawl and
 *   the reflow test);
 * - the home page offers the site's menu: the menu button on a phone, the sidebar on a desktop;
 * - a reliability mark says what it means when tapped, and when reached by the keyboard
 *   (`data-reliability-hint` becomes visible; a `title` tooltip would do neither).
 * The `/metrics/<id>/embed/` pages are left out: they are a chart for other sites' frames, where the
 * frame's page is the one with a footer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { builtPages, fileFor, launchChromium, startServer } from './support/site';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';

let browser: Browser;
let server: Server;
let origin: string;
beforeAll(async () => {
  ({ server, origin } = await startServer());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const widths = [390, 1280] as const;
const open = async (width: number) => {
  const context = await browser.newContext({ viewport: { width, height: 844 }, hasTouch: width < 500, isMobile: width < 500 });
  return context.newPage();
};
const pages = builtPages().filter((p) => !p.includes('/embed/'));

// Every built page carries the footer in its HTML (read from dist/, fast). That it is visible is
// checked on the same loads as the other whole-site checks: at a laptop's width by
// every-page-passes-in-chromium.test.ts, at two phone widths by every-page-reflows-on-a-phone.test.ts.
it('every built page holds the footer: who runs the site, a contact link and a privacy link, in its language', () => {
  const missing: string[] = [];
  for (const path of pages) {
    const html = readFileSync(fileFor(path)!, 'utf8');
    const prefix = path.startsWith('/en/') ? '/en' : '';
    if (!/<footer[\s\S]*data-site-operator=/.test(html)) missing.push(`${path}: operator`);
    if (!html.includes(`href="${prefix}/contact/" data-footer-link="contact"`)) missing.push(`${path}: contact`);
    if (!html.includes(`href="${prefix}/contact/#privacy" data-footer-link="privacy"`)) missing.push(`${path}: privacy`);
  }
  expect(pages.length).toBeGreaterThan(150);
  expect(missing).toEqual([]);
});

describe.each(widths)('at %i px', (width) => {
  it.each(['ja', 'en'])('the home page offers the site\'s menu (%s)', async (lang) => {
    const page = await open(width);
    await page.goto(`${origin}${lang === 'en' ? '/en/' : '/'}`);
    const sidebar = page.locator('#starlight__sidebar');
    if (width < 800) {
      // The menu button opens the same sidebar as on every other page.
      const button = page.locator('button[popovertarget="starlight__sidebar"]');
      expect(await button.isVisible()).toBe(true);
      expect(await sidebar.isVisible()).toBe(false);
      await button.tap();
    }
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    const prefix = lang === 'en' ? '/en' : '';
    for (const path of ['/projects/', '/tools/co2/', '/glossary/', '/contact/']) {
      expect(await sidebar.locator(`a[href="${prefix}${path}"]`).isVisible(), path).toBe(true);
    }
    await page.context().close();
  });

  it.each(['ja', 'en'])('a mark shows its meaning on a tap or click, and by the keyboard (%s)', async (lang) => {
    const page: Page = await open(width);
    await page.goto(`${origin}${lang === 'en' ? '/en' : ''}/projects/hibiki-offshore-wind/`);
    const marks = page.locator('.reliability[data-reliability]');
    expect(await marks.count()).toBeGreaterThan(1);
    // No tooltip: the meaning is in the page, hidden until asked for.
    expect(await page.locator('.reliability[title], .reliability [title]').count()).toBe(0);
    const first = marks.nth(0);
    const hint = first.locator('[data-reliability-hint]');
    expect(await hint.isVisible()).toBe(false);
    await first.locator('button').scrollIntoViewIfNeeded();
    if (width < 500) await first.locator('button').tap();
    else await first.locator('button').click();
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await first.locator('button').getAttribute('aria-expanded')).toBe('true');
    expect((await hint.textContent())?.trim().length).toBeGreaterThan(10);

    // Keyboard: focus the next mark's button, Enter opens it, Space closes it.
    const second = marks.nth(1);
    const secondHint = second.locator('[data-reliability-hint]');
    await second.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => secondHint.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => secondHint.isVisible()).toBe(false);

    // One legend on the page, listing the kinds of mark the page has.
    const legend = page.locator('.reliability-legend');
    expect(await legend.count()).toBe(1);
    expect(await legend.isVisible()).toBe(true);
    const kinds = await marks.evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.reliability))].sort());
    const shown = await legend.locator('[data-kind]').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.kind).sort());
    expect(shown).toEqual(kinds);
    await page.context().close();
  });
});
