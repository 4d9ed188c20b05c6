/**
 * Worked examples from shared/facts/emission-factors.md §8, with the arithmetic beside each value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from '../../data/emission-factors.json';
import { emissionFactorsSchema } from '../../src/schemas/emission-factors';
import { t } from '../../src/lib/i18n';
import { co2Csv, co2CsvHeadKeys, co2CsvTotalKey, co2Params, computeCo2, defaultElectricityFactor, electricityMenuGroups, formatTonnes, lineSpecs } from '../../src/lib/calculators/co2';
import { parseAmount } from '../../src/lib/calculators/parse-amount';
import { loadData } from '../../src/lib/content/check/load';
import { typedAmount, writtenAmount } from '../support/number-like';

const factors = emissionFactorsSchema.parse(table).factors;
const ok = (r: ReturnType<typeof computeCo2>) => {
  if (!r.ok) throw new Error(`unexpected errors ${JSON.stringify(r.errors)}`);
  return r;
};
const line = (r: ReturnType<typeof ok>, p: string) => r.lines.find((l) => l.param === p)!.tonnes;

describe('CO2 calculator on the official factors', () => {
  it('gives zero for an empty form, with every line present', () => {
    const r = ok(computeCo2({}, undefined, factors));
    expect(r.total).toBe(0);
    expect(r.lines.map((l) => l.param)).toEqual([...co2Params]);
    expect(r.largest).toBeUndefined();
  });

  it('electricity 100,000 kWh on the substitute factor', () => {
    // 100,000 kWh × 0.000416 t-CO2/kWh = 41.6 t
    expect(line(ok(computeCo2({ electricity: '100000' }, undefined, factors)), 'electricity')).toBeCloseTo(41.6, 9);
  });
  it('electricity 100,000 kWh on Kyushu Electric menu B and Kitakyushu Power menu C', () => {
    // 100,000 × 0.000472 = 47.2 t ; 100,000 × 0.000223 = 22.3 t
    expect(ok(computeCo2({ electricity: '100000' }, 'kyushu-electric-menu-b', factors)).total).toBeCloseTo(47.2, 9);
    expect(ok(computeCo2({ electricity: '100000' }, 'kitakyushu-power-menu-c', factors)).total).toBeCloseTo(22.3, 9);
  });
  it('a renewable menu gives zero', () => {
    // 100,000 × 0.000000 = 0 t
    expect(ok(computeCo2({ electricity: '100000' }, 'kyushu-electric-menu-a', factors)).total).toBe(0);
  });
  it('kerosene 2,000 L converts to kL first', () => {
    // 2,000 L ÷ 1,000 = 2.0 kL × 2.50 = 5.00 t
    expect(line(ok(computeCo2({ kerosene: '2,000' }, undefined, factors)), 'kerosene')).toBeCloseTo(5.0, 9);
  });
  it('heavy oil A 10,000 L', () => {
    // 10 kL × 2.75 = 27.5 t
    expect(ok(computeCo2({ heavy_oil_a: '10000' }, undefined, factors)).total).toBeCloseTo(27.5, 9);
  });
  it('LPG 500 kg converts to tonnes', () => {
    // 500 kg ÷ 1,000 = 0.5 t × 2.99 = 1.495 t
    expect(ok(computeCo2({ lpg: '500' }, undefined, factors)).total).toBeCloseTo(1.495, 9);
  });
  it('city gas 10,000 m³ converts to thousand m³', () => {
    // 10,000 m³ ÷ 1,000 = 10 千m³ × 2.05 = 20.5 t (the rounded list factor, not 20.533)
    expect(ok(computeCo2({ city_gas: '10000' }, undefined, factors)).total).toBeCloseTo(20.5, 9);
  });
  it('gasoline and diesel', () => {
    // 1,000 L gasoline = 1 kL × 2.29 = 2.29 t ; 1,000 L diesel = 1 kL × 2.62 = 2.62 t
    const r = ok(computeCo2({ gasoline: '1000', diesel: '1000' }, undefined, factors));
    expect(line(r, 'gasoline')).toBeCloseTo(2.29, 9);
    expect(line(r, 'diesel')).toBeCloseTo(2.62, 9);
    expect(r.scope1).toBeCloseTo(4.91, 9);
  });
  it('adds Scope 1 and Scope 2 into the total and finds the largest source', () => {
    // Scope 2: 100,000 × 0.000416 = 41.6 ; Scope 1: 27.5 (heavy oil A) + 1.495 (LPG) = 28.995 ; total 70.595
    const r = ok(computeCo2({ electricity: '１００，０００', heavy_oil_a: '10000', lpg: '500' }, undefined, factors));
    expect(r.scope2).toBeCloseTo(41.6, 9);
    expect(r.scope1).toBeCloseTo(28.995, 9);
    expect(r.total).toBeCloseTo(70.595, 9);
    expect(formatTonnes(r.total, 'en')).toBe('70.595');
    expect(r.largest).toBe('electricity');
  });
  it('rounds to three decimals for display only', () => {
    // 1 kWh × 0.000416 = 0.000416 t → "0.000"
    const r = ok(computeCo2({ electricity: '1' }, undefined, factors));
    expect(formatTonnes(r.total, 'ja')).toBe('0.000');
    expect(r.total).toBe(0.000416);
  });
  it('reports every invalid field and gives no total', () => {
    const r = computeCo2({ electricity: '-1', lpg: 'abc', diesel: '10' }, undefined, factors);
    expect(r).toEqual({ ok: false, errors: { electricity: 'negative', lpg: 'not_a_number' } });
  });
  it('rejects an unknown or reference-only electricity factor', () => {
    expect(computeCo2({}, 'no-such-factor', factors)).toEqual({ ok: false, errors: { electricity_factor: 'unknown_factor' } });
    expect(computeCo2({}, 'kyushu-electric-total', factors)).toEqual({ ok: false, errors: { electricity_factor: 'unknown_factor' } });
    expect(computeCo2({}, 'lpg', factors)).toEqual({ ok: false, errors: { electricity_factor: 'unknown_factor' } });
  });
  const labels = { ja: { electricity: '電気', city_gas: '都市ガス', lpg: 'LPガス', kerosene: '灯油', diesel: '軽油', gasoline: 'ガソリン', heavy_oil_a: 'A重油' }, en: { electricity: 'Electricity', city_gas: 'City gas', lpg: 'LPG', kerosene: 'Kerosene', diesel: 'Diesel', gasoline: 'Gasoline', heavy_oil_a: 'Heavy oil A' } };
  const csvWords = (lang: 'ja' | 'en') => [co2CsvHeadKeys.map((k) => t(lang, k)), t(lang, co2CsvTotalKey)] as const;
  it('writes a CSV with a BOM that Excel reads as UTF-8, rows labelled in the reader’s language', () => {
    const csv = co2Csv(ok(computeCo2({ lpg: '500' }, undefined, factors)), 'ja', labels.ja, ...csvWords('ja'));
    expect(csv.startsWith('\uFEFF項目,')).toBe(true);
    // 500 kg ÷ 1,000 = 0.5 t × 2.99 = 1.495 t
    expect(csv).toContain('LPガス,500,kg,0.5,t,2.99,1.495,1,');
    expect(csv).toContain('\r\n合計,,,,,,1.495,,\r\n');
  });
  it('writes the CSV without float noise, and English units written out', () => {
    // 120,000 kWh × 0.000416 = 49.92 t (in binary floating point 49.919999999999995)
    expect(120_000 * 0.000416).not.toBe(49.92);
    const csv = co2Csv(ok(computeCo2({ electricity: '120000', city_gas: '1000' }, undefined, factors)), 'en', labels.en, ...csvWords('en'));
    expect(csv).toContain('Electricity,120000,kWh,120000,kWh,0.000416,49.92,2,');
    // 1,000 m³ = 1 thousand m³ × 2.05 = 2.05 t
    expect(csv).toContain('City gas,1000,m³,1,thousand m³,2.05,2.05,1,');
    expect(csv).not.toMatch(/千|9999|0000001/);
  });
  it('never yields NaN or Infinity, whatever is typed in any field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...co2Params), fc.string({ maxLength: 20 })), fc.option(fc.string(), { nil: undefined }), (raw, fid) => {
        const r = computeCo2(raw, fid, factors);
        if (r.ok) {
          for (const v of [r.total, r.scope1, r.scope2, ...r.lines.map((l) => l.tonnes)]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        } else {
          expect(Object.keys(r.errors).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('reports an error on exactly the fields whose number-like input is refused, and never NaN or Infinity', () => {
    const fields = fc.record(Object.fromEntries(co2Params.map((p) => [p, typedAmount(lineSpecs[p].max)])) as Record<(typeof co2Params)[number], fc.Arbitrary<string>>, { requiredKeys: [] });
    fc.assert(
      fc.property(fields, (raw) => {
        const r = computeCo2(raw, undefined, factors);
        const refused = co2Params.filter((p) => !parseAmount(raw[p] ?? '', lineSpecs[p].max).ok);
        if (r.ok) {
          expect(refused).toEqual([]);
          for (const v of [r.total, r.scope1, r.scope2, ...r.lines.map((l) => l.tonnes)]) expect(Number.isFinite(v) && v >= 0).toBe(true);
        } else {
          expect(Object.keys(r.errors).sort()).toEqual([...refused].sort());
          for (const p of refused) expect(r.errors[p]).toBe((parseAmount(raw[p] ?? '', lineSpecs[p].max) as { error: string }).error);
        }
      }),
      { numRuns: 500 },
    );
  }, 20_000);
  it('reads a valid amount in any field as typed, and works its tonnes out from it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...co2Params).chain((p) => writtenAmount(lineSpecs[p].max).map((a) => ({ p, ...a }))), ({ p, value, typed }) => {
        const r = ok(computeCo2({ [p]: typed }, undefined, factors));
        const l = r.lines.find((x) => x.param === p)!;
        expect(l.amount).toBe(value);
        // amount ÷ divisor (1,000 for m³, kg, L; 1 for kWh) × the factor of that energy
        expect(l.tonnes).toBeCloseTo((value / lineSpecs[p].divisor) * l.factor.factor, 6);
        expect(r.total).toBe(l.tonnes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the emission-factor table', () => {
  it('offers only official per-unit factors for calculation, each with a source', () => {
    for (const f of factors) {
      expect(['official', 'official-via-secondary']).toContain(f.status);
      expect(f.sources.length).toBeGreaterThan(0);
    }
  });
  it('rejects a negative factor', () => {
    const broken = structuredClone(table) as { factors: Array<{ factor: number }> };
    broken.factors[0]!.factor = -2.29;
    const r = emissionFactorsSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['factors', 0, 'factor']);
  });
});

describe('electricity menus as the forms offer them', () => {
  it('put the substitute value first, alone, then each supplier with only its own menus', async () => {
    const { emissionFactors } = loadData();
    const groups = electricityMenuGroups(emissionFactors.factors, 'en');
    expect(groups[0]!.supplier).toBeUndefined();
    expect(groups[0]!.factors.map((f) => f.id)).toEqual([defaultElectricityFactor]);
    for (const g of groups.slice(1)) {
      expect(g.factors.length).toBeGreaterThan(0);
      expect(g.factors.every((f) => f.supplier?.en === g.supplier && f.use === 'calculation')).toBe(true);
    }
    // Every calculation factor for electricity is offered exactly once.
    const offered = groups.flatMap((g) => g.factors.map((f) => f.id));
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered.sort()).toEqual(emissionFactors.factors.filter((f) => f.kind === 'electricity' && f.use === 'calculation').map((f) => f.id).sort());
  });
});

describe('tonnes as a result shows them', () => {
  it('keep three decimals and group thousands as each language does', () => {
    // 1,000,000 kWh × 0.000472 + heavy oil A, kerosene, LPG and city gas: 1016.95 t in all.
    expect(formatTonnes(1016.95, 'en')).toBe('1,016.950');
    expect(formatTonnes(1016.95, 'ja')).toBe('1,016.950');
    expect(formatTonnes(0.0004, 'en')).toBe('0.000');
    expect(formatTonnes(12345678.9, 'ja')).toBe('12,345,678.900');
  });
});
