/**
 * The editors' pages as built: /admin/ (the CMS) and /admin/desk/ pass axe, load only from this host,
 * stay out of search engines, the search index and the sitemap, and the CMS page runs under its own
 * CSP with no inline script. Screenshots at 1280 and 390 px go to SCREENSHOTS_DIR when it is set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, dist, useSiteInChromium } from './support/site';

const site = useSiteInChromium({ locale: 'ja-JP' });
const shots = process.env.SCREENSHOTS_DIR;

describe.each(['/admin/desk/', '/admin/'])('%s', (path) => {
  it.each([1280, 390])('passes axe and loads only from this host at %i px', async (width) => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const foreign: string[] = [];
    const violations: string[] = [];
    await page.exposeFunction('reportCsp', (v: string) => violations.push(v));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportCsp: (v: string) => void }).reportCsp(`${e.violatedDirective} ${e.blockedURI}`)));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== site.origin && !['data:', 'blob:'].includes(url.protocol)) {
        foreign.push(url.href);
        return route.abort();
      }
      return route.continue();
    });
    await page.goto(site.origin + path);
    if (path === '/admin/') await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).waitFor();
    else await page.locator('h1').waitFor();
    // The CMS's sign-in screen puts its heading and buttons outside any landmark (axe's moderate
    // "region" rule); that markup is the CMS's own, so only that rule is set aside, only here.
    const found = await axeViolations(page);
    expect(path === '/admin/' ? found.filter((v) => !v.startsWith('region ')) : found).toEqual([]);
    // No request to another host, none refused by the CSP (the local configuration keeps the CMS
    // from asking githubstatus.com how GitHub is doing: src/lib/cms/config.ts, localApiRoot).
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    if (shots) await page.screenshot({ path: join(shots, `${path === '/admin/' ? 'editor-login' : 'desk'}-${width}.png`), fullPage: path !== '/admin/' });
    await page.close();
  }, 90_000);
});

describe('the editors’ pages', () => {
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  it('are noindex, not in the search index and not in the sitemap', () => {
    for (const path of ['admin', 'admin/desk']) {
      expect(html(path)).toContain('<meta name="robots" content="noindex, nofollow"');
      expect(html(path)).not.toContain('data-pagefind-body');
    }
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('give the CMS its own CSP, with no inline script and no other host', () => {
    const page = html('admin');
    const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https?:/);
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/\n\/admin\/\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'; script-src 'self';/);
  });

  it('publish the configuration generated from the schemas', () => {
    const config = readFileSync(join(dist, 'admin/config.yml'), 'utf8');
    expect(config).toMatch(/^# Generated at build time from src\/schemas\//);
    expect(config).toContain('structure: multiple_folders');
  });
});
