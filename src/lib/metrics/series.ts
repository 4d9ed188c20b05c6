/**
 * Metrics: the pure shaping of the datasets of data/metrics/ (read through
 * src/lib/content/queries.ts, validated by their schema before and during the build) for readers:
 * their series in time order (this file), the table beside every chart (table.ts), a point as a key
 * figure or an inline figure (figures.ts), the dashboard groups (dashboard.ts), Chart.js options
 * (chart-config.ts) and the open-data files (open-data.ts). Datasets due for a check are listed by
 * the content check (src/lib/content/check/site.ts), not here.
 *
 * A dataset's values in order: x values by time (or as first seen for categories), its series, the
 * series that totals the others, the headline figure a card leads with, a sparkline.
 * Pure: no Chart.js and no DOM.
 */
import type { Metric } from '../../schemas/metrics';
import { defined } from '../defined';
import type { Lang } from '../i18n';

/** Sort key of a period: FY2024 starts on 2024-04. */
function periodKey(x: string): string {
  const fy = x.match(/^FY(\d{4})$/);
  return fy ? `${fy[1]}-04` : x;
}

/** The x values in order: periods by time, categories as first seen. */
export function xValues(m: Metric): string[] {
  const xs = [...new Set(m.points.map((p) => p.x))];
  return m.xType === 'period' ? xs.sort((a, b) => periodKey(a).localeCompare(periodKey(b))) : xs;
}

/** Series keys in declared order (a single unnamed series is ''). */
export function seriesKeys(m: Metric): string[] {
  return m.series ? Object.keys(m.series) : [''];
}

/** A series' name in `lang` (the key itself for the unnamed series or an undeclared key). */
export function seriesLabel(m: Metric, key: string, lang: Lang): string {
  return m.series?.[key]?.[lang] ?? key;
}

/** The source a point cites (an index into the dataset's sources, checked by the schema). */
export function pointSource(m: Metric, point: { source: number }): Metric['sources'][number] {
  return defined(m.sources[point.source], `source ${point.source} of dataset ${m.id}`);
}

/** The series a card and a sparkline lead with: the total, else the first. */
const leadSeries = (m: Metric) => totalSeries(m) ?? seriesKeys(m)[0] ?? '';

/**
 * Where a period sits on a proportional time axis, in years: FY2024 → 2024, 2024-05 → 2024.33,
 * 2019-10-01 → 2019.75. A fiscal year is placed at its number, as people label it.
 */
export function xPosition(x: string): number {
  const fy = x.match(/^FY(\d{4})$/);
  if (fy) return Number(fy[1]);
  const [y = 0, mo = 1, d = 1] = x.split('-').map(Number);
  return Number((y + (mo - 1) / 12 + (d - 1) / 365).toFixed(4));
}

/**
 * The series that is the total of the others (the city government's emissions: total, offices,
 * plants …): at every x where it has a value, the parts add up to it within the rounding of
 * published figures (half a unit of the last digit per part). Undefined when there is none.
 */
export function totalSeries(m: Metric): string | undefined {
  const keys = seriesKeys(m);
  if (keys.length < 3) return undefined;
  const value = (x: string, k: string) => m.points.find((p) => p.x === x && (p.series ?? '') === k)?.value;
  const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;
  return keys.find((total) => {
    const parts = keys.filter((k) => k !== total);
    const xs = xValues(m).filter((x) => value(x, total) !== undefined);
    return xs.length > 0 && xs.every((x) => {
      const values = parts.map((k) => value(x, k)).filter((v) => v !== undefined);
      const whole = value(x, total);
      if (values.length < parts.length || whole === undefined) return false;
      const sum = values.reduce((a, b) => a + b, 0);
      const tolerance = values.reduce((t, v) => t + 0.5 * 10 ** -decimals(v), 0) + 0.5 * 10 ** -decimals(whole);
      return Math.abs(sum - whole) <= tolerance + 1e-9;
    });
  });
}

/**
 * The one figure a dashboard card leads with: the latest value of the total (or of the first
 * series) for a time series; the first category of the first series otherwise.
 */
export function headline(m: Metric): Metric['points'][number] {
  const key = leadSeries(m);
  const points = m.points.filter((p) => (p.series ?? '') === key);
  const sorted = m.xType === 'category' ? points : points.sort((a, b) => xPosition(b.x) - xPosition(a.x));
  return defined(sorted[0], `a point of series "${key}" in dataset ${m.id}`);
}

/**
 * A sparkline as an SVG path in a `width` × `height` box, for the headline series of a time series
 * with at least three points (fewer say nothing a number does not). Time is proportional; the
 * value axis starts at zero, so a small change looks small.
 */
export function sparkline(m: Metric, width = 120, height = 32): string | undefined {
  if (m.xType !== 'period') return undefined;
  const key = leadSeries(m);
  const points = m.points.filter((p) => (p.series ?? '') === key).sort((a, b) => xPosition(a.x) - xPosition(b.x));
  const [first, last] = [points[0], points.at(-1)];
  if (points.length < 3 || !first || !last) return undefined;
  const x0 = xPosition(first.x);
  const span = xPosition(last.x) - x0 || 1;
  const max = Math.max(...points.map((p) => p.value)) || 1;
  const round = (v: number) => Math.round(v * 10) / 10;
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(((xPosition(p.x) - x0) / span) * (width - 4) + 2)} ${round(height - 2 - (p.value / max) * (height - 4))}`)
    .join(' ');
}
