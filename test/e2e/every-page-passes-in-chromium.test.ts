/**
 * Every built page, in both languages, opened in Chromium: no axe violation, no HTML_CodeSniffer
 * (WCAG2AA) error, no console error, no failed request, no request to another host, the head a
 * shared link or a search engine needs, and a footer that says who runs the site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { chartCodeFile } from '../../scripts/lib/weigh.ts';
import { axeViolations, builtPages, footerPartsHidden, htmlcsErrors, tabPool, useSiteInChromium } from './support/site';

const pages = builtPages();
const site = useSiteInChromium();

// Record every Content-Security-Policy violation, from the first script on.
beforeAll(async () => {
  await site.context.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

describe('the accessibility check itself', () => {
  it('names a violation when a page has one', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/about/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')!.append(img);
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt \(critical\): .*img/m);
    await page.close();
  });

  it('names an HTML_CodeSniffer error when a page has one', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/about/`);
    expect(await htmlcsErrors(page)).toEqual([]);
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/';
      document.querySelector('main')!.append(a);
    });
    expect((await htmlcsErrors(page)).join('\n')).toMatch(/H91\.A\.NoContent/);
    await page.close();
  });
});

describe('the built site', () => {
  it('has the pages of both languages', () => {
    expect(pages.length).toBeGreaterThan(40);
    const ja = pages.filter((p) => !p.startsWith('/en/') && p !== '/404.html');
    const en = pages.filter((p) => p.startsWith('/en/'));
    // Every Japanese page has its English twin at the same path under /en/, and back.
    expect(en.map((p) => p.slice(3)).sort()).toEqual(ja.sort());
  });
});

// What a tab saw while it showed one page: requests to other hosts, failed requests, errors.
interface Visit {
  path: string;
  foreign: string[];
  failed: string[];
  errors: string[];
}
const visits = new WeakMap<Page, Visit>();

// Tabs reused from page to page (see tabPool), each recording into the visit it is lent to.
// Recorded, not routed: routing would switch off the browser's cache. Chromium resolves no other
// host (scripts/lib/browser.ts), so an attempt fails here instead of reaching the network.
const tabs = tabPool(async () => {
  const page = await site.context.newPage();
  const seen = () => visits.get(page);
  // A request belongs to the visit during which it started: one of the page before that ends late
  // (cut short when the tab moves on) is not counted against the next page.
  const owner = new WeakMap<Request, Visit>();
  page.on('request', (request) => {
    const visit = seen();
    if (!visit) return;
    owner.set(request, visit);
    const url = new URL(request.url());
    if (url.origin !== site.origin && url.protocol !== 'data:') visit.foreign.push(url.href);
  });
  page.on('console', (m) => m.type() === 'error' && seen()?.errors.push(m.text()));
  page.on('pageerror', (e) => seen()?.errors.push(e.message));
  page.on('requestfailed', (r) => new URL(r.url()).origin === site.origin && owner.get(r)?.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    const visit = owner.get(r.request());
    if (visit && r.status() >= 400 && !(visit.path === '/404.html' && r.url().endsWith('/404.html'))) visit.failed.push(`${r.status()} ${r.url()}`);
  });
  return page;
}, {
  // Before the tab is lent again, the page stops loading and stops being recorded, so that what it
  // still does (a request cut short, a late error) is not counted against the next page. (Leaving
  // it for about:blank would do the same at a tenth of a second a page.)
  reset: async (page) => {
    await page.evaluate(() => window.stop());
    visits.delete(page);
  },
});

// Pages are independent: several at once (vitest's maxConcurrency bounds the tests, the pool the
// tabs), which keeps the crawl short as the site grows. Assertions use the test's own `expect`.
describe.concurrent.each(pages)('page %s', (path) => {
  it('passes axe, loads cleanly from this host only under a strict CSP and has a complete head', ({ expect }) =>
    tabs.use(async (page) => {
      const visit: Visit = { path, foreign: [], failed: [], errors: [] };
      visits.set(page, visit);
      const { foreign, failed, errors } = visit;

      // 'load', not 'networkidle': axe runs after it, and only then are requests, errors and CSP
      // violations read, so anything a late script does is still caught.
      const response = await page.goto(site.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);

      const head = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang')),
      }));
      expect(head.lang).toBe(path.startsWith('/en/') ? 'en' : 'ja');
      expect(head.title.length).toBeGreaterThan(3);
      expect(head.description.length).toBeGreaterThan(10);
      // Waits for the heading (once, a page under load was read before its <h1> was there).
      expect(((await page.locator('h1').first().textContent({ timeout: 10_000 })) ?? '').trim().length).toBeGreaterThan(1);
      expect(head.ogTitle.length).toBeGreaterThan(1);
      // Who runs the site and how to reach a person, visible at a laptop's width (a phone's: reflow test).
      if (!path.includes('/embed/')) expect(await footerPartsHidden(page)).toEqual([]);
      if (path !== '/404.html') {
        expect(head.canonical).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        expect(head.alternates).toEqual(expect.arrayContaining(['ja', 'en']));
      }

      // Chart.js is fetched only by pages that have a chart.
      const requested: string[] = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      if ((await page.locator('metric-chart').count()) === 0) {
        expect(requested.filter((u) => chartCodeFile.test(u))).toEqual([]);
      } else {
        // ... and fetch it once a chart scrolls into view.
        await page.locator('metric-chart').first().scrollIntoViewIfNeeded();
        await page.waitForFunction((source) => performance.getEntriesByType('resource').some((e) => new RegExp(source).test(e.name)), chartCodeFile.source);
      }

      expect(await axeViolations(page)).toEqual([]);
      expect(await htmlcsErrors(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(foreign).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    }));
});
