import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/schemas/metrics';
import { metricSchema } from '../../src/schemas/metrics';
import { exampleMetric, exampleMetricInput } from '../support/example-metric';
import { chartConfig } from '../../src/lib/metrics/chart-config';
import { figureFromMetric } from '../../src/lib/metrics/figures';
import { xValues } from '../../src/lib/metrics/series';
import { checkSummary, isDueForCheck, nextCheck } from '../../src/lib/metrics/checks';
import { metricTable, xLabel } from '../../src/lib/metrics/table';
import { openDataRows, periodColumns, periodFromColumns } from '../../src/lib/metrics/open-data';
import { recordsCsv } from '../../src/lib/format/csv';

const tonnes = { unit: { ja: '万t-CO2', en: '10,000 t-CO2' }, chart: 'bar', asOf: 'FY2022' };
const m = (extra: Record<string, unknown>): Metric => exampleMetric({ ...tonnes, ...extra });

describe('metric datasets', () => {
  it('order fiscal years and dates in time', () => {
    const d = m({ points: [{ x: 'FY2022', value: 23.4 }, { x: 'FY2013', value: 35.7 }, { x: 'FY2020', value: 25.7 }] });
    expect(xValues(d)).toEqual(['FY2013', 'FY2020', 'FY2022']);
    expect(xLabel(d, 'FY2013', 'ja')).toBe('2013年度');
    expect(xLabel(d, 'FY2013', 'en')).toBe('FY2013');
  });

  it('tabulate one column per series and mark bounds', () => {
    const d = m({
      xType: 'category',
      categories: { industry: { ja: '産業', en: 'Industry' } },
      series: { city: { ja: '市', en: 'City' }, japan: { ja: '全国', en: 'Japan' } },
      points: [{ x: 'industry', series: 'city', value: 60, bound: 'approx' }, { x: 'industry', series: 'japan', value: 31 }],
    });
    const table = metricTable(d, 'en', 'Category');
    expect(table.columns).toEqual(['Category', 'City', 'Japan']);
    // Each cell carries its unit, exact: 60 × 10^4 t = 600,000 t-CO2.
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['about 600,000 t-CO2', '310,000 t-CO2']);
    expect(metricTable(d, 'ja', '区分').rows[0]!.cells.map((c) => c.text)).toEqual(['約60万t-CO2', '31万t-CO2']);
  });

  it('rejects a string where a number belongs, naming the field', () => {
    const r = metricSchema.safeParse(exampleMetricInput({ ...tonnes, points: [{ x: 'FY2022', value: '23.4' }] }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['points', 0, 'value']);
  });

  it('rejects a point that cites a source that is not listed', () => {
    const r = metricSchema.safeParse(exampleMetricInput({ ...tonnes, points: [{ x: 'FY2022', value: 1, source: 3 }] }));
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('points.0.source');
  });

  it('is due for a check only when nobody has looked within its review interval, however old the figure', () => {
    const checked = (date: string, extra: Record<string, unknown> = {}) => m({ asOf: 'FY2020', reviewEveryMonths: 12, lastChecked: { date, outcome: 'no-newer' }, points: [{ x: 'FY2020', value: 1 }], ...extra });
    // A FY2020 figure checked on 2026-12-06: next check by 2027-12-06, so no badge on 2026-12-06 nor on 2027-12-06.
    expect(nextCheck(checked('2026-12-06'))).toBe('2027-12-06');
    expect(isDueForCheck(checked('2026-12-06'), '2026-12-06')).toBe(false);
    expect(isDueForCheck(checked('2026-12-06'), '2027-12-06')).toBe(false);
    expect(isDueForCheck(checked('2026-12-06'), '2027-12-07')).toBe(true);
    // Checked on 2025-06-01, not since: due on 2026-12-06 (2025-06-01 + 12 months = 2026-06-01).
    expect(isDueForCheck(checked('2025-06-01'), '2026-12-06')).toBe(true);
    // 2026-08-31 + 6 months: there is no 31 February; the last day of February 2027 is meant.
    expect(nextCheck({ lastChecked: { date: '2026-08-31', outcome: 'no-newer' }, reviewEveryMonths: 6 })).toBe('2027-02-28');
    // Targets for FY2030 are goals, never overdue, even when nobody has looked for years.
    expect(isDueForCheck(checked('2020-01-01', { pointsAre: 'targets', points: [{ x: 'FY2030', value: 47 }] }), '2026-12-06')).toBe(false);
  });

  it('sums up the checks once for the dashboard and leaves the due datasets to their badges', () => {
    const d = (id: string, date: string, outcome: 'no-newer' | 'newer-added') => ({ id, pointsAre: 'results' as const, reviewEveryMonths: 12, lastChecked: { date, outcome } });
    const summary = checkSummary([d('a', '2026-11-28', 'no-newer'), d('b', '2026-12-06', 'no-newer'), d('c', '2026-12-06', 'newer-added'), d('d', '2026-12-06', 'no-newer'), d('old', '2025-01-10', 'no-newer')], '2026-12-06');
    expect(summary.groups).toEqual([
      { month: '2026-12', outcome: 'no-newer', ids: ['b', 'd'] },
      { month: '2026-12', outcome: 'newer-added', ids: ['c'] },
      { month: '2026-11', outcome: 'no-newer', ids: ['a'] },
    ]);
    expect(summary.due).toEqual(['old']);
  });

  it('writes open-data CSV that reads back to the same values', () => {
    const d = m({ points: [{ x: 'FY2013', value: 35.7, note: { ja: '基準, "年"', en: 'Base' } }, { x: 'FY2022', value: 23.4 }] });
    const csv = recordsCsv(openDataRows(d));
    expect(csv.startsWith('\uFEFFdataset,period,period_precision,series,value')).toBe(true);
    expect(csv).toContain('"基準, ""年"""');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.split(',').slice(1, 5)).toEqual(['2022-04-01', 'fiscal_year', '', '23.4']);
  });

  it('writes every period in one format, with its precision in a column of its own, and reads it back', () => {
    const xs = ['1979', '2019-10-01', '2024-09', 'FY2024'];
    expect(xs.map(periodColumns)).toEqual([
      { period: '1979-01-01', period_precision: 'year' },
      { period: '2019-10-01', period_precision: 'day' },
      { period: '2024-09-01', period_precision: 'month' },
      { period: '2024-04-01', period_precision: 'fiscal_year' },
    ]);
    expect(xs.map((x) => { const c = periodColumns(x); return periodFromColumns(c.period, c.period_precision); })).toEqual(xs);
    expect(openDataRows(m({ xType: 'category', categories: { industry: { ja: '産業', en: 'Industry' } }, points: [{ x: 'industry', value: 1 }] }))[0]).toMatchObject({ category: 'industry' });
  });

  it('gives Chart.js plain JSON, with no chart for a lone figure', () => {
    const d = m({ points: [{ x: 'FY2022', value: 23.4 }, { x: 'FY2020', value: 25.7 }, { x: 'FY2013', value: 35.7 }] });
    const config = chartConfig(d, 'ja')!;
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config.data.datasets[0]!.data).toEqual([{ x: 2013, y: 35.7 }, { x: 2020, y: 25.7 }, { x: 2022, y: 23.4 }]);
    expect(chartConfig(m({ points: [{ x: 'FY2022', value: 23.4 }] }), 'ja')).toBeUndefined();
    expect(chartConfig(m({ chart: 'none', points: [{ x: 'FY2022', value: 1 }] }), 'ja')).toBeUndefined();
  });
});

