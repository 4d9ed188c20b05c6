/**
 * Every metric dataset in data/metrics/, validated at build time (a bad file fails the build with
 * its file and field named), in a stable order. Datasets due for a check are listed by the content
 * check (scripts/check-content.ts), not here.
 */
import { metricSchema, type Metric } from '../../schemas/metrics';
import { validateDataDir } from './load';
import { figureFromMetric, type FigureCard } from '../metrics';
import type { KeyFigure } from '../../schemas/shared';
import type { Lang } from '../i18n';

const files = import.meta.glob<unknown>('../../../data/metrics/*.json', { eager: true, import: 'default' });

export const metrics: Metric[] = validateDataDir('data/metrics', metricSchema, files).sort((a, b) => a.id.localeCompare(b.id));

export function metric(id: string): Metric {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`No dataset "${id}" in data/metrics/`);
  return found;
}


/** A page's key figure as a card: figures that refer to a dataset are looked up in data/metrics/. */
export function figureCard(f: KeyFigure, lang: Lang): FigureCard {
  return 'metric' in f ? figureFromMetric(metric(f.metric), f, lang) : f;
}
