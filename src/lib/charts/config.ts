/**
 * Pure Chart.js configuration for a metric dataset. Plain JSON (no functions), so that it can be
 * written into the page at build time and handed to Chart.js in the browser as is.
 * Colours: the Okabe–Ito palette, distinguishable with the common forms of colour blindness;
 * text and grid colours are set in the browser from the page's theme (light or dark).
 */
import type { Metric } from '../../schemas/metrics';
import type { Lang } from '../i18n';
import { seriesKeys, xLabel, xValues } from '../metrics';

export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

export interface ChartJson {
  type: 'bar' | 'line';
  data: { labels: string[]; datasets: Array<{ label: string; data: Array<number | null>; backgroundColor: string; borderColor: string }> };
  options: Record<string, unknown>;
}

export function chartConfig(m: Metric, lang: Lang): ChartJson | undefined {
  if (m.chart === 'none') return undefined;
  const xs = xValues(m);
  const keys = seriesKeys(m);
  return {
    type: m.chart,
    data: {
      labels: xs.map((x) => xLabel(m, x, lang)),
      datasets: keys.map((k, i) => ({
        label: k === '' ? m.title[lang] : m.series![k]![lang],
        data: xs.map((x) => m.points.find((p) => p.x === x && (p.series ?? '') === k)?.value ?? null),
        backgroundColor: palette[i % palette.length]!,
        borderColor: palette[i % palette.length]!,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: keys.length > 1 } },
      scales: { y: { beginAtZero: true, title: { display: true, text: m.unit[lang] } } },
    },
  };
}
