/**
 * Plausible values by kind, for the mistakes that are off by a power of ten and pass every type
 * check: a cap typed in 万円 (500 for ¥5,000,000), a share typed as a fraction (0.6 for 60 %), an
 * emission factor typed in kg instead of t (0.416 for 0.000416 t-CO2 per kWh). Each bound names
 * the kind it applies to, so the message says what the number was taken to be.
 */

/** A grant cap in whole yen: every published cap is at least ¥10,000 (1万円). */
export const minCapYen = 10_000;

/**
 * The largest t-CO2 per unit any published factor reaches, by the unit it is published per, with a
 * margin: grid electricity is about 0.0004–0.0009 t per kWh; fuels are 2–3.2 t per kL, t or 千m3.
 * A factor typed in kg per unit is 1,000 times larger and lands far above.
 */
export const maxFactorPerUnit: Record<'kL' | 't' | '千m3' | 'kWh', number> = { kWh: 0.002, kL: 4, t: 4, '千m3': 4 };

export function factorOutOfRange(factor: number, unit: keyof typeof maxFactorPerUnit): string | undefined {
  const max = maxFactorPerUnit[unit];
  if (factor <= max) return undefined;
  const kg = unit === 'kWh' ? ` (written in kg? ${factor} kg is ${factor / 1000} t)` : '';
  return `${factor} t-CO2 per ${unit} is above ${max}, the most any published factor per ${unit} reaches${kg}: factors are in t-CO2 per ${unit}`;
}
