/**
 * What the CO2 calculator page (Co2Calculator.astro) shows and hands to its script, shaped at build
 * in the page's language: the factors the script computes with (each with its first source only),
 * every source cited once under the factor table, each field's hint, and the UI strings the script
 * fills (error messages, field labels for the error summary, energy names for the CSV download).
 * Build-time only: it reads the UI strings (src/i18n/), which the script must not bundle; the script
 * imports its types alone.
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { uiStrings, type Lang, type UiKey, type UiStrings } from '../i18n';
import { co2CsvHeadKeys, co2CsvTotalKey, co2Params, type Co2Param } from './co2';
import { amountErrorKeys } from './parse-amount';

const co2StringKeys = [
  ...amountErrorKeys,
  'co2.error.unknown_factor',
  'co2.next.intro',
  'co2.result.invalid',
  'co2.input.electricity_factor',
  ...co2Params.map((p) => `co2.input.${p}` as const),
  ...co2Params.map((p) => `co2.item.${p}` as const),
  ...co2CsvHeadKeys,
  co2CsvTotalKey,
] as const satisfies readonly UiKey[];
export type Co2StringKey = (typeof co2StringKeys)[number];

/** Everything the script reads from `data-payload`. */
export interface Co2CalculatorPayload {
  lang: Lang;
  factors: EmissionFactor[];
  strings: UiStrings<Co2StringKey>;
}

export function co2CalculatorPayload(factors: EmissionFactor[], lang: Lang): Co2CalculatorPayload {
  return { lang, factors: factors.map((f) => ({ ...f, sources: f.sources.slice(0, 1) })), strings: uiStrings(lang, co2StringKeys) };
}

/** Every source the factors cite, each once, in the order first cited: the rows share a few lists. */
export function factorSources(factors: EmissionFactor[]): EmissionFactor['sources'] {
  return factors.flatMap((f) => f.sources).filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i);
}

/** The hint under a field: electricity, city gas and LPG have their own, the liquid fuels share one. */
export function co2HintKey(p: Co2Param): UiKey {
  if (p === 'electricity' || p === 'city_gas' || p === 'lpg') return `co2.hint.${p}`;
  return 'co2.hint.liquid';
}
