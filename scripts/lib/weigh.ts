/**
 * What a page costs a visitor, measured in Chromium: every file the page fetched from the site,
 * by type, as raw bytes and as gzip bytes (what a host that compresses sends; sizes are read from
 * the built files, so the figures do not depend on the server or on timing).
 * - at load: until the network is idle after navigation;
 * - charts: what loads when every chart is scrolled into view (Chart.js is imported on demand);
 * - search: what loads when the visitor opens Starlight's search dialog and types a query.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { fileIn } from './serve.ts';

export type FileType = 'html' | 'css' | 'js' | 'font' | 'other';
export type Bytes = Record<FileType, number>;
export interface Transfer {
  gzip: Bytes;
  raw: Bytes;
  files: string[];
}
export interface Weighed {
  path: string;
  atLoad: Transfer;
  charts: Transfer;
  search?: Transfer;
}

/** The file of Chart.js and the chart setup, which a page imports only when a chart comes into view. */
export const chartCodeFile = /\/_astro\/chart[-.][^/]*\.js$/;

export const typeOf = (url: string): FileType =>
  /\.html?$|\/$/.test(url) ? 'html' : /\.css$/.test(url) ? 'css' : /\.m?js$/.test(url) ? 'js' : /\.(woff2?|ttf|otf)$/.test(url) ? 'font' : 'other';

const zero = (): Bytes => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });
export const total = (bytes: Bytes) => Object.values(bytes).reduce((a, b) => a + b, 0);

function transfer(root: string, urls: Iterable<string>): Transfer {
  const result: Transfer = { gzip: zero(), raw: zero(), files: [] };
  for (const url of urls) {
    const file = fileIn(root, url) ?? fileIn(root, '/404.html');
    if (!file) continue;
    const body = readFileSync(file);
    result.raw[typeOf(url)] += body.length;
    result.gzip[typeOf(url)] += gzipSync(body).length;
    result.files.push(url);
  }
  return result;
}

/**
 * Loads `origin + path` in `page` and weighs it. `root` is the built site the server serves.
 * With `query`, also opens the search dialog (when the page has one) and types the query.
 */
export async function weighPage(page: Page, { origin, root, path, query }: { origin: string; root: string; path: string; query?: string }): Promise<Weighed> {
  const seen = new Set<string>();
  const listener = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (url.origin === origin) seen.add(url.pathname);
  };
  page.on('requestfinished', listener);
  try {
    // 'load' first: on a busy machine the parser can stall for longer than networkidle's 500 ms
    // before it asks for the page's scripts, and they went uncounted.
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const atLoad = new Set(seen);

    const charts = await page.locator('metric-chart').all();
    for (const chart of charts) await chart.scrollIntoViewIfNeeded();
    // The observer fires after the scroll and then imports the chart code: wait until it has been
    // asked for (a fixed pause was too short on a busy machine), then let it finish.
    if (charts.length > 0) {
      await page.waitForFunction((source) => performance.getEntriesByType('resource').some((e) => new RegExp(source).test(e.name)), chartCodeFile.source, { timeout: 15_000 });
    }
    await page.waitForLoadState('networkidle');
    const afterCharts = new Set(seen);

    let search: Transfer | undefined;
    const open = page.locator('site-search button[data-open-modal]');
    if (query && (await open.isVisible())) {
      await open.click();
      await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
      // The message ("n results" or "no results") appears once the query has run.
      await page.locator('dialog[open] .pagefind-ui__message').waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      search = transfer(root, [...seen].filter((u) => !afterCharts.has(u)));
    }
    return {
      path,
      atLoad: transfer(root, atLoad),
      charts: transfer(root, [...afterCharts].filter((u) => !atLoad.has(u))),
      search,
    };
  } finally {
    page.off('requestfinished', listener);
  }
}

/**
 * weighPage in a context of its own, at a phone's width: nothing cached, nothing still in flight
 * from the page before. (A reused tab serves the scripts it already ran from its memory cache with
 * no request to count, so what a page weighs would depend on the page weighed before it.)
 */
export async function weighInFreshContext(browser: Browser, options: Parameters<typeof weighPage>[1]): Promise<Weighed> {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  try {
    return await weighPage(await context.newPage(), options);
  } finally {
    await context.close();
  }
}
