/** The built feeds: RSS parsed by Chromium's XML parser, iCalendar by ical.js, holding the news, the deadlines from the data and the related city programmes' dates. */
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { loadSite } from '../../src/lib/content/check/site';
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

// The content and data as the build validated them (one load path).
const site = loadSite();
const newsCount = site.entries.filter((e) => e.collection === 'news' && e.lang === 'ja').length;
const rounds = site.subsidyRules;
const related = site.relatedProgrammes;

describe('feeds', () => {
  it.each(['/news/rss.xml', '/en/news/rss.xml'])('%s is well-formed RSS with every news item and every subsidy round, related programmes included', async (path) => {
    const page = await browser.newPage();
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const items = [...doc.querySelectorAll('item')].map((i) => ({ link: i.querySelector('link')?.textContent ?? '', pubDate: i.querySelector('pubDate')?.textContent ?? null, description: i.querySelector('description')?.textContent ?? '' }));
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, items, lang: doc.querySelector('language')?.textContent };
    }, readFileSync(fileFor(path)!, 'utf8'));
    expect(result.error).toBeNull();
    expect(result.root).toBe('rss');
    expect(result.items).toHaveLength(newsCount + rounds.length + related.length);
    expect(result.lang).toBe(path.startsWith('/en/') ? 'en' : 'ja');
    for (const p of related) {
      const item = result.items.find((i) => i.link.endsWith(`#round-${p.id}`));
      expect(item, p.id).toBeDefined();
      // Dated the day its window opened, in Japan (midnight JST is 15:00 UTC the day before).
      if (p.applicationWindow?.start) expect(new Date(item!.pubDate!).toISOString()).toBe(new Date(`${p.applicationWindow.start}T00:00:00+09:00`).toISOString());
      // Otherwise dated by its year (a partial date as its first day, so that every item has a pubDate).
      else expect(new Date(item!.pubDate!).toISOString()).toBe(new Date(`${p.fiscalYear}-01-01T00:00:00+09:00`).toISOString());
      if (p.projectPeriod?.end) expect(item!.description).toMatch(path.startsWith('/en/') ? /Work to be finished by/ : /事業の完了期限/);
    }
    await page.close();
  });

  it.each(['/events.ics', '/en/events.ics'])('%s parses as iCalendar and holds the subsidy deadlines from the data', (path) => {
    const cal = new ICAL.Component(ICAL.parse(readFileSync(fileFor(path)!, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const r of rounds.filter((x) => x.applicationWindow?.end)) {
      const deadline = events.find((e) => e.uid === `${r.id}-deadline@kitakyushu-gx`);
      expect(deadline, r.id).toBeDefined();
      expect(deadline!.startDate.toString()).toBe(r.applicationWindow!.end);
    }
    expect(events.some((e) => e.uid === 'news-2023-12-12-founding@kitakyushu-gx')).toBe(true);
  });

  it.each(['/events.ics', '/en/events.ics'])('%s carries every known date of the related city programmes', (path) => {
    const cal = new ICAL.Component(ICAL.parse(readFileSync(fileFor(path)!, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const day = (uid: string) => events.find((e) => e.uid === `${uid}@kitakyushu-gx`)?.startDate.toString();
    let checked = 0;
    for (const p of related) {
      if (p.applicationWindow?.start) expect(day(`${p.id}-opens`), p.id).toBe(p.applicationWindow.start);
      if (p.applicationWindow?.end) expect(day(`${p.id}-deadline`), p.id).toBe(p.applicationWindow.end);
      if (p.projectPeriod?.end) expect(day(`${p.id}-project-end`), p.id).toBe(p.projectPeriod.end);
      checked += [p.applicationWindow?.start, p.applicationWindow?.end, p.projectPeriod?.end].filter(Boolean).length;
    }
    // env-future-tech 2022 and 2024: open + deadline each; the two hydrogen programmes: a project end each.
    expect(checked).toBe(6);
    expect(day('env-future-tech-2024-deadline')).toBe('2024-05-17');
  });
});
