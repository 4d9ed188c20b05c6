/**
 * A dataset page draws its chart and then offers it as a PNG made from the canvas in the browser;
 * a dataset with too few points has figure cards and no chart, so no Chart.js at all.
 */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 390, height: 844 } });

describe('dataset pages', () => {
  it.each(['/metrics/population/', '/en/metrics/city-government-emissions/'])('%s offers its drawn chart as a PNG', async (path) => {
    const page = await site.context.newPage();
    await page.goto(site.origin + path);
    await page.locator('metric-chart').scrollIntoViewIfNeeded();
    const link = page.locator('a.metric-png-link');
    await link.waitFor({ state: 'visible' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('data:image/png;base64,')).toBe(true);
    // A real picture, not an empty canvas: a 390 px wide chart's PNG is several kilobytes.
    expect(href.length).toBeGreaterThan(5000);
    expect(await link.getAttribute('download')).toMatch(/\.png$/);
    // It reads on its own: the title above the chart and the sources below make it taller than the canvas.
    const [pngHeight, canvasHeight] = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return [image.naturalHeight, document.querySelector<HTMLCanvasElement>('metric-chart canvas')!.height];
    }, href);
    expect(pngHeight).toBeGreaterThan(canvasHeight! + 60);
    expect(await page.locator('metric-chart').getAttribute('data-png-credit')).toMatch(/^(出典：|Source: ).+https?:\/\/\S+\/metrics\//);
    await page.close();
  });

  it('shows a lone figure as a card, with its table and without a chart', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/en/metrics/hibiki-wind-capacity/`);
    expect(await page.locator('metric-chart').count()).toBe(0);
    expect(await page.locator('.figure-value').first().textContent()).toBe('220 MW');
    expect(await page.locator('.metric-table td').first().textContent()).toContain('220 MW');
    await page.close();
  });
});
