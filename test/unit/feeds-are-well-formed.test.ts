import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../src/lib/feeds/ics';
import { toRss } from '../../src/lib/feeds/rss';

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

describe('RSS', () => {
  it('escapes text and gives a pubDate only to full dates', () => {
    const rss = toRss({ title: 'A & B', link: 'https://x/', description: 'd', language: 'ja', self: 'https://x/rss.xml' }, [
      { title: '<new>', link: 'https://x/#a', guid: 'a', description: 'd', date: '2024-05-23' },
      { title: 'month', link: 'https://x/#b', guid: 'b', description: 'd', date: '2024-09' },
    ]);
    expect(rss).toContain('<title>A &amp; B</title>');
    expect(rss).toContain('<title>&lt;new&gt;</title>');
    expect(rss.match(/<pubDate>/g)).toHaveLength(1);
    expect(rss).toContain('<pubDate>Wed, 22 May 2024 15:00:00 GMT</pubDate>');
  });
});
