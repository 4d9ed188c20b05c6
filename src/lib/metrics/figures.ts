/**
 * A dataset point as people meet it outside the dataset's own page: as a key-figure card on a
 * project or about page (a page's `keyFigures` may refer to a point instead of typing it), and as
 * a figure inside a sentence (`:fig{metric="consultations" x="2024-09"}`, `<Fig …/>` in MDX). Label, value, unit,
 * as-of date, source and reliability all come from the dataset, so prose cannot drift from it.
 */
import type { Metric } from '../../schemas/metrics';
import type { KeyFigure } from '../../schemas/shared';
import { formatAmount } from '../format/amounts';
import { formatPeriod } from '../dates';
import { t, type Lang } from '../i18n';
import { pointSource } from './series';

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
    source: pointSource(m, point),
    reliability: point.reliability,
    note: ref.note ?? point.note?.[lang],
  };
}

/** A page's key figure as a card: figures that refer to a dataset are looked up in `datasets` (data/metrics/). */
export function figureCard(f: KeyFigure, lang: Lang, datasets: Metric[]): FigureCard {
  if (!('metric' in f)) return f;
  const m = datasets.find((d) => d.id === f.metric);
  if (!m) throw new Error(`No dataset "${f.metric}" in data/metrics/`);
  return figureFromMetric(m, f, lang);
}

export interface InlineFigure {
  /** The figure as read in a sentence: "253社", "9 people", "約170,000t-CO2". */
  text: string;
  /** "2024年9月時点" / "as of September 2024", only when asked for. */
  asOf?: string;
  reliability: Metric['points'][number]['reliability'];
}

export function inlineFigure(m: Metric, ref: { x: string; series?: string; asOf?: boolean }, lang: Lang): InlineFigure {
  const card = figureFromMetric(m, { label: m.title[lang], x: ref.x, series: ref.series }, lang);
  // figureValue writes the whole phrase, unit and bound included, as each language does:
  // 「200社以上」「約17万世帯」, "200 members or more", "about ¥170 billion".
  const text = formatAmount(card, lang);
  return {
    text,
    asOf: ref.asOf ? t(lang, 'figure.asOf', { date: formatPeriod(card.asOf, lang) }) : undefined,
    reliability: card.reliability,
  };
}
