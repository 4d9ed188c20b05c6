/**
 * A dataset point written inside a sentence (`<Fig metric="consultations" x="2024-09" />`): its value
 * with bound and unit in the page's language, its as-of date in words when asked, and its
 * reliability, which the component shows as a mark beside the figure. The number goes through
 * figureValue (the one formatter), unit and bound included: 21件, 21 consultations, 約17万世帯.
 */
import type { Metric } from '../schemas/metrics';
import { figureValue } from './figures';
import { t, type Lang } from './i18n';
import { figureFromMetric, formatPeriod } from './metrics';

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
  const text = figureValue(card, lang);
  return {
    text,
    asOf: ref.asOf ? t(lang, 'figure.asOf', { date: formatPeriod(card.asOf, lang) }) : undefined,
    reliability: card.reliability,
  };
}
