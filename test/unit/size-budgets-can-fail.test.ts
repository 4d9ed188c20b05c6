import { describe, expect, it } from 'vitest';
import { checkBudgets, type PageWeight } from '../../scripts/lib/budgets.ts';

const page = (path: string, kind: PageWeight['kind'], js: number, extra: Partial<PageWeight> = {}): PageWeight => ({
  path,
  kind,
  atLoad: { html: 10_000, css: 10_000, js, font: 0, other: 0 },
  jsLater: 0,
  ...extra,
});

describe('size budgets', () => {
  it('pass a site within budget', () => {
    expect(checkBudgets([page('/', 'content', 5_000), page('/tools/co2/', 'calculator', 9_000), page('/metrics/', 'chart', 5_600, { jsLater: 50_000 })], 5_000)).toEqual([]);
  });
  it('fail a deliberately heavy content page on every budget it breaks', () => {
    const heavy = page('/heavy/', 'content', 140_000, { atLoad: { html: 10_000, css: 10_000, js: 140_000, font: 30_000, other: 0 } });
    const problems = checkBudgets([heavy], 5_000).join('\n');
    expect(problems).toMatch(/\/heavy\/: 190000 B at load > 153600/);
    expect(problems).toMatch(/\/heavy\/: downloads 30000 B of web fonts/);
    expect(problems).toMatch(/\/heavy\/: 140000 B of JavaScript > plain Starlight 5000 \+ 4096/);
  });
  it('fail heavy charts and calculators against the content pages', () => {
    const problems = checkBudgets([page('/', 'content', 5_000), page('/tools/x/', 'calculator', 30_000), page('/charts/', 'chart', 5_000, { jsLater: 70_000 })], 5_000);
    expect(problems).toEqual(['/tools/x/: 25000 B of its own JavaScript > 15360', '/charts/: charts add 70000 B > 56320']);
  });
  it('let the search page load Pagefind (30 KB) but not more', () => {
    // 5,000 + 30,720 = 35,720 is the most the search page may load.
    expect(checkBudgets([page('/', 'content', 5_000), page('/search/', 'search', 35_720)], 5_000)).toEqual([]);
    expect(checkBudgets([page('/', 'content', 5_000), page('/search/', 'search', 35_721)], 5_000)).toEqual(['/search/: 30721 B of its own JavaScript > 30720']);
  });
});
