import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/schemas/metrics';
import { metricSchema } from '../../src/schemas/metrics';
import { exampleMetric, exampleMetricInput } from '../support/example-metric';
import { chartConfig } from '../../src/lib/metrics/chart-config';
import { figureFromMetric } from '../../src/lib/metrics/figures';
import { isStale, xValues } from '../../src/lib/metrics/series';
import { metricTable, xLabel } from '../../src/lib/metrics/table';
import { openDataRows } from '../../src/lib/metrics/open-data';
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

  it('is stale only after its review interval', () => {
    // As of 2024-09 (read as 2024-09-28) + 6 months = 2025-03-28.
    expect(isStale({ asOf: '2024-09', reviewEveryMonths: 6 }, '2025-03-28')).toBe(false);
    expect(isStale({ asOf: '2024-09', reviewEveryMonths: 6 }, '2025-03-29')).toBe(true);
    // FY2022 ends in March 2023; + 12 months = 2024-03-28.
    expect(isStale({ asOf: 'FY2022', reviewEveryMonths: 12 }, '2024-03-28')).toBe(false);
    expect(isStale({ asOf: 'FY2022', reviewEveryMonths: 12 }, '2024-04-01')).toBe(true);
  });

  it('writes open-data CSV that reads back to the same values', () => {
    const d = m({ points: [{ x: 'FY2013', value: 35.7, note: { ja: '基準, "年"', en: 'Base' } }, { x: 'FY2022', value: 23.4 }] });
    const csv = recordsCsv(openDataRows(d));
    expect(csv.startsWith('\uFEFFdataset,x,series,value')).toBe(true);
    expect(csv).toContain('"基準, ""年"""');
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]!.split(',')[3]).toBe('23.4');
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
