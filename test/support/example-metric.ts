/** A small valid dataset for unit tests, parsed with the real schema; `extra` sets what a test is about. */
import { metricSchema, type Metric } from '../../src/schemas/metrics';

const base = {
  id: 'example',
  title: { ja: '例', en: 'Example' },
  description: { ja: '説明', en: 'Description' },
  audience: 'public',
  chart: 'none',
  xType: 'period',
  sources: ['ktq-gx-home'],
  asOf: '2024-09',
  reviewEveryMonths: 12,
  updated: '2026-11-28',
};

/** The raw file content, for tests of what the schema refuses. */
export const exampleMetricInput = (extra: Record<string, unknown>) => ({ ...base, ...extra });

export const exampleMetric = (extra: Record<string, unknown>): Metric => metricSchema.parse(exampleMetricInput(extra));
