/**
 * Open data: every metric dataset and the emission-factor table as JSON and as CSV (UTF-8 with
 * BOM), a catalogue, the "cite this" line and the embed snippet of a dataset page. The files hold
 * exactly the validated data, one flat row per value.
 */
import type { EmissionFactors } from '../../schemas/emission-factors';
import type { Metric } from '../../schemas/metrics';
import { recordsCsv } from '../format/csv';
import { formatDate } from '../dates';
import type { Lang } from '../i18n';
import { pointSource } from './series';
import { defined } from '../defined';

export const licence = {
  /** Facts and figures are public information; we publish our compilation under CC BY 4.0. */
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * A period in one format for tables: its first day (`1979` → 1979-01-01, `2024-09` → 2024-09-01,
 * `FY2024` → 2024-04-01) and, in a column of its own, how precise the source is, so that a year is
 * not read as 1 January. `periodFromColumns` turns the two back into the period as written.
 */
export function periodColumns(x: string): { period: string; period_precision: 'year' | 'month' | 'day' | 'fiscal_year' } {
  const fy = x.match(/^FY(\d{4})$/);
  if (fy) return { period: `${fy[1]}-04-01`, period_precision: 'fiscal_year' };
  if (x.length === 4) return { period: `${x}-01-01`, period_precision: 'year' };
  if (x.length === 7) return { period: `${x}-01`, period_precision: 'month' };
  return { period: x, period_precision: 'day' };
}

/** The period as the dataset writes it, from the two open-data columns. */
export function periodFromColumns(period: string, precision: string): string {
  if (precision === 'fiscal_year') return `FY${period.slice(0, 4)}`;
  return precision === 'year' ? period.slice(0, 4) : precision === 'month' ? period.slice(0, 7) : period;
}

/**
 * One flat row per value, the shape of the open-data CSV: a period dataset has `period` and
 * `period_precision` (see periodColumns), a category dataset `category`.
 */
export function openDataRows(m: Metric) {
  return m.points.map((p) => ({
    dataset: m.id,
    ...(m.xType === 'period' ? periodColumns(p.x) : { category: p.x }),
    series: p.series ?? '',
    value: p.value,
    bound: p.bound,
    unit_ja: m.unit.ja,
    unit_en: m.unit.en,
    reliability: p.reliability,
    source_title: pointSource(m, p).title,
    source_url: pointSource(m, p).url ?? '',
    note_ja: p.note?.ja ?? '',
    note_en: p.note?.en ?? '',
  }));
}

function emissionFactorRows(emissionFactors: EmissionFactors) {
  return emissionFactors.factors.map((f) => ({
    id: f.id,
    kind: f.kind,
    scope: f.scope,
    name_ja: f.name.ja,
    name_en: f.name.en,
    factor_t_co2_per_unit: f.factor,
    unit: f.unit,
    applies_to_ja: f.appliesTo.ja,
    applies_to_en: f.appliesTo.en,
    valid_from: f.validFrom,
    status: f.status,
    use: f.use,
    source_title: defined(f.sources[0], `a source of emission factor ${f.id}`).title,
    source_url: defined(f.sources[0], `a source of emission factor ${f.id}`).url ?? '',
  }));
}

export const emissionFactorsCsv = (table: EmissionFactors) => recordsCsv(emissionFactorRows(table));

/** The open-data catalogue of every dataset and the emission-factor table. */
export function catalog(metrics: Metric[], emissionFactors: EmissionFactors) {
  return {
    licence,
    datasets: [
      ...metrics.map((m) => ({
        id: m.id,
        title: m.title,
        description: m.description,
        unit: m.unit,
        asOf: m.asOf,
        updated: m.lastChecked.date,
        json: `/data/${m.id}.json`,
        csv: `/data/${m.id}.csv`,
        sources: m.sources,
      })),
      {
        id: 'emission-factors',
        title: emissionFactors.title,
        description: emissionFactors.description,
        unit: { ja: 't-CO2/単位', en: 't-CO2 per unit' },
        asOf: emissionFactors.asOf,
        updated: emissionFactors.updated,
        json: '/data/emission-factors.json',
        csv: '/data/emission-factors.csv',
        sources: emissionFactors.factors.flatMap((f) => f.sources).filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i),
      },
    ],
  };
}

export const metricCsv = (m: Metric) => recordsCsv(openDataRows(m));

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
