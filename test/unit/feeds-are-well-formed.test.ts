import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { toIcs, type CalendarEvent } from '../../src/lib/feeds/ics';
import { rssItems } from '../../src/lib/feeds/rss';

// The calendar is written by ical-generator; these tests read it back with ical.js, an independent parser.
const stamp = new Date('2026-11-28T00:00:00Z');
const events: CalendarEvent[] = [
  { uid: 'a@x', date: '2025-06-06', summary: '申請締切：テスト, FY2025; a\\b', description: '17:00\n次の行', location: '北九州市', url: 'https://example.org/a/' },
  { uid: 'b@x', date: '2025-06', summary: 'Month only' },
  { uid: 'c@x', date: '2025-12-31', summary: '北九州'.repeat(20) },
];
const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('iCalendar', () => {
  it('escapes TEXT values and reads them back unchanged', () => {
    const text = toIcs('Test, calendar', events, stamp);
    expect(text).toContain('SUMMARY:申請締切：テスト\\, FY2025\\; a\\\\b\r\n');
    expect(text).toContain('DESCRIPTION:17:00\\n次の行\r\n');
    expect(text).toContain('X-WR-CALNAME:Test\\, calendar\r\n');
    const [a] = parse(text);
    expect(a?.summary).toBe('申請締切：テスト, FY2025; a\\b');
    expect(a?.description).toBe('17:00\n次の行');
    expect(a?.location).toBe('北九州市');
  });
  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    const text = toIcs('Test', events, stamp);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${'北九州'.repeat(20)}\r\n`);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
  });
  it('writes all-day events ending the next day, skipping events with no full date', () => {
    const read = parse(toIcs('Test', events, stamp));
    expect(read.map((e) => e.uid)).toEqual(['a@x', 'c@x']);
    expect(read.map((e) => [e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['2025-06-06', '2025-06-07', true],
      ['2025-12-31', '2026-01-01', true],
    ]);
  });
  it('keeps the UIDs it is given, whenever it is built', () => {
    const uids = (s: Date) => parse(toIcs('Test', events, s)).map((e) => e.uid);
    expect(uids(new Date('2030-01-01T12:00:00Z'))).toEqual(uids(stamp));
    expect(toIcs('Test', events, stamp)).toContain('DTSTAMP:20261128T000000Z\r\n');
  });
  it('is the same file in any time zone of the building machine', () => {
    const texts = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      return toIcs('Test', events, stamp);
    });
    for (const t of texts) expect(t).toBe(texts[0]);
    expect(texts[0]).toContain('DTSTART;VALUE=DATE:20250606\r\n');
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
