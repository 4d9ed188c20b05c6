/**
 * The tools' form controls as a phone shows them (390 px), in both languages, after the audit of
 * issue 26: a closed <select> shows its chosen option whole (it cannot wrap), yes/no radios are far
 * enough apart to tap the right one, a legend sits inside its fieldset's border, the file input is
 * not cut off, and the checker's cost is written back with thousands separators.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 390, height: 900 } });

/** Each visible select: the width its chosen option's text needs (font and padding as drawn) and the width it has. */
const selects = (page: Page) =>
  page.$$eval('select', (all) =>
    all
      .filter((s) => s.offsetParent !== null)
      .map((s) => {
        const style = getComputedStyle(s);
        const ctx = document.createElement('canvas').getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const text = s.options[s.selectedIndex]?.text ?? '';
        // padding-right holds the arrow.
        const needs = ctx.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return { id: s.id, text, needs: Math.ceil(needs), has: Math.floor(s.getBoundingClientRect().width) };
      }),
  );

describe.each([
  { lang: 'ja', prefix: '' },
  { lang: 'en', prefix: '/en' },
])('tool forms on a phone ($lang)', ({ prefix }) => {
  it('shows the chosen option of every select whole', async () => {
    const page = await site.context.newPage();
    const seen: string[] = [];
    for (const path of ['/tools/subsidy-check/', '/tools/co2/', '/tools/co2/workbook/']) {
      await page.goto(`${site.origin}${prefix}${path}`);
      for (const s of await selects(page)) {
        seen.push(s.id);
        expect(s.needs, `${path} #${s.id} "${s.text}"`).toBeLessThanOrEqual(s.has);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['check-fiscal_year', 'co2-electricity_factor', 'wb-year', 'wb-factor']));
    await page.close();
  });

  it('spaces the checker’s radios for a finger and keeps each legend inside its fieldset', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/`);
    const groups = await page.$$eval('form fieldset', (sets) =>
      sets
        .filter((f) => f instanceof HTMLElement && f.offsetParent !== null && f.querySelector('input[type=radio]'))
        .map((f) => {
          const box = f.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(f).borderTopWidth);
          const legend = f.querySelector('legend')?.getBoundingClientRect();
          const labels = [...f.querySelectorAll('input[type=radio]')]
            .map((r) => (r.closest('label') ?? r).getBoundingClientRect())
            // Options the chosen round does not offer are hidden.
            .filter((b) => b.width > 0);
          // Labels side by side on one line (yes / no): the gap between them. Stacked labels (one per
          // line, each a full-width target) only must not overlap.
          const pairs = labels.slice(1).map((b, i) => [labels[i] as DOMRect, b] as const);
          const sideBySide = pairs.filter(([a, b]) => Math.abs(b.top - a.top) < 2).map(([a, b]) => b.left - a.right);
          const stacked = pairs.filter(([a, b]) => Math.abs(b.top - a.top) >= 2).map(([a, b]) => b.top - a.bottom);
          return {
            legendTop: legend?.top ?? -1,
            innerTop: box.top + border,
            sideGap: Math.min(16, ...sideBySide),
            stackGap: Math.min(0, ...stacked),
            smallest: Math.min(...labels.map((b) => b.height)),
          };
        }),
    );
    expect(groups.length).toBeGreaterThan(4);
    for (const g of groups) {
      expect(g.legendTop).toBeGreaterThanOrEqual(g.innerTop);
      // Two targets side by side 16 px apart or more (the audit measured 8), none overlapping, each
      // at least 24 px tall (WCAG 2.5.8 asks 24 × 24).
      expect(g.sideGap).toBeGreaterThanOrEqual(16);
      expect(g.stackGap).toBeGreaterThanOrEqual(0);
      expect(g.smallest).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });

  it('writes the checker’s cost back with thousands separators', async () => {
    const page = await site.context.newPage();
    // The FY2024 round has a known rate, so the cost field is asked.
    await page.goto(`${site.origin}${prefix}/tools/subsidy-check/?fiscal_year=2024`);
    const cost = page.locator('#check-cost');
    await cost.fill('3000000');
    await cost.press('Tab');
    await expect.poll(() => cost.inputValue()).toBe('3,000,000');
    await page.close();
  });

  it('does not cut off the workbook’s file input', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${prefix}/tools/co2/workbook/`);
    const box = await page.$eval('#workbook-import', (input) => {
      const b = input.getBoundingClientRect();
      const parent = (input.parentElement as HTMLElement).getBoundingClientRect();
      return { left: b.left, right: b.right, parentRight: parent.right, scroll: input.scrollWidth, client: input.clientWidth };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(Math.min(box.parentRight, 390));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    await page.close();
  });
});