describe('key figures from a dataset', () => {
  const members = m({
    unit: { ja: '社・団体', en: 'organizations' },
    asOf: '2024-09',
    sources: ['ktq-gx-home', 'fais-gx-grant'],
    points: [
      { x: '2024-05', value: 200, bound: 'lower', note: { ja: '200以上', en: 'more than 200' } },
      { x: '2024-09', value: 253, reliability: 'unverified', source: 1 },
    ],
  });

  it('take value, unit, bound, period, source and reliability from the point, and words from the page', () => {
    expect(figureFromMetric(members, { label: 'Members', x: '2024-09' }, 'en')).toEqual({
      label: 'Members',
      value: 253,
      unit: 'organizations',
      bound: 'exact',
      asOf: '2024-09',
      source: expect.objectContaining({ id: 'fais-gx-grant', url: 'https://www.ksrp.or.jp/collaboration/gx/gx-grant.html', reliability: 'primary' }),
      reliability: 'unverified',
      note: undefined,
    });
    // The point's own note unless the page gives one.
    expect(figureFromMetric(members, { label: '会員数', x: '2024-05' }, 'ja')).toMatchObject({ value: 200, bound: 'lower', unit: '社・団体', note: '200以上' });
    expect(figureFromMetric(members, { label: '会員数', x: '2024-05', note: 'ページの注記' }, 'ja').note).toBe('ページの注記');
  });

  it('date a category figure by the dataset and pick its series', () => {
    const sectors = m({
      xType: 'category',
      asOf: 'FY2020',
      unit: { ja: '%', en: '%' },
      valueKind: 'share',
      categories: { industry: { ja: '産業', en: 'Industry' } },
      series: { kitakyushu: { ja: '北九州市', en: 'Kitakyushu' }, japan: { ja: '全国', en: 'Japan' } },
      points: [
        { x: 'industry', series: 'kitakyushu', value: 60 },
        { x: 'industry', series: 'japan', value: 31 },
      ],
    });
    expect(figureFromMetric(sectors, { label: 'Industry', x: 'industry', series: 'japan' }, 'en')).toMatchObject({ value: 31, asOf: 'FY2020' });
  });

  it('fail the build, naming the dataset, when the point does not exist', () => {
    expect(() => figureFromMetric(members, { label: '会員数', x: '2025-01' }, 'ja')).toThrow('refers to x "2025-01" of data/metrics/example.json, which has no such point');
  });
});
