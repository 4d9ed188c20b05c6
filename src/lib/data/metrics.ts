/**
 * Every metric dataset in data/metrics/, validated at build time (a bad file fails the build with
 * its file and field named), in a stable order. Prints the datasets that are past their review
 * interval once per build.
 */
import { metricSchema, type Metric } from '../../schemas/metrics';
import { validateDataDir } from './load';
import { figureFromMetric, isStale, type FigureCard } from '../metrics';
import type { KeyFigure } from '../../schemas/shared';
import type { Lang } from '../i18n';
import { todayInJapan } from '../subsidy-status';

const files = import.meta.glob<unknown>('../../../data/metrics/*.json', { eager: true, import: 'default' });

export const metrics: Metric[] = validateDataDir('data/metrics', metricSchema, files).sort((a, b) => a.id.localeCompare(b.id));

export function metric(id: string): Metric {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`No dataset "${id}" in data/metrics/`);
  return found;
}

const stale = metrics.filter((m) => isStale(m, todayInJapan()));
if (stale.length > 0) {
  console.warn(`[metrics] ${stale.length} dataset(s) past their review interval: ${stale.map((m) => `${m.id} (as of ${m.asOf}, review every ${m.reviewEveryMonths} months)`).join('; ')}`);
}

/** A page's key figure as a card: figures that refer to a dataset are looked up in data/metrics/. */
export function figureCard(f: KeyFigure, lang: Lang): FigureCard {
  return 'metric' in f ? figureFromMetric(metric(f.metric), f, lang) : f;
}
