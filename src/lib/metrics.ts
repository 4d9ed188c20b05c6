/**
 * Pure shaping of metric datasets: periods in words, tables, staleness, progress to a target and
 * open-data rows. No Chart.js and no DOM here.
 */
import type { Metric } from '../schemas/metrics';
import type { Reliability } from '../schemas/shared';
import { formatDate, formatFiscalYear, parseUnit } from './format';
import { figureValue } from './figures';
import type { Lang } from './i18n';

/** A period in words: "FY2024" → "2024年度" / "FY2024"; dates at their own precision. */
export function formatPeriod(x: string, lang: Lang): string {
  const fy = x.match(/^FY(\d{4})$/);
  return fy ? formatFiscalYear(Number(fy[1]), lang) : formatDate(x, lang);
}

/** An x value in words: a period, or a category key by its label. */
export function xLabel(m: Metric, x: string, lang: Lang): string {
  return m.xType === 'category' ? (m.categories?.[x]?.[lang] ?? x) : formatPeriod(x, lang);
}

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

/**
 * Where a period sits on a proportional time axis, in years: FY2024 → 2024, 2024-05 → 2024.33,
 * 2019-10-01 → 2019.75. A fiscal year is placed at its number, as people label it.
 */
export function xPosition(x: string): number {
  const fy = x.match(/^FY(\d{4})$/);
  if (fy) return Number(fy[1]);
  const [y, mo = 1, d = 1] = x.split('-').map(Number);
  return Number((y! + (mo - 1) / 12 + (d - 1) / 365).toFixed(4));
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
      const found = parts.map((k) => value(x, k));
      if (found.some((v) => v === undefined)) return false;
      const values = found as number[];
      const sum = values.reduce((a, b) => a + b, 0);
      const tolerance = values.reduce((t, v) => t + 0.5 * 10 ** -decimals(v), 0) + 0.5 * 10 ** -decimals(value(x, total)!);
      return Math.abs(sum - value(x, total)!) <= tolerance + 1e-9;
    });
  });
}

export interface MetricCell {
  /** Every digit the source gives, with unit and bound: 35.7万t-CO2, 357,000 t-CO2. */
  text: string;
  /** The same figure rounded for reading, when the table's exact text is hard to read (47,672千円 → 約4,767万円). */
  reading?: string;
  value: number | null;
  reliability?: Reliability;
  note?: string;
}
export interface MetricTable {
  /** Header of the first column, then one per series. */
  columns: string[];
  rows: Array<{ x: string; label: string; cells: MetricCell[] }>;
}

/** The data table shown beside every chart: one row per x, one column per series; each cell with its unit. */
export function metricTable(m: Metric, lang: Lang, firstColumn: string, valueColumn = ''): MetricTable {
  const keys = seriesKeys(m);
  const unit = m.unit[lang];
  // Japanese sources write 千円 and 百万t, which readers convert in their head: give 万 and 億 beside them.
  const addReading = lang === 'ja' && [1e3, 1e6].includes(parseUnit(unit, lang).scale);
  return {
    columns: [firstColumn, ...keys.map((k) => (k === '' ? valueColumn : m.series![k]![lang]))],
    rows: xValues(m).map((x) => ({
      x,
      label: xLabel(m, x, lang),
      cells: keys.map((k) => {
        const p = m.points.find((q) => q.x === x && (q.series ?? '') === k);
        if (!p) return { text: '–', value: null };
        const figure = { value: p.value, unit, bound: p.bound };
        return {
          text: figureValue(figure, lang, { exact: true }),
          ...(addReading ? { reading: figureValue(figure, lang) } : {}),
          value: p.value,
          reliability: p.reliability,
          note: p.note?.[lang],
        };
      }),
    })),
  };
}

/** The month by which the dataset should have been checked for newer figures: as-of + review interval. */
export function reviewDue(m: Pick<Metric, 'asOf' | 'reviewEveryMonths'>): string {
  const fy = m.asOf.match(/^FY(\d{4})$/);
  const [y, mo = 12, d = 28] = (fy ? `${Number(fy[1]) + 1}-03` : m.asOf).split('-').map(Number);
  return new Date(Date.UTC(y!, mo - 1 + m.reviewEveryMonths, d)).toISOString().slice(0, 10);
}

/** True when the dataset's as-of date is older than its review interval. */
export function isStale(m: Pick<Metric, 'asOf' | 'reviewEveryMonths'>, today: string): boolean {
  return reviewDue(m) < today;
}

/**
 * The one figure a dashboard card leads with: the latest value of the total (or of the first
 * series) for a time series; the first category of the first series otherwise.
 */
