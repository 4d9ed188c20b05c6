import { describe, expect, it } from 'vitest';
import { checkBodies, linksIn, withoutCode } from '../../src/lib/content/check/bodies';
import { checkMetricDates, periodStart } from '../../src/lib/content/check/data-rules';
import { checkedEntry } from '../support/checked-entry';
import type { Metric } from '../../src/schemas/metrics';

const entry = (body: string) => checkedEntry('pages', 'en', 'x', {}, body);
const pages = new Set(['/', '/en/', '/en/projects/', '/en/projects/green-lp-gas/', '/en/news/rss.xml']);

describe('rules over content bodies', () => {
  it('refuses a <script> in prose and names its line', () => {
    expect(checkBodies([entry('# T\n\ntext\n<script>alert(1)</script>\n')], pages)).toEqual([
      { file: 'content/pages/en/x.mdx', field: '(body, line 4)', message: expect.stringContaining('holds a <script>') },
    ]);
  });

  it('lets code samples that show a <script> alone', () => {
    expect(checkBodies([entry('```html\n<script>x()</script>\n```\n\nUse `<script>` never.\n')], pages)).toEqual([]);
    expect(withoutCode('a\n```\nb\n```\nc')).toBe('a\n   \n \n   \nc');
  });

  it('accepts links to built pages, web addresses and fragments, and refuses the rest', () => {
    const body = '[a](/en/projects/green-lp-gas/) [b](/en/projects/green-lp-gas#timeline) [c](https://x.example/) [d](#top) [e](/en/news/rss.xml)\n[f](javascript:alert(1)) <a href="/en/nope/">g</a> [h](projects/)';
    expect(linksIn(body).map((l) => l.url)).toEqual(expect.arrayContaining(['/en/projects/green-lp-gas/', 'javascript:alert(1', '/en/nope/', 'projects/']));
    const messages = checkBodies([entry(body)], pages).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('only http(s) and mailto'),
      expect.stringContaining('write site links from the root'),
      expect.stringContaining('"/en/nope/", which is not a page'),
    ]);
  });
});

describe('rules over datasets', () => {
  it('places periods at their first day', () => {
    expect(['FY2024', '2024', '2024-09', '2024-09-30'].map(periodStart)).toEqual(['2024-04-01', '2024-01-01', '2024-09-01', '2024-09-30']);
  });

  it('refuses results after today and after the day they were checked, but not targets', () => {
    const m = (x: string, pointsAre: 'results' | 'targets' = 'results') =>
      ({ id: 'm', xType: 'period', pointsAre, updated: '2026-11-28', points: [{ x, value: 1 }] }) as unknown as Metric;
    // FY2026 began on 2026-04-01: a result for it may already exist.
    expect(checkMetricDates([m('FY2026')], '2026-11-30')).toEqual([]);
    expect(checkMetricDates([m('2026-11-29')], '2026-11-30')[0]?.message).toContain('after the day the dataset was checked');
    expect(checkMetricDates([m('2026-12')], '2026-11-30')[0]?.message).toContain('is in the future');
    expect(checkMetricDates([m('FY2030', 'targets')], '2026-11-30')).toEqual([]);
  });
});
