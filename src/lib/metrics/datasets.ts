/**
 * The metric datasets of data/metrics/, the site's figures. Each file is one dataset (a title, a
 * unit, sources, points with their own source and reliability) validated with its schema at build
 * time: a bad file fails the build with its file and field named. Around it, this folder holds the
 * pure shaping of a dataset for readers: its series in time order (series.ts), the table beside
 * every chart (table.ts), a point as a key figure or an inline figure (figures.ts), the dashboard
 * groups (dashboard.ts), Chart.js options (chart-config.ts) and the open-data files (open-data.ts).
 * Datasets due for a check are listed by the content check (scripts/check-content.ts), not here.
 */
import { metricSchema, type Metric } from '../../schemas/metrics';
import { validateDataDir } from '../content/check/data-files';

const files = import.meta.glob<unknown>('../../../data/metrics/*.json', { eager: true, import: 'default' });

export const metrics: Metric[] = validateDataDir('data/metrics', metricSchema, files).sort((a, b) => a.id.localeCompare(b.id));

export function metric(id: string): Metric {
  const found = metrics.find((m) => m.id === id);
  if (!found) throw new Error(`No dataset "${id}" in data/metrics/`);
  return found;
}
