/**
 * Pure Chart.js configuration for a metric dataset. Plain JSON (no functions), so that it can be
 * written into the page at build time and handed to Chart.js in the browser as is.
 * Rules that keep a chart honest (each is tested for every dataset in test/unit/charts-do-not-mislead):
 * - time on a proportional linear axis: a year or fiscal year is placed by its value, so gaps show;
 * - a series that is the total of the others is never drawn beside them: the parts are stacked and
 *   the total is a point on top of each stack, in the text colour, on its own stack (no line: the
 *   years between two published totals are not known);
 * - colours from the Okabe–Ito palette, distinguishable with the common forms of colour blindness,
 *   series by series in the order the dataset declares them;
 * - the legend is HTML under the chart (chartLegend), not drawn on the canvas: it wraps on a phone,
 *   where Chart.js would cut a long label, and it is text for everyone;
 * - a line joins two figures in time only when they are at most `maxJoinYears` apart: a longer stretch
 *   without a figure stays a gap (Chart.js `spanGaps` as a length on the x axis, in years), so the
 *   population is not drawn straight across the forty years between 1979 and 2019;
 * - a dataset with too few points for a shape gets no chart: its figures are cards and a table.
 * Text and grid colours are set in the browser from the page's theme (light or dark).
 */
import type { Metric } from '../../schemas/metrics';
import { axisUnit } from '../format/amounts';
import { locale, t, type Lang } from '../i18n';
import { seriesKeys, seriesLabel, totalSeries, xPosition, xValues } from './series';
import { xLabel } from './table';

export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
/** The longest stretch, in years, that a line is drawn across: yearly figures join, a missing year breaks the line. */
export const maxJoinYears = 1.5;

/** The total's colour: the page's text colour, in the legend (CSS) and on the canvas (set by metric-chart.ts). */
export const totalColor = 'currentColor';

export interface ChartJson {
  type: 'bar' | 'line';
  data: {
    labels?: string[];
    datasets: Array<{
      label: string;
      data: Array<number | null> | Array<{ x: number; y: number }>;
      backgroundColor: string;
      borderColor: string;
      /** The total: points only, on a stack of its own, coloured in the browser with the text colour. */
      type?: 'line';
      stack?: 'total';
      showLine?: false;
      pointStyle?: 'rectRot';
      order?: number;
      /** A line's longest joined stretch on the x axis (years); longer gaps are left open. */
      spanGaps?: number;
      /** Points drawn large enough to be seen where a figure stands alone between two gaps. */
      pointRadius?: number;
    }>;
  };
  options: Record<string, unknown> & {
    locale: string;
    scales: { x: Record<string, unknown>; y: Record<string, unknown> };
    plugins: { legend: { display: boolean } };
  };
}

/** Whether a chart says more than the numbers: several periods in time, or several categories. */
export function deservesChart(m: Metric): boolean {
  if (m.chart === 'none') return false;
  return xValues(m).length >= (m.xType === 'period' ? 3 : 2);
}

export function chartConfig(m: Metric, lang: Lang): ChartJson | undefined {
  if (!deservesChart(m)) return undefined;
  const xs = xValues(m);
  const total = totalSeries(m);
  const keys = seriesKeys(m).filter((k) => k !== total);
  const stacked = total !== undefined;
  const axis = axisUnit(m.unit[lang], m.points.map((p) => p.value), lang);
  const y = (v: number) => Number((v * axis.factor).toPrecision(12));
  const value = (x: string, k: string) => m.points.find((p) => p.x === x && (p.series ?? '') === k)?.value;
  const time = m.xType === 'period';
  const fiscal = xs.every((x) => x.startsWith('FY'));
  const series = (k: string, color: string) => ({
    label: k === '' ? m.title[lang] : seriesLabel(m, k, lang),
    data: time
      ? xs.flatMap((x) => {
          const v = value(x, k);
          return v === undefined ? [] : [{ x: xPosition(x), y: y(v) }];
        })
      : xs.map((x) => {
          const v = value(x, k);
          return v === undefined ? null : y(v);
        }),
    backgroundColor: color,
    borderColor: color,
    ...(time && m.chart === 'line' ? { spanGaps: maxJoinYears, pointRadius: 4 } : {}),
  });
  const totalPoints = total === undefined ? [] : [{ ...series(total, totalColor), type: 'line' as const, stack: 'total' as const, showLine: false as const, pointRadius: 5, pointStyle: 'rectRot' as const, order: -1 }];

  return {
    type: m.chart === 'line' ? 'line' : 'bar',
    data: {
      ...(time ? {} : { labels: xs.map((x) => xLabel(m, x, lang)) }),
      datasets: [...keys.map((k, i) => series(k, palette[i % palette.length] ?? totalColor)), ...totalPoints],
    },
    options: {
      locale: locale(lang),
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
      },
      scales: {
        x: time
          ? {
              type: 'linear',
              offset: m.chart !== 'line',
              stacked,
              // Whole years only, written without grouping (2024, not 2,024).
              ticks: { precision: 0, autoSkip: true, autoSkipPadding: 12, maxRotation: 0, format: { useGrouping: false } },
              title: { display: true, text: t(lang, fiscal ? 'metric.axis.fiscalYear' : 'metric.axis.year') },
            }
          : { type: 'category', stacked },
        y: { type: 'linear', beginAtZero: true, stacked, title: { display: true, text: axis.label } },
      },
    },
  };
}

/** Whether a line is left open somewhere: two figures further apart in time than `maxJoinYears`. */
export function hasOpenGaps(config: ChartJson): boolean {
  return config.data.datasets.some((d) => {
    if (d.spanGaps === undefined) return false;
    const xs = d.data.flatMap((p) => (p !== null && typeof p === 'object' ? [p.x] : []));
    return xs.slice(1).some((x, i) => x - (xs[i] ?? x) > maxJoinYears);
  });
}

/** The legend shown as HTML under a chart with several series: each series' label and colour. */
export function chartLegend(config: ChartJson): Array<{ label: string; color: string }> {
  return config.data.datasets.length > 1 ? config.data.datasets.map((d) => ({ label: d.label, color: d.backgroundColor })) : [];
}

/** The palette's colour at `i`, wrapping around: one place that picks a series' colour. */
export const chartColor = (i: number): string => palette[i % palette.length] ?? '#0072B2';

/** A chart of parts stacked per category (months, for the CO2 workbook), each part in a colour of the palette. */
export interface StackedBars {
  labels: string[];
  /** One per part; `null` where a category has no value (no bar rather than a bar of zero). */
  series: Array<{ label: string; color: string; values: Array<number | null> }>;
  /** The value axis' unit, e.g. `t-CO2`. */
  yTitle: string;
}

/**
 * Bars stacked per category under the same rules as the datasets' charts: the value axis starts at
 * zero and names its unit, the legend is HTML (chartLegend), colours come from the palette.
 */
export function stackedBarsConfig(chart: StackedBars, lang: Lang): ChartJson {
  return {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderColor: s.color })),
    },
    options: {
      locale: locale(lang),
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { type: 'category', stacked: true },
        y: { type: 'linear', beginAtZero: true, stacked: true, title: { display: true, text: chart.yTitle } },
      },
    },
  };
}
