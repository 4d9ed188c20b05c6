/** The built feeds: RSS parsed by Chromium's XML parser, iCalendar by ical.js, holding the news and the deadlines from the data. */
import ICAL from 'ical.js';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, launchChromium } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const newsCount = readdirSync('content/news/ja').length;

describe('feeds', () => {
  it.each(['/news/rss.xml', '/en/news/rss.xml'])('%s is well-formed RSS with every news item', async (path) => {
    const page = await browser.newPage();
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, items: doc.querySelectorAll('item').length, lang: doc.querySelector('language')?.textContent };
    }, readFileSync(fileFor(path)!, 'utf8'));
    expect(result.error).toBeNull();
    expect(result.root).toBe('rss');
    expect(result.items).toBe(newsCount);
    expect(result.lang).toBe(path.startsWith('/en/') ? 'en' : 'ja');
    await page.close();
  });

  it.each(['/events.ics', '/en/events.ics'])('%s parses as iCalendar and holds the subsidy deadlines from the data', (path) => {
    const cal = new ICAL.Component(ICAL.parse(readFileSync(fileFor(path)!, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const rules = readdirSync('data/subsidies').map((f) => JSON.parse(readFileSync(`data/subsidies/${f}`, 'utf8')));
    for (const r of rules.filter((x) => x.applicationWindow?.end)) {
      const deadline = events.find((e) => e.uid === `${r.id}-deadline@kitakyushu-gx`);
      expect(deadline, r.id).toBeDefined();
      expect(deadline!.startDate.toString()).toBe(r.applicationWindow.end);
    }
    expect(events.some((e) => e.uid === 'news-2023-12-12-founding@kitakyushu-gx')).toBe(true);
  });
});
