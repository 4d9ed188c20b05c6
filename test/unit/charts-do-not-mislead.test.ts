/**
 * Every real dataset in data/metrics/, in both languages, against the rules that keep a chart
 * honest (src/lib/metrics/chart-config.ts): proportional time, no total beside its parts, a
 * colour-blind-safe palette, a legend that wraps, no chart for too few points.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricSchema, type Metric } from '../../src/schemas/metrics';
import { chartConfig, chartLegend, deservesChart, hasOpenGaps, maxJoinYears, palette, totalColor } from '../../src/lib/metrics/chart-config';
import { headline, sparkline, totalSeries, xPosition, xValues } from '../../src/lib/metrics/series';
import { dashboardGroups, groupOf } from '../../src/lib/metrics/dashboard';

const dir = join(import.meta.dirname, '../../data/metrics');
const datasets: Metric[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => metricSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
type Point = { x: number; y: number };

describe('the rules hold for every dataset', () => {
  it('has datasets to check', () => expect(datasets.length).toBeGreaterThan(10));

  describe.each(datasets.map((m) => [m.id, m] as const))('%s', (_id, m) => {
    const configs = (['ja', 'en'] as const).map((lang) => chartConfig(m, lang));

    it('is a chart only when several points make a shape, else a figure card and a table', () => {
      const xs = xValues(m).length;
      if (m.chart === 'none' || (m.xType === 'period' && xs < 3) || xs < 2) expect(configs).toEqual([undefined, undefined]);
      else expect(configs.every((c) => c !== undefined)).toBe(true);
    });

    it('places time on a proportional axis: the distance between two periods is the time between them', () => {
      for (const c of configs) {
        if (!c || m.xType !== 'period') continue;
        expect(c.options.scales.x.type).toBe('linear');
        expect(c.data.labels).toBeUndefined();
        for (const d of c.data.datasets) {
          const xs = (d.data as Point[]).map((p) => p.x);
          // Sorted, and each at its own date: e.g. 1979 → 2019.75 is 40.75 years, not one step.
          expect(xs).toEqual([...xs].sort((a, b) => a - b));
          for (const p of d.data as Point[]) expect(m.points.some((q) => xPosition(q.x) === p.x)).toBe(true);
        }
      }
    });

    it('never draws a total beside its own parts: the parts are stacked and the total is a point on top of each stack', () => {
      const total = totalSeries(m);
      for (const [i, c] of configs.entries()) {
        if (!c) continue;
        const drawn = c.data.datasets.filter((d) => d.stack !== 'total');
        const totals = c.data.datasets.filter((d) => d.stack === 'total');
        if (total) {
          expect(drawn.map((d) => d.label)).not.toContain(m.series![total]![i === 0 ? 'ja' : 'en']);
          expect(c.options.scales.y.stacked).toBe(true);
          // The total: one series of points only (no line across unpublished years), each at the height of its stack.
          expect(totals).toHaveLength(1);
          expect(totals[0]).toMatchObject({ label: m.series![total]![i === 0 ? 'ja' : 'en'], type: 'line', showLine: false });
          for (const p of totals[0]!.data as Point[]) {
            const stack = drawn.reduce((sum, d) => sum + ((d.data as Point[]).find((q) => q.x === p.x)?.y ?? 0), 0);
            // The published parts are rounded: FY2020's add up to 25.6万t against a published 25.7万t.
            expect(Math.abs(stack - p.y)).toBeLessThanOrEqual(0.01 * p.y);
          }
        } else expect(totals).toEqual([]);
        // Whatever is drawn side by side (not stacked), no drawn series is the sum of the others.
        if (!c.options.scales.y.stacked && drawn.length > 2) {
          const values = (d: (typeof drawn)[number]) => (d.data as Array<number | Point | null>).map((v) => (typeof v === 'number' ? v : (v?.y ?? 0)));
          for (const d of drawn) {
            const others = drawn.filter((o) => o !== d).map(values);
            const sums = values(d).map((_, i) => others.reduce((s, o) => s + (o[i] ?? 0), 0));
            expect(values(d).every((v, i) => Math.abs(v - sums[i]!) <= 0.5)).toBe(false);
          }
        }
      }
    });

    it('colours its series from the colour-blind-safe palette, each distinct, in declared order', () => {
      for (const c of configs) {
        if (!c) continue;
        c.data.datasets.forEach((d, i) => {
          const color = d.stack === 'total' ? totalColor : palette[i];
          expect(d.backgroundColor).toBe(color);
          expect(d.borderColor).toBe(color);
        });
        expect(new Set(c.data.datasets.map((d) => d.backgroundColor)).size).toBe(c.data.datasets.length);
      }
    });

    it('has an HTML legend that wraps (never one drawn on the canvas), one entry per series when there are several', () => {
      for (const c of configs) {
        if (!c) continue;
        expect(c.options.plugins.legend.display).toBe(false);
        const legend = chartLegend(c);
        if (c.data.datasets.length > 1) expect(legend).toEqual(c.data.datasets.map((d) => ({ label: d.label, color: d.backgroundColor })));
        else expect(legend).toEqual([]);
      }
    });

    it('starts the value axis at zero and names its unit without a literal translation', () => {
      for (const c of configs) {
        if (!c) continue;
        expect(c.options.scales.y.beginAtZero).toBe(true);
        expect(JSON.stringify(c.options.scales.y)).not.toMatch(/10,000 t|100 million/);
      }
    });

    it('joins a line only across at most a year and a half without a figure', () => {
      for (const c of configs) {
        if (!c || c.type !== 'line' || m.xType !== 'period') continue;
        for (const d of c.data.datasets) expect(d.spanGaps).toBe(maxJoinYears);
      }
      expect(maxJoinYears).toBeGreaterThanOrEqual(1); // yearly figures are joined
      expect(maxJoinYears).toBeLessThan(2); // one missing year breaks the line
    });

    it('is plain JSON, so the build can write it into the page', () => {
      for (const c of configs) if (c) expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    });

    it('has a sparkline only with at least three points in time, and one group on the dashboard', () => {
      const s = sparkline(m);
      if (s) expect(m.xType === 'period' && xValues(m).length >= 3).toBe(true);
      expect(groupOf(m.id)).toBeDefined();
      expect(m.points).toContain(headline(m));
    });
  });
});

describe('the two charts that used to mislead', () => {
  const byId = (id: string) => datasets.find((m) => m.id === id)!;
  it('spaces the population years by time: 1979 is forty years before 2019', () => {
    const points = chartConfig(byId('population'), 'en')!.data.datasets[0]!.data as Point[];
    expect(points.map((p) => Math.floor(p.x))).toEqual([1979, 2019, 2024, 2025, 2025]);
    expect(points[1]!.x - points[0]!.x).toBeGreaterThan(40); // 2019-10-01 − 1979 ≈ 40.75 years
    expect(points[3]!.x - points[2]!.x).toBeLessThan(2); // 2024-01-01 → 2025-09-01 ≈ 1.67 years
  });
  it('leaves the population line open where years without a figure lie between two figures', () => {
    const line = chartConfig(byId('population'), 'ja')!.data.datasets[0]!;
    const points = line.data as Point[];
    // Chart.js breaks a line between two points further apart than spanGaps (x-axis units: years).
    expect(line.spanGaps).toBe(maxJoinYears);
    const joined = points.slice(1).map((p, i) => p.x - points[i]!.x <= maxJoinYears);
    // 1979 → 2019 (40.75 y), 2019 → 2024 (4.25 y) and 2024-01 → 2025-09 (1.67 y) open; September → November 2025 joined.
    expect(joined).toEqual([false, false, false, true]);
    // A figure standing alone between two gaps is still drawn, as a point.
    expect(line.pointRadius).toBeGreaterThan(0);
    // …and the chart's caption says why the line breaks; a chart without a gap does not.
    expect(hasOpenGaps(chartConfig(byId('population'), 'en')!)).toBe(true);
    expect(hasOpenGaps(chartConfig(byId('city-government-emissions'), 'en')!)).toBe(false);
  });
  it('stacks the city government’s emission sources instead of drawing the total as a bar beside them', () => {
    const m = byId('city-government-emissions');
    expect(totalSeries(m)).toBe('total');
    const c = chartConfig(m, 'en')!;
    expect(c.data.datasets).toHaveLength(6);
    expect(c.options.scales.x.stacked).toBe(true);
    // FY2013 in thousand t-CO2: 110 + 86 + 9 + 13 + 139 = 357, the published total 35.7万t,
    // which is the total's point.
    const [parts, [totalPoints]] = [c.data.datasets.slice(0, 5), c.data.datasets.slice(5)];
    const fy2013 = parts.map((d) => (d.data as Point[]).find((p) => p.x === 2013)!.y);
    expect(fy2013.reduce((a, b) => a + b, 0)).toBeCloseTo(357, 6);
    expect(totalPoints!.label).toBe('Total');
    expect((totalPoints!.data as Point[]).find((p) => p.x === 2013)!.y).toBe(357);
    expect(c.options.scales.y.title).toEqual({ display: true, text: 'thousand t-CO2' });
  });
  it('puts every dataset in exactly one dashboard group', () => {
    const ids = dashboardGroups.flatMap((g) => [...g.ids]);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(datasets.map((m) => m.id).sort());
  });
  it('says a chart is deserved for exactly the datasets with a shape', () => {
    expect(datasets.filter(deservesChart).map((m) => m.id).sort()).toEqual(['city-ghg-by-sector', 'city-government-emissions', 'population']);
  });
});
