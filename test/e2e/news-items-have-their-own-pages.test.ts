/**
 * News as items: every news entry has its own page in both languages, the list links to them in
 * short cards, the feeds point at them, an event's JSON-LD is on its page, and the category filter
 * of /news/ works by keyboard on a phone without an axe violation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, fileFor, useSiteInChromium } from './support/site';

const ids = readdirSync('content/news/ja').map((f) => f.replace(/\.mdx?$/, ''));
const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const ldTypes = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!)['@type'] as string);
// Whether the entry is an event is read from the frontmatter (`event:`), as the schema defines it.
const isEvent = (id: string) => /^event:/m.test(readFileSync(`content/news/ja/${readdirSync('content/news/ja').find((f) => f.startsWith(`${id}.`))}`, 'utf8').split(/^---$/m)[1]!);

describe('news items', () => {
  it.each(['', '/en'])('each has its own page under %s/news/<id>/, linked from the list', (prefix) => {
    const missing = ids.filter((id) => !fileFor(`${prefix}/news/${id}/`));
    expect(missing).toEqual([]);
    const list = html(`${prefix}/news/`);
    const linked = ids.filter((id) => list.includes(`href="${prefix}/news/${id}/"`));
    expect(linked).toEqual(ids);
  });

  it('carries an Event in JSON-LD on the page of each event, and none on the list', () => {
    const events = ids.filter(isEvent);
    expect(events.length).toBeGreaterThanOrEqual(5);
    for (const prefix of ['', '/en']) {
      for (const id of ids) expect(ldTypes(html(`${prefix}/news/${id}/`)).includes('Event'), `${prefix}/news/${id}/`).toBe(events.includes(id));
      expect(ldTypes(html(`${prefix}/news/`))).not.toContain('Event');
    }
  });

  it.each(['/news/rss.xml', '/en/news/rss.xml'])('%s links each item to its page', (path) => {
    const links = [...html(path).matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    const prefix = path.startsWith('/en/') ? '/en' : '';
    // The feed also carries each subsidy round (linking to its guide); every news item links to its page.
    expect(links.filter((l) => l.startsWith(`${prefix}/news/`)).sort()).toEqual(ids.map((id) => `${prefix}/news/${id}/`).sort());
    expect(links.filter((l) => !l.startsWith(`${prefix}/news/`)).every((l) => l.startsWith(`${prefix}/subsidies/`))).toBe(true);
  });
});

describe('the news list on a phone', () => {
  const site = useSiteInChromium({ viewport: { width: 390, height: 844 } });

  it.each([
    ['/news/', '北九州市'],
    ['/en/news/', 'City'],
  ])('%s filters by category from the keyboard and keeps it in the URL', async (path, label) => {
    const page = await site.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const all = await page.locator('.news-card').count();
    expect(all).toBe(ids.length);
    await page.getByRole('radio', { name: label }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('category') === 'city');
    const shown = await page.locator('.news-card:visible').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.category));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(new Set(shown)).toEqual(new Set(['city']));
    expect(await page.locator('.news-filter-status').textContent()).toContain(String(shown.length));
    expect(await axeViolations(page)).toEqual([]);

    // The filtered URL brings the same list back.
    await page.goto(page.url(), { waitUntil: 'networkidle' });
    expect(await page.locator('.news-card:visible').count()).toBe(shown.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
