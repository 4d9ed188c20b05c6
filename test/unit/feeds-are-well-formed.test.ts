import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../src/lib/feeds/ics';
import { rssItems } from '../../src/lib/feeds/rss';

describe('iCalendar', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('folds lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'北九州'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    for (const l of folded) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
  it('is read back by a real parser, skipping events with no full date', () => {
    const text = toIcs('Test', [
      { uid: 'a@x', date: '2025-06-06', summary: '申請締切：テスト, FY2025', description: '17:00' },
      { uid: 'b@x', date: '2025-06', summary: 'Month only' },
    ], '20261128T000000Z');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('申請締切：テスト, FY2025');
    expect(events[0]!.startDate.toString()).toBe('2025-06-06');
    expect(events[0]!.startDate.isDate).toBe(true);
  });
});

describe('RSS items', () => {
  it('all get a pubDate: a full date at midnight in Japan, a month or a year at its first day with the precision kept in the text', () => {
    const feed = (lang: 'ja' | 'en') =>
      rssItems([
        { title: 'day', link: 'https://x/a/', description: 'd', date: '2024-05-23' },
        { title: 'month', link: 'https://x/b/', description: 'd', date: '2024-09' },
        { title: 'year', link: 'https://x/c/', description: 'd', date: '2024' },
      ], lang);
    const ja = feed('ja');
    // 2024-05-23 00:00 in Japan (UTC+9) is 2024-05-22 15:00 UTC; 2024-09 → 2024-09-01; 2024 → 2024-01-01.
    expect(ja.map((i) => i.pubDate?.toISOString())).toEqual(['2024-05-22T15:00:00.000Z', '2024-08-31T15:00:00.000Z', '2023-12-31T15:00:00.000Z']);
    expect(ja.map((i) => i.description)).toEqual(['d', '2024年9月：d', '2024年：d']);
    expect(feed('en').map((i) => i.description)).toEqual(['d', 'September 2024: d', '2024: d']);
  });
});
