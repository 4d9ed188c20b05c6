/**
 * The data table shown beside every chart, and the sentence that is the chart's text alternative:
 * one row per x, one column per series, each cell with its unit and reliability.
 */
import type { Metric } from '../../schemas/metrics';
import type { Reliability } from '../../schemas/shared';
import { formatAmount, parseUnit } from '../format/amounts';
import { formatPeriod } from '../dates';
import type { Lang } from '../i18n';
import { seriesKeys, seriesLabel, xValues } from './series';

/** An x value in words: a period, or a category key by its label. */
export function xLabel(m: Metric, x: string, lang: Lang): string {
  return m.xType === 'category' ? (m.categories?.[x]?.[lang] ?? x) : formatPeriod(x, lang);
}

interface MetricCell {
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
    columns: [firstColumn, ...keys.map((k) => (k === '' ? valueColumn : seriesLabel(m, k, lang)))],
    rows: xValues(m).map((x) => ({
      x,
      label: xLabel(m, x, lang),
      cells: keys.map((k) => {
        const p = m.points.find((q) => q.x === x && (q.series ?? '') === k);
        if (!p) return { text: '–', value: null };
        const figure = { value: p.value, unit, bound: p.bound };
        return {
          text: formatAmount(figure, lang, { exact: true }),
          ...(addReading ? { reading: formatAmount(figure, lang) } : {}),
          value: p.value,
          reliability: p.reliability,
          note: p.note?.[lang],
        };
      }),
    })),
  };
}

/** One sentence that says what the chart shows, for its text alternative. */
export function chartSummary(m: Metric, lang: Lang): string {
  const table = metricTable(m, lang, '');
  const parts = table.rows.map((r) => `${r.label}: ${r.cells.map((c, i) => (table.columns.length > 2 ? `${table.columns[i + 1]} ${c.text}` : c.text)).join(', ')}`);
  return `${m.title[lang]}. ${parts.join(lang === 'ja' ? '。' : '; ')}`;
}
