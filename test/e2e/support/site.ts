/**
 * Test support for the built site: a static file server over dist/ (loopback only), the list of
 * built pages, and a Chromium launcher for playwright-core using the system browser.
 */
import { afterAll, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Server } from 'node:http';
import { resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fileIn, serveDir } from '../../../scripts/lib/serve.ts';
import { launchChromium } from '../../../scripts/lib/browser.ts';

export { launchChromium };

export const dist = resolve(import.meta.dirname, '../../../dist');

/** The file a URL path maps to in dist/, as a static host would serve it; undefined when none. */
export const fileFor = (urlPath: string) => fileIn(dist, urlPath);

// The checkers run in the page as scripts of its own origin (the CSP allows 'self'), which the
// browser caches and compiles once, instead of half a megabyte evaluated afresh on every page.
const checkers = {
  axe: { url: '/__tests__/axe.min.js', file: resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js') },
  htmlcs: { url: '/__tests__/HTMLCS.js', file: resolve(import.meta.dirname, '../../../node_modules/html_codesniffer/build/HTMLCS.js') },
};

/**
 * A built page as its HTML parsed, without a browser: for scans that read only what the build
 * wrote (text, elements, attributes), which is the whole page when scripts do not run. A browser
 * costs a quarter of a second or more per page and adds nothing to these.
 */
export function staticPage(urlPath: string): Document {
  const file = fileFor(urlPath);
  if (!file) throw new Error(`no built page at ${urlPath}`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Serves dist/ on a free loopback port, with dist/404.html for anything missing (and the checkers' scripts). */
export const startServer = () => serveDir(dist, Object.fromEntries(Object.values(checkers).map((c) => [c.url, c.file])));

/** Loads a checker into the page once. */
async function load(page: Page, checker: keyof typeof checkers, global: string) {
  if (await page.evaluate((name) => name in window, global)) return;
  await page.addScriptTag({ url: checkers[checker].url });
  if (!(await page.evaluate((name) => name in window, global))) throw new Error(`${checker} did not load into ${page.url()} (is JavaScript off in this context?)`);
}

/**
 * Every built public HTML page as a URL path ("/", "/en/projects/green-lp-gas/", "/404.html"). The
 * editors' pages under /admin/ (the CMS and the desk: Japanese only, noindex, outside the sitemap)
 * are checked by test/e2e/editors-desk-and-cms.test.ts instead.
 */
export function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((rel) => rel.endsWith('.html') && !rel.startsWith('pagefind/') && !rel.startsWith('_astro/') && !rel.startsWith('admin/'))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`))
    .sort();
}

/**
 * The usual setup of a browser test file: dist/ served on loopback, one Chromium and one context,
 * closed after the file. Read the fields inside tests (they are set in beforeAll).
 */
export function useSiteInChromium(contextOptions: Parameters<Browser['newContext']>[0] = {}) {
  const site = {} as { origin: string; browser: Browser; context: BrowserContext; server: Server };
  beforeAll(async () => {
    ({ server: site.server, origin: site.origin } = await startServer());
    site.browser = await launchChromium();
    site.context = await site.browser.newContext(contextOptions);
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/**
 * `work` on every item, `at` at a time: each of `at` workers takes the next item from a shared queue
 * (`worker` is its number). The results come back in the items' order.
 */
export async function mapAtOnce<T, R>(items: readonly T[], at: number, work: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(at, items.length) }, async (_, worker) => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, worker);
    }),
  );
  return results;
}

/**
 * Visits every path with `tabs` tabs at once, each tab working through a shared queue, for the
 * scans that read every page: the pages are independent, and a browser waits on loading and layout
 * most of the time, so a few tabs finish in a fraction of the time of one.
 */
export async function visitAll(paths: string[], open: () => Promise<Page>, visit: (page: Page, path: string) => Promise<void>, tabs = 4) {
  const pages = await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, () => open()));
  await mapAtOnce(paths, pages.length, (path, worker) => visit(pages[worker]!, path));
  await Promise.all(pages.map((page) => page.close()));
}

/**
 * What every page's footer must show a visitor (issue #26): who runs the site, a contact link and a
 * privacy link. Returns the parts that are missing or not visible ([] when all are). The embed
 * pages have no footer: they are a chart for other sites' frames.
 */
export function footerPartsHidden(page: Page): Promise<string[]> {
  return page.evaluate(
    (selectors) =>
      selectors.filter((selector) => {
        const el = document.querySelector(selector);
        const box = el?.getBoundingClientRect();
        return !(el && box && box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      }),
    ['footer [data-site-operator]', 'footer a[data-footer-link="contact"]', 'footer a[data-footer-link="privacy"]'],
  );
}

/**
 * A few tabs, each reused from page to page, lent to one test at a time (a test waits for a free
 * one). A new tab costs a renderer process, a cold load and the checkers compiled afresh: on 2
 * cores, measured in December 2026 over 20 pages, 1.5 s a page in new tabs against 0.65 s in a
 * reused one. Two tabs keep both cores busy; more only wait on each other. `reset` is awaited
 * before a tab is lent again.
 */
export function tabPool(open: () => Promise<Page>, { size = 2, reset }: { size?: number; reset?: (tab: Page) => Promise<void> } = {}) {
  const idle: Page[] = [];
  const waiting: Array<(tab: Page) => void> = [];
  let opened = 0;
  const acquire = async (): Promise<Page> => {
    const tab = idle.pop();
    if (tab) return tab;
    if (opened < size) {
      opened++;
      return open();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = async (used: Page) => {
    // A tab that cannot be reset (it crashed) is replaced, so that no test waits for it forever.
    const tab = await reset?.(used).then(() => used, () => open()) ?? used;
    const next = waiting.shift();
    if (next) next(tab);
    else idle.push(tab);
  };
  return {
    async use<T>(work: (tab: Page) => Promise<T>): Promise<T> {
      const tab = await acquire();
      try {
        return await work(tab);
      } finally {
        await release(tab);
      }
    },
  };
}

/**
 * axe's findings on the page as it is now, every rule, one line per violation with the elements it
 * names ([] when there is none). axe-core runs in the page itself, as @axe-core/playwright's legacy
 * mode did; that package's default mode opens a blank page to merge the results of cross-origin
 * frames, which made each check three times slower, and the site has no frames (a page with one
 * fails here, so that this choice is revisited).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if ((await page.locator('iframe').count()) > 0) return ['the page has an <iframe>: check it with AxeBuilder in its default mode'];
  await load(page, 'axe', 'axe');
  type Violation = { id: string; impact: string; nodes: Array<{ target: string[] }> };
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * HTML_CodeSniffer (npm html_codesniffer, WCAG2AA), a second opinion beside axe: its errors on the
 * page as it is now, one line each ([] when there is none). The bundle is evaluated through the
 * DevTools protocol (page.evaluate), which the page's CSP does not govern, so no inline script is
 * allowed for it.
 *
 * Its warnings were read on every page (December 2026) and are not failures; those that remain:
 * - C32/C31/C33/C38/SCR34/G206 "position: fixed": Starlight's header and skip link; reflow at
 *   320 px is tested by every-page-reflows-on-a-phone.test.ts;
 * - G18.Abs / G145.Abs: text of `.sr-only` elements, absolutely positioned off screen, whose
 *   contrast it cannot compute (axe computes the contrast of visible text);
 * - H85.2 (optgroup) and H91.Select.Value: Starlight's theme and language selects, which have no
 *   groups and do have a selected value (its script sets it after load);
 * - G141 heading order: Starlight puts the "On this page" h2 before the page's h1 in the DOM;
 * - H48 "navigation should be a list": one-line status paragraphs with a link or two;
 * - H39.3.NoCaption: the workbook's grid, named by aria-labelledby instead of a <caption>;
 * - H42 "should this be a heading": a bold lead-in such as "Keep in mind" before a list.
 */
export async function htmlcsErrors(page: Page): Promise<string[]> {
  await load(page, 'htmlcs', 'HTMLCS');
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Message = { type: number; code: string; msg: string; element: Element };
        const htmlcs = (window as unknown as { HTMLCS: { process(standard: string, root: Document, done: () => void): void; getMessages(): Message[] } }).HTMLCS;
        htmlcs.process('WCAG2AA', document, () =>
          resolve(htmlcs.getMessages().filter((m) => m.type === 1).map((m) => `${m.code}: ${m.msg} ${(m.element.outerHTML ?? '').slice(0, 120)}`)),
        );
      }),
  );
}