export function headline(m: Metric): Metric['points'][number] {
  const key = totalSeries(m) ?? seriesKeys(m)[0]!;
  const points = m.points.filter((p) => (p.series ?? '') === key);
  if (m.xType === 'category') return points[0]!;
  return points.sort((a, b) => xPosition(a.x) - xPosition(b.x)).at(-1)!;
}

/**
 * A sparkline as an SVG path in a `width` × `height` box, for the headline series of a time series
 * with at least three points (fewer say nothing a number does not). Time is proportional; the
 * value axis starts at zero, so a small change looks small.
 */
export function sparkline(m: Metric, width = 120, height = 32): string | undefined {
  if (m.xType !== 'period') return undefined;
  const key = totalSeries(m) ?? seriesKeys(m)[0]!;
  const points = m.points.filter((p) => (p.series ?? '') === key).sort((a, b) => xPosition(a.x) - xPosition(b.x));
  if (points.length < 3) return undefined;
  const x0 = xPosition(points[0]!.x);
  const span = xPosition(points.at(-1)!.x) - x0 || 1;
  const max = Math.max(...points.map((p) => p.value)) || 1;
  const round = (v: number) => Math.round(v * 10) / 10;
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${round(((xPosition(p.x) - x0) / span) * (width - 4) + 2)} ${round(height - 2 - (p.value / max) * (height - 4))}`)
    .join(' ');
}

/** One flat row per value, the shape of the open-data CSV and JSON. */
export function openDataRows(m: Metric) {
  return m.points.map((p) => ({
    dataset: m.id,
    x: p.x,
    series: p.series ?? '',
    value: p.value,
    bound: p.bound,
    unit_ja: m.unit.ja,
    unit_en: m.unit.en,
    reliability: p.reliability,
    source_title: m.sources[p.source]!.title,
    source_url: m.sources[p.source]!.url,
    note_ja: p.note?.ja ?? '',
    note_en: p.note?.en ?? '',
  }));
}

/** One sentence that says what the chart shows, for its text alternative. */
export function chartSummary(m: Metric, lang: Lang): string {
  const table = metricTable(m, lang, '');
  const parts = table.rows.map((r) => `${r.label}: ${r.cells.map((c, i) => (table.columns.length > 2 ? `${table.columns[i + 1]} ${c.text}` : c.text)).join(', ')}`);
  return `${m.title[lang]}. ${parts.join(lang === 'ja' ? '。' : '; ')}`;
}

/** A key figure ready to show: either written out on a page or taken from a dataset. */
export interface FigureCard {
  label: string;
  value: number;
  unit: string;
  bound: 'exact' | 'lower' | 'upper' | 'approx';
  /** A date as precise as the source, or a fiscal year `FY2024` (see formatPeriod). */
  asOf: string;
  source: Metric['sources'][number];
  reliability: Metric['points'][number]['reliability'];
  note?: string;
}

/**
 * The card of a key figure that refers to one point of dataset `m`: the page's label and note,
 * everything else from the dataset. Throws (failing the build) when the dataset has no such point.
 */
export function figureFromMetric(m: Metric, ref: { label: string; x: string; series?: string; note?: string }, lang: Lang): FigureCard {
  const point = m.points.find((p) => p.x === ref.x && p.series === ref.series);
  if (!point) {
    const where = ref.series ? `x "${ref.x}", series "${ref.series}"` : `x "${ref.x}"`;
    throw new Error(`A key figure "${ref.label}" refers to ${where} of data/metrics/${m.id}.json, which has no such point`);
  }
  return {
    label: ref.label,
    value: point.value,
    unit: m.unit[lang],
    bound: point.bound,
    // A category's figure is as of the dataset's date; a period's is its own.
    asOf: m.xType === 'period' ? point.x : m.asOf,
    source: m.sources[point.source]!,
    reliability: point.reliability,
    note: ref.note ?? point.note?.[lang],
  };
}

/** The "cite this" line of a dataset page: publisher, title, URL and the date it was read. */
export function citation(m: Pick<Metric, 'title'>, lang: Lang, publisher: string, url: string, accessed: string): string {
  return lang === 'ja'
    ? `${publisher}「${m.title.ja}」${url}（${formatDate(accessed, 'ja')}閲覧）`
    : `${publisher}, “${m.title.en}”, ${url} (accessed ${formatDate(accessed, 'en')})`;
}

/** The HTML a page pastes to embed a dataset's chart and table. */
export function embedSnippet(m: Pick<Metric, 'id' | 'title'>, lang: Lang, site: string): string {
  const src = new URL(`${lang === 'en' ? '/en' : ''}/metrics/${m.id}/embed/`, site).href;
  const title = m.title[lang].replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${title}" width="100%" height="520" loading="lazy" style="border:0"></iframe>`;
}
