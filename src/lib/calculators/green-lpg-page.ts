/**
 * What the green LP gas estimator page (GreenLpgEstimator.astro) hands to its script, shaped at
 * build in the page's language: the fossil LPG factor and the UI strings the script fills.
 * Build-time only (it reads src/i18n/); the script imports its types alone.
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { uiStrings, type Lang, type UiStrings } from '../i18n';
import { amountErrorKeys } from './parse-amount';

const greenLpgStringKeys = [
  ...amountErrorKeys,
  'co2.result.invalid',
  'lpg.input.propane',
] as const;
export type GreenLpgStringKey = (typeof greenLpgStringKeys)[number];

/** Everything the script reads from `data-payload`. */
export interface GreenLpgPayload {
  /** The page's language: results are grouped as it groups numbers. */
  lang: Lang;
  /** t-CO2 per t of fossil LPG burnt (the official factor, id `lpg`). */
  lpgFactor: number;
  strings: UiStrings<GreenLpgStringKey>;
}

/** The official LPG fuel factor (id `lpg`); a table without it fails the build. */
export function lpgFuelFactor(factors: EmissionFactor[]): EmissionFactor {
  const lpg = factors.find((f) => f.id === 'lpg');
  if (!lpg) throw new Error('data/emission-factors.json has no factor "lpg", which the green LP gas estimator compares with');
  return lpg;
}

export function greenLpgPayload(factors: EmissionFactor[], lang: Lang): GreenLpgPayload {
  return { lang, lpgFactor: lpgFuelFactor(factors).factor, strings: uiStrings(lang, greenLpgStringKeys) };
}
