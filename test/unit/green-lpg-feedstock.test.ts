import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { co2PerPropane, computeGreenLpg, h2PerPropane, industryGoalTonnes, maxPropaneTonnes, molarMass } from '../../src/lib/calculators/green-lpg';
import { parseAmount } from '../../src/lib/calculators/parse-amount';
import { typedAmount, writtenAmount } from '../support/number-like';

const LPG = 2.99; // t-CO2 per t, the official factor in data/emission-factors.json

describe('green LP gas feedstock by stoichiometry', () => {
  it('uses the molar masses of CO2, H2 and propane', () => {
    expect(molarMass.co2).toBeCloseTo(44.009, 6); // 12.011 + 2 × 15.999
    expect(molarMass.propane).toBeCloseTo(44.097, 6); // 3 × 12.011 + 8 × 1.008
    expect(co2PerPropane).toBeCloseTo(2.994, 3); // 3 × 44.009 / 44.097 = 2.99401
    expect(h2PerPropane).toBeCloseTo(0.457, 3); // 10 × 2.016 / 44.097 = 0.45717
  });
  it('works out 1 t of propane', () => {
    const r = computeGreenLpg('1', LPG);
    if (!r.ok) throw new Error('unexpected');
    expect(r.co2Feedstock).toBeCloseTo(2.99401, 5);
    expect(r.hydrogen).toBeCloseTo(0.45717, 5);
    expect(r.fossilCo2).toBe(2.99); // 1 t × 2.99
  });
  it('works out the industry goal of 30,000 t a year', () => {
    const r = computeGreenLpg('３０，０００', LPG);
    if (!r.ok) throw new Error('unexpected');
    expect(r.propane).toBe(industryGoalTonnes);
    expect(r.co2Feedstock).toBeCloseTo(89_820.4, 0); // 30,000 × 2.99401
    expect(r.hydrogen).toBeCloseTo(13_715.2, 0); // 30,000 × 0.45717
    expect(r.fossilCo2).toBeCloseTo(89_700, 6); // 30,000 × 2.99
  });
  it('gives zero for an empty field and errors for bad input', () => {
    expect(computeGreenLpg('', LPG)).toEqual({ ok: true, propane: 0, co2Feedstock: 0, hydrogen: 0, fossilCo2: 0 });
    expect(computeGreenLpg('-1', LPG)).toEqual({ ok: false, error: 'negative' });
    expect(computeGreenLpg('lots', LPG)).toEqual({ ok: false, error: 'not_a_number' });
    expect(computeGreenLpg('1000000000', LPG)).toEqual({ ok: false, error: 'too_large' });
  });
  it('never yields NaN or Infinity for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = computeGreenLpg(s, LPG);
        if (r.ok) for (const v of [r.co2Feedstock, r.hydrogen, r.fossilCo2]) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('refuses number-like input with the parser\'s reason, and otherwise never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(typedAmount(maxPropaneTonnes), (s) => {
        const r = computeGreenLpg(s, LPG);
        const parsed = parseAmount(s, maxPropaneTonnes);
        if (!parsed.ok) expect(r).toEqual({ ok: false, error: parsed.error });
        else if (r.ok) for (const v of [r.propane, r.co2Feedstock, r.hydrogen, r.fossilCo2]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        else throw new Error(`refused "${s}", which the parser reads`);
      }),
      { numRuns: 2000 },
    );
  });
  it('reads a valid amount as typed and scales every figure with it', () => {
    fc.assert(
      fc.property(writtenAmount(maxPropaneTonnes), ({ value, typed }) => {
        const r = computeGreenLpg(typed, LPG);
        if (!r.ok) throw new Error(`refused "${typed}"`);
        expect(r.propane).toBe(value);
        // propane × 2.99401 (CO2), × 0.45717 (H2), × 2.99 (the fossil factor)
        expect(r.co2Feedstock).toBeCloseTo(value * co2PerPropane, 4);
        expect(r.hydrogen).toBeCloseTo(value * h2PerPropane, 4);
        expect(r.fossilCo2).toBeCloseTo(value * LPG, 4);
      }),
      { numRuns: 1000 },
    );
  });
});
