/**
 * Pure shaping of metric datasets: periods in words, tables, staleness, progress to a target and
 * open-data rows. No Chart.js and no DOM here.
 */
import type { Metric } from '../schemas/metrics';
import { formatDate, formatFiscalYear } from './format';
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

export interface MetricTable {
  /** Header of the first column, then one per series. */
  columns: string[];
  rows: Array<{ x: string; label: string; cells: Array<{ text: string; value: number | null; reliability?: string; note?: string }> }>;
}

/** The data table shown beside every chart: one row per x, one column per series. */
export function metricTable(m: Metric, lang: Lang, firstColumn: string): MetricTable {
  const keys = seriesKeys(m);
  const unit = m.unit[lang];
  return {
    columns: [firstColumn, ...keys.map((k) => (k === '' ? unit : `${m.series![k]![lang]} (${unit})`))],
    rows: xValues(m).map((x) => ({
      x,
      label: xLabel(m, x, lang),
      cells: keys.map((k) => {
        const p = m.points.find((q) => q.x === x && (q.series ?? '') === k);
        return p
          ? { text: figureValue({ value: p.value, unit, bound: p.bound }, lang), value: p.value, reliability: p.reliability, note: p.note?.[lang] }
          : { text: '–', value: null };
      }),
    })),
  };
}

/** True when the dataset's as-of date is older than its review interval. */
export function isStale(m: Pick<Metric, 'asOf' | 'reviewEveryMonths'>, today: string): boolean {
  const fy = m.asOf.match(/^FY(\d{4})$/);
  const [y, mo = 12, d = 28] = (fy ? `${Number(fy[1]) + 1}-03` : m.asOf).split('-').map(Number);
  const due = new Date(Date.UTC(y!, mo - 1 + m.reviewEveryMonths, d));
  return due.toISOString().slice(0, 10) < today;
}

/**
 * Share of the way from baseline to target reached by the latest value of the target's series,
 * from 0 (at baseline) to 1 (target met); undefined without a target or a value after the baseline.
 */
export function targetProgress(m: Metric): { latest: { x: string; value: number }; share: number } | undefined {
  const t = m.target;
  if (!t) return undefined;
  const points = m.points.filter((p) => (p.series ?? undefined) === t.series && periodKey(p.x) > periodKey(t.baseline.x));
  const latest = points.sort((a, b) => periodKey(a.x).localeCompare(periodKey(b.x))).at(-1);
  if (!latest) return undefined;
  const span = t.value - t.baseline.value;
  if (span === 0) return undefined;
  const share = Math.min(1, Math.max(0, (latest.value - t.baseline.value) / span));
  return { latest: { x: latest.x, value: latest.value }, share };
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

/** CSV text with a UTF-8 BOM (so that Excel opens Japanese correctly) and CRLF line ends. */
export function toCsv(rows: Array<Record<string, string | number>>): string {
  if (rows.length === 0) return '\uFEFF';
  const head = Object.keys(rows[0]!);
  const cell = (v: unknown) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `\uFEFF${[head.join(','), ...rows.map((r) => head.map((h) => cell(r[h])).join(','))].join('\r\n')}\r\n`;
}

/** One sentence that says what the chart shows, for its text alternative. */
export function chartSummary(m: Metric, lang: Lang): string {
  const table = metricTable(m, lang, '');
  const parts = table.rows.map((r) => `${r.label}: ${r.cells.map((c, i) => (table.columns.length > 2 ? `${table.columns[i + 1]} ${c.text}` : `${c.text} ${m.unit[lang]}`)).join(', ')}`);
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
