/**
 * Feedstock for green LP gas made by direct synthesis, 3 CO2 + 10 H2 → C3H8 + 6 H2O, and the
 * combustion CO2 of the same amount of fossil LPG on the official factor (data/emission-factors.json,
 * id `lpg`, 2.99 t-CO2/t). Stoichiometry with standard atomic weights C 12.011, H 1.008, O 15.999
 * (derived in shared/facts/emission-factors.md §9: 2.994 kg CO2 and 0.457 kg H2 per kg propane).
 * There is no official reporting rule for synthetic LPG yet; the page says so.
 */
import { parseAmount, type AmountError } from './parse-amount';

const C = 12.011;
const H = 1.008;
const O = 15.999;
export const molarMass = {
  co2: C + 2 * O, // 44.009
  h2: 2 * H, // 2.016
  propane: 3 * C + 8 * H, // 44.097
};

/** t of CO2 taken up per t of propane: 3 × 44.009 / 44.097. */
export const co2PerPropane = (3 * molarMass.co2) / molarMass.propane;
/** t of H2 taken up per t of propane: 10 × 2.016 / 44.097. */
export const h2PerPropane = (10 * molarMass.h2) / molarMass.propane;

/** The industry's goal for the first half of the 2030s, about 30,000 t per year (preset). */
export const industryGoalTonnes = 30_000;

/** Largest plausible yearly production: Japan's whole LPG demand is far below this. */
export const maxPropaneTonnes = 1e8;

export type GreenLpgResult =
  | { ok: true; propane: number; co2Feedstock: number; hydrogen: number; fossilCo2: number }
  | { ok: false; error: AmountError };

/** From a typed yearly amount of propane (t), the feedstock and the fossil comparison. */
export function computeGreenLpg(raw: string, lpgFactor: number): GreenLpgResult {
  const parsed = parseAmount(raw, maxPropaneTonnes);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const propane = parsed.value;
  return { ok: true, propane, co2Feedstock: propane * co2PerPropane, hydrogen: propane * h2PerPropane, fossilCo2: propane * lpgFactor };
}
