import { readdirSync } from 'node:fs';
/**
 * /search/ in Chromium: filters list pages without a keyword, keywords and filters are kept in the
 * URL and restored from it, everything works from the keyboard, and axe finds no violation with
 * results on screen, in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ viewport: { width: 1280, height: 900 } });

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, errors };
}

const resultPaths = (page: Page) =>
  page.locator('.search-results .result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const waitForResults = (page: Page, n?: number) =>
  page.waitForFunction(
    (count) => {
      const links = document.querySelectorAll('.search-results .result-link').length;
      return count === undefined ? links > 0 : links === count;
    },
    n,
    { timeout: 15_000 },
  );

// As many as content/projects/ holds (a project added by an editor changes the count, not the test).
const projectCount = readdirSync('content/projects/ja').length;

describe('the search page', () => {
  it.each([
    ['/search/?type=project', '/projects/'],
    ['/en/search/?type=project', '/en/projects/'],
  ])('%s lists the projects without a keyword', async (path, prefix) => {
    const { page, errors } = await open(path);
    await waitForResults(page, projectCount);
    const paths = await resultPaths(page);
    expect(paths.every((p) => p.startsWith(prefix) && p !== prefix)).toBe(true);
    expect(await page.locator('input[name="type"][value="project"]').isChecked()).toBe(true);
    expect(await page.locator('.search-status').textContent()).toMatch(new RegExp(String(projectCount)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['/search/', '/en/search/'])('%s offers every fiscal year the index holds, newest first, as built', async (path) => {
    const { page } = await open(`${path}?q=${path.startsWith('/en/') ? 'hydrogen' : '水素'}`);
    const built = await page.$$eval('input[name="fy"]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    // Once the index has loaded, the script adds the years the page did not list: there are none.
    await waitForResults(page);
    await page.waitForTimeout(500);
    const years = await page.$$eval('input[name="fy"]', (boxes) => boxes.map((b) => Number((b as HTMLInputElement).value)));
    expect(years.map(String)).toEqual(built);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toContain(2021);
    await page.close();
  });

  it('combines filters: any value within one filter, all filters together', async () => {
    const { page } = await open('/search/?type=project&type=subsidy&fy=2024');
    await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''), null, { timeout: 15_000 });
    const paths = await resultPaths(page);
    expect(paths).toContain('/projects/green-lp-gas/');
    expect(paths.every((p) => /^\/(projects|subsidies)\//.test(p))).toBe(true);
    await page.close();
  });

  it('works by keyboard and keeps the keywords and filters in the URL', async () => {
    const { page, errors } = await open('/en/search/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('hydrogen');
    await page.keyboard.press('Enter');
    await waitForResults(page);
    expect(await resultPaths(page)).toContain('/en/projects/hydrogen-hub/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('hydrogen');

    // Tab past the search button and the filters button (open on a wide screen) to the first
    // filter, "Project", and tick it with the space bar.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('search-filter-toggle');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('project');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'project');
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLAnchorElement>('.search-results .result-link')].every((a) => a.pathname.startsWith('/en/projects/')));
    const projects = await resultPaths(page);
    expect(projects[0]).toBe('/en/projects/hydrogen-hub/');

    // The URL alone brings the same search back.
    const shared = page.url();
    const { page: again } = await open(new URL(shared).pathname + new URL(shared).search);
    await waitForResults(again, projects.length);
    expect(await again.locator('#search-q').inputValue()).toBe('hydrogen');
    expect(await again.locator('input[name="type"][value="project"]').isChecked()).toBe(true);
    expect(await resultPaths(again)).toEqual(projects);
    await again.close();

    // "Clear all" empties the form, the results and the URL.
    await page.locator('.search-clear').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '' && document.querySelectorAll('.search-results li').length === 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['/search/?q=水素&type=project&type=glossary', '/en/search/?q=offshore+wind&type=project'])('passes axe with results on screen: %s', async (path) => {
    const { page, errors } = await open(path);
    await waitForResults(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
