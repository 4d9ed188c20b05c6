/**
 * The calculator's "how it was worked out" line, written by formulaLine for a reader in each
 * language: worked examples on the official factors, with the arithmetic beside each expected line.
 */
import { describe, expect, it } from 'vitest';
import table from '../../data/emission-factors.json';
import { emissionFactorsSchema } from '../../src/schemas/emission-factors';
import { computeCo2, formulaLine, type Co2Param } from '../../src/lib/calculators/co2';

const factors = emissionFactorsSchema.parse(table).factors;
const lineOf = (param: Co2Param, amount: string, electricityFactor?: string) => {
  const result = computeCo2({ [param]: amount }, electricityFactor, factors);
  if (!result.ok) throw new Error(`unexpected errors ${JSON.stringify(result.errors)}`);
  return result.lines.find((l) => l.param === param)!;
};

describe('the formula line of the CO2 calculator', () => {
  it('converts litres to kilolitres first and names the fuel, in Japanese brackets', () => {
    // 2,000 L ÷ 1,000 = 2 kL; 2 kL × 2.5 t-CO2/kL = 5 t-CO2
    expect(formulaLine(lineOf('kerosene', '2000'), 'ja')).toBe('2,000 L ÷ 1,000 = 2 kL × 2.5 t-CO2/kL = 5 t-CO2（灯油）');
  });

  it('writes the same line in English with ASCII brackets after a space', () => {
    expect(formulaLine(lineOf('kerosene', '2000'), 'en')).toBe('2,000 L ÷ 1,000 = 2 kL × 2.5 t-CO2/kL = 5 t-CO2 (Kerosene)');
  });

  it('has no conversion step for electricity, which the factor counts per kWh', () => {
    // 100,000 kWh × 0.000416 t-CO2/kWh = 41.6 t-CO2
    expect(formulaLine(lineOf('electricity', '100000'), 'ja')).toBe('100,000 kWh × 0.000416 t-CO2/kWh = 41.6 t-CO2（代替値）');
    // 100,000 kWh × 0.000472 = 47.2 t-CO2 on Kyushu Electric menu B
    expect(formulaLine(lineOf('electricity', '100000', 'kyushu-electric-menu-b'), 'en')).toBe(
      '100,000 kWh × 0.000472 t-CO2/kWh = 47.2 t-CO2 (Kyushu Electric Power menu B (residual))',
    );
  });

  it('writes thousand cubic metres as each language does, keeping brackets inside the name', () => {
    // 1,500 m³ ÷ 1,000 = 1.5 千m³; 1.5 × 2.05 = 3.075 t-CO2
    expect(formulaLine(lineOf('city_gas', '1500'), 'ja')).toBe('1,500 m³ ÷ 1,000 = 1.5 千m³ × 2.05 t-CO2/千m³ = 3.075 t-CO2（都市ガス（代替値））');
    expect(formulaLine(lineOf('city_gas', '1500'), 'en')).toBe(
      '1,500 m³ ÷ 1,000 = 1.5 thousand m³ × 2.05 t-CO2/thousand m³ = 3.075 t-CO2 (City gas (default factor))',
    );
  });

  it('rounds to six decimals, not to the float noise of the product', () => {
    // 3 kg ÷ 1,000 = 0.003 t; 0.003 × 2.99 = 0.00897 t-CO2
    expect(formulaLine(lineOf('lpg', '3'), 'en')).toBe('3 kg ÷ 1,000 = 0.003 t × 2.99 t-CO2/t = 0.00897 t-CO2 (LPG (liquefied petroleum gas))');
    // 0 L: every figure zero, the line still written
    expect(formulaLine(lineOf('diesel', '0'), 'ja')).toBe('0 L ÷ 1,000 = 0 kL × 2.62 t-CO2/kL = 0 t-CO2（軽油）');
  });
});
