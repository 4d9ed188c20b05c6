/**
 * Open-data files: every metric dataset and the emission-factor table as JSON and as CSV
 * (UTF-8 with BOM), plus a catalogue. The files hold exactly the validated data.
 */
import { metrics } from './metrics';
import { emissionFactors } from './emission-factors';
import { openDataRows } from '../metrics';
import { recordsCsv } from '../csv';

export const licence = {
  /** Facts and figures are public information; we publish our compilation under CC BY 4.0. */
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export function emissionFactorRows() {
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
    source_title: f.sources[0]!.title,
    source_url: f.sources[0]!.url,
  }));
}

export const emissionFactorsCsv = () => recordsCsv(emissionFactorRows());

export function catalog() {
  return {
    licence,
    datasets: [
      ...metrics.map((m) => ({
        id: m.id,
        title: m.title,
        description: m.description,
        unit: m.unit,
        asOf: m.asOf,
        updated: m.updated,
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
        sources: emissionFactors.factors.flatMap((f) => f.sources).filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i),
      },
    ],
  };
}

export const metricCsv = (id: string) => recordsCsv(openDataRows(metrics.find((m) => m.id === id)!));
