/**
 * The CO2 workbook's pure parts, with worked examples checked by hand against
 * shared/facts/emission-factors.md (§2 fuels, §6.1 electricity, §8 reference cases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import table from '../../data/emission-factors.json';
import { emissionFactorsSchema } from '../../src/schemas/emission-factors';
import { emptyWorkbook, fiscalYearOf, fiscalYearTotals, isMonth, monthsOf, monthTonnes, setAmount, type Workbook } from '../../src/lib/calculators/workbook';
import { mergeImport, parseWorkbookCsv, workbookCsv } from '../../src/lib/calculators/workbook-csv';
import { readStored } from '../../src/lib/calculators/workbook-schema';
import { co2Params, lineSpecs, plainNumber, type Co2Param } from '../../src/lib/calculators/co2';
import { parseAmount } from '../../src/lib/calculators/parse-amount';
import { numberLike, writtenAmount } from '../support/number-like';

const factors = emissionFactorsSchema.parse(table).factors;
const header = 'month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a';
const accepted = (text: string) => {
  const r = parseWorkbookCsv(text, factors);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problems)}`);
  return r;
};
const refused = (text: string) => {
  const r = parseWorkbookCsv(text, factors);
  if (r.ok) throw new Error('accepted a bad file');
  return r.problems;
};

describe('fiscal years (April to March)', () => {
  it('puts April–December in the year they are in and January–March in the year before', () => {
    expect(fiscalYearOf('2025-04')).toBe(2025);
    expect(fiscalYearOf('2025-12')).toBe(2025);
    expect(fiscalYearOf('2026-01')).toBe(2025);
    expect(fiscalYearOf('2026-03')).toBe(2025);
    expect(fiscalYearOf('2026-04')).toBe(2026);
  });
  it('lists the twelve months of a fiscal year from April to March', () => {
    expect(monthsOf(2025)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });
  it('accepts only real months', () => {
    expect(isMonth('2025-01')).toBe(true);
    expect(isMonth('2025-12')).toBe(true);
    expect(isMonth('2025-13')).toBe(false);
    expect(isMonth('2025-00')).toBe(false);
    expect(isMonth('2025-1')).toBe(false);
    expect(isMonth('25-01')).toBe(false);
  });
});

describe('totals per fiscal year, per energy and per scope', () => {
  // FY2024: 2024-04 electricity 50,000 kWh and 2025-03 electricity 50,000 kWh, kerosene 2,000 L.
  // FY2025: 2025-04 electricity 60,000 kWh on Kyushu Electric menu B, LPG 500 kg.
  let book: Workbook = emptyWorkbook();
  book = setAmount(book, '2024-04', 'electricity', 50_000);
  book = setAmount(book, '2025-03', 'electricity', 50_000);
  book = setAmount(book, '2025-03', 'kerosene', 2_000);
  book = setAmount(book, '2025-04', 'electricity', 60_000);
  book = setAmount(book, '2025-04', 'lpg', 500);
  book = { ...book, electricityFactors: { '2025': 'kyushu-electric-menu-b' } };

  it('sums each fiscal year on its own electricity factor', () => {
    const [fy2024, fy2025] = fiscalYearTotals(book, factors);
    expect(fy2024!.fiscalYear).toBe(2024);
    expect(fy2024!.months).toEqual(['2024-04', '2025-03']);
    // 100,000 kWh × 0.000416 (substitute, §8 case 6) = 41.6 t
    expect(fy2024!.tonnes.electricity).toBeCloseTo(41.6, 9);
    // 2,000 L = 2 kL × 2.50 = 5.00 t (§8 case 4)
    expect(fy2024!.tonnes.kerosene).toBeCloseTo(5, 9);
    expect(fy2024!.scope1).toBeCloseTo(5, 9);
    expect(fy2024!.scope2).toBeCloseTo(41.6, 9);
    expect(fy2024!.total).toBeCloseTo(46.6, 9);
    expect(fy2024!.electricityFactor.id).toBe('electricity-substitute');
    expect(fy2024!.change).toBeUndefined();
    // 60,000 kWh × 0.000472 (Kyushu Electric menu B) = 28.32 t ; 500 kg = 0.5 t × 2.99 = 1.495 t (§8 case 5)
    expect(fy2025!.tonnes.electricity).toBeCloseTo(28.32, 9);
    expect(fy2025!.tonnes.lpg).toBeCloseTo(1.495, 9);
    expect(fy2025!.total).toBeCloseTo(29.815, 9);
    expect(fy2025!.electricityFactor.id).toBe('kyushu-electric-menu-b');
  });

  it('gives the change against the previous fiscal year in tonnes and as a ratio', () => {
    const [, fy2025] = fiscalYearTotals(book, factors);
    // 29.815 − 46.6 = −16.785 t ; −16.785 / 46.6 = −0.360193…
    expect(fy2025!.change!.tonnes).toBeCloseTo(-16.785, 9);
    expect(fy2025!.change!.ratio).toBeCloseTo(-0.360193, 6);
  });

  it('gives no change when the previous year is missing or zero', () => {
    const gap = setAmount(setAmount(emptyWorkbook(), '2022-05', 'diesel', 1000), '2024-05', 'diesel', 1000);
    expect(fiscalYearTotals(gap, factors).map((y) => y.change)).toEqual([undefined, undefined]);
  });

  it('gives each month its tonnes per energy', () => {
    const march = monthTonnes(book, '2025-03', factors) ?? expect.unreachable();
    // 50,000 × 0.000416 = 20.8 t ; 2 kL × 2.50 = 5 t
    expect(march.electricity).toBeCloseTo(20.8, 9);
    expect(march.kerosene).toBeCloseTo(5, 9);
    expect(march.city_gas).toBe(0);
    // A month with nothing entered has no tonnes at all (the report says "not entered", not 0).
    expect(monthTonnes(book, '2025-02', factors)).toBeUndefined();
  });

  it('has no fiscal year at all when nothing is entered, and forgets a month set back to zero', () => {
    expect(fiscalYearTotals(emptyWorkbook(), factors)).toEqual([]);
    const cleared = setAmount(setAmount(emptyWorkbook(), '2025-06', 'gasoline', 100), '2025-06', 'gasoline', 0);
    expect(cleared.months).toEqual({});
  });

  it('adds tiny and large amounts without writing an exponent into the calculator', () => {
    // 0.0000001 L of gasoline would be "1e-7" as a plain String(); it must reach the calculator as a number.
    const tiny = setAmount(emptyWorkbook(), '2025-06', 'gasoline', 0.0000001);
    expect(fiscalYearTotals(tiny, factors)[0]!.tonnes.gasoline).toBeCloseTo(2.29e-10, 15);
  });
});

describe('plain numbers for files and links', () => {
  it('drops binary noise and never writes an exponent or a separator', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(49.919999999999995)).toBe('49.92');
    expect(plainNumber(1_234_567)).toBe('1234567');
    expect(plainNumber(0.0000001)).toBe('0.0000001');
    expect(plainNumber(0)).toBe('0');
  });
});

describe('CSV import', () => {
  it('reads the documented header, with a BOM, CRLF, columns in any order and blank cells as zero', () => {
    const text = `\uFEFFheavy_oil_a,month,lpg,city_gas,electricity,kerosene,diesel,gasoline\r\n10000,2025-04,,10000,"100,000",,,\r\n`;
    const r = accepted(text);
    expect(r.months).toEqual({ '2025-04': { heavy_oil_a: 10000, city_gas: 10000, electricity: 100000 } });
    expect(r.ignoredColumns).toEqual([]);
    const book = mergeImport(emptyWorkbook(), r);
    // 100,000 × 0.000416 = 41.6 ; 10 千m³ × 2.05 = 20.5 (§8 case 1) ; 10 kL × 2.75 = 27.5 (§8 case 3) ; total 89.6
    expect(fiscalYearTotals(book, factors)[0]!.total).toBeCloseTo(89.6, 9);
  });

  it('accepts full-width digits and separators as the calculator does', () => {
    expect(accepted(`${header}\n2025-05,１２，０００,,,,,,\n`).months['2025-05']).toEqual({ electricity: 12000 });
  });

  it('ignores extra columns and says which', () => {
    const r = accepted(`${header},memo,site\n2025-04,1,,,,,,,note,A\n`);
    expect(r.ignoredColumns).toEqual(['memo', 'site']);
    expect(r.months['2025-04']).toEqual({ electricity: 1 });
  });

  it('refuses the whole file and names every bad row and column', () => {
    const problems = refused(
      [
        header,
        '2025-04,100,,,,,,', // fine (line 2)
        '2025-13,100,,,,,,', // unknown month (line 3)
        '2025-05,abc,,,,,,', // text where an amount belongs (line 4)
        '2025-06,,-5,,,,,', // negative (line 5)
        '2025-04,1,,,,,,', // duplicate of line 2 (line 6)
        '2025-07,,,,,,,1e99', // too large for heavy oil A (line 7)
      ].join('\n'),
    );
    expect(problems).toEqual([
      { kind: 'cell', row: 3, column: 'month', problem: 'bad_month' },
      { kind: 'cell', row: 4, column: 'electricity', problem: 'not_a_number' },
      { kind: 'cell', row: 5, column: 'city_gas', problem: 'negative' },
      { kind: 'cell', row: 6, column: 'month', problem: 'duplicate_month' },
      { kind: 'cell', row: 7, column: 'heavy_oil_a', problem: 'not_a_number' },
    ]);
  });

  it('refuses a file without the needed columns, or with nothing in it', () => {
    expect(refused('month,electricity\n2025-04,1\n')).toEqual(['city_gas', 'lpg', 'kerosene', 'diesel', 'gasoline', 'heavy_oil_a'].map((column) => ({ kind: 'missing_column', column })));
    expect(refused('\uFEFF\r\n\r\n')).toEqual([{ kind: 'empty' }]);
  });

  it('reads the electricity factor column, and refuses an unknown factor or two factors in one fiscal year', () => {
    const r = accepted(`${header},electricity_factor\n2025-04,1,,,,,,,kyushu-electric-menu-b\n2026-03,1,,,,,,,kyushu-electric-menu-b\n`);
    expect(r.electricityFactors).toEqual({ '2025': 'kyushu-electric-menu-b' });
    expect(refused(`${header},electricity_factor\n2025-04,1,,,,,,,made-up\n`)).toEqual([{ kind: 'cell', row: 2, column: 'electricity_factor', problem: 'unknown_factor' }]);
    // The reference (whole-company) value is not a calculation factor.
    expect(refused(`${header},electricity_factor\n2025-04,1,,,,,,,kyushu-electric-total\n`)[0]).toMatchObject({ problem: 'unknown_factor' });
    expect(refused(`${header},electricity_factor\n2025-04,1,,,,,,,kyushu-electric-menu-b\n2025-05,1,,,,,,,electricity-substitute\n`)).toEqual([
      { kind: 'cell', row: 3, column: 'electricity_factor', problem: 'mixed_factor' },
    ]);
  });

  it('replaces imported months and keeps the others', () => {
    let book = setAmount(setAmount(emptyWorkbook(), '2025-04', 'electricity', 5), '2025-05', 'electricity', 7);
    book = setAmount(book, '2025-04', 'lpg', 3);
    book = mergeImport(book, accepted(`${header}\n2025-04,9,,,,,,\n2025-06,,,,,,,0\n`));
    expect(book.months).toEqual({ '2025-04': { electricity: 9 }, '2025-05': { electricity: 7 } });
  });
});

describe('CSV export', () => {
  it('writes the import format with a BOM, plain numbers and each year’s factor, and reads back to the same totals', () => {
    let book = emptyWorkbook();
    book = setAmount(book, '2025-04', 'electricity', 0.1 + 0.2);
    book = setAmount(book, '2024-12', 'city_gas', 1234.5);
    book = { ...book, electricityFactors: { '2025': 'kitakyushu-power-menu-c' } };
    const csv = workbookCsv(book);
    expect(csv).toBe(
      '\uFEFFmonth,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a,lpg_m3,electricity_factor\r\n' +
        '2024-12,0,1234.5,0,0,0,0,0,0,electricity-substitute\r\n' +
        '2025-04,0.3,0,0,0,0,0,0,0,kitakyushu-power-menu-c\r\n',
    );
    const again = mergeImport(emptyWorkbook(), accepted(csv));
    // Same years, same totals (the typed 0.30000000000000004 comes back as 0.3: a difference far below 0.001 t).
    const totals = (b: Workbook) => fiscalYearTotals(b, factors).map((y) => [y.fiscalYear, y.total.toFixed(9), y.electricityFactor.id]);
    expect(totals(again)).toEqual(totals(book));
  });
});

describe('stored data', () => {
  it('starts empty when nothing is stored, and reads the current version back', () => {
    expect(readStored(null, factors)).toEqual(emptyWorkbook());
    const book = { ...setAmount(emptyWorkbook(), '2025-04', 'lpg', 500), organization: '株式会社テスト', electricityFactors: { '2025': 'kyushu-electric-menu-b' } };
    expect(readStored(JSON.stringify(book), factors)).toEqual(book);
  });

  it('migrates version 1 (amounts as typed, one factor) to version 2', () => {
    const v1 = {
      version: 1,
      months: { '2024-04': { electricity: '１００，０００', kerosene: '' }, '2025-04': { lpg: '500', diesel: 'abc' }, '2025-13': { lpg: '1' } },
      electricityFactor: 'kyushu-electric-menu-b',
    };
    const book = readStored(JSON.stringify(v1), factors)!;
    expect(book).toEqual({
      version: 2,
      organization: '',
      months: { '2024-04': { electricity: 100000 }, '2025-04': { lpg: 500 } },
      electricityFactors: { '2024': 'kyushu-electric-menu-b', '2025': 'kyushu-electric-menu-b' },
    });
    // FY2024: 100,000 × 0.000472 = 47.2 t (§8 case 6, menu B)
    expect(fiscalYearTotals(book, factors)[0]!.total).toBeCloseTo(47.2, 9);
  });

  it('refuses to read what it does not understand, and drops a factor that is no longer offered', () => {
    expect(readStored('not json', factors)).toBeUndefined();
    expect(readStored('{"version":3,"months":{}}', factors)).toBeUndefined();
    expect(readStored('{"version":2,"months":{"2025-04":{"lpg":-1}}}', factors)).toBeUndefined();
    expect(readStored('{"version":2,"months":{},"electricityFactors":{"2025":"gone"}}', factors)!.electricityFactors).toEqual({});
  });
});

describe('properties over number-like input', () => {
  const electricityIds = factors.filter((f) => f.use === 'calculation' && f.kind === 'electricity').map((f) => f.id);
  const month = fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  /** A workbook as the page builds it: valid months, amounts each within its field's maximum, a factor per year or none. */
  const workbook = fc
    .tuple(
      fc.dictionary(month, fc.record(Object.fromEntries(co2Params.map((p) => [p, writtenAmount(lineSpecs[p].max).map((a) => a.value)])) as Record<Co2Param, fc.Arbitrary<number>>, { requiredKeys: [] }), { maxKeys: 14 }),
      fc.dictionary(fc.integer({ min: 1999, max: 2040 }).map(String), fc.constantFrom(...electricityIds), { maxKeys: 3 }),
    )
    .map(([months, electricityFactors]) => {
      let book: Workbook = { ...emptyWorkbook(), electricityFactors };
      for (const [m, amounts] of Object.entries(months)) for (const p of co2Params) if (amounts[p] !== undefined) book = setAmount(book, m, p, amounts[p]!);
      return book;
    });
  const finiteTotals = (book: Workbook) => {
    for (const y of fiscalYearTotals(book, factors)) for (const v of [y.total, y.scope1, y.scope2, ...Object.values(y.tonnes)]) expect(Number.isFinite(v) && v >= 0).toBe(true);
  };

  it('writes any workbook to CSV that reads back to the same months and the same fiscal-year totals', () => {
    fc.assert(
      fc.property(workbook, (book) => {
        const imported = accepted(workbookCsv(book));
        // The CSV writes 12 significant digits (plainNumber drops binary noise): 10,000,000,000.01 kWh is written 10000000000.
        const twelveDigits = (months: Workbook['months']) => Object.fromEntries(Object.entries(months).map(([m, a]) => [m, Object.fromEntries(Object.entries(a).map(([p, v]) => [p, Number(v!.toPrecision(12))]))]));
        expect(imported.months).toEqual(twelveDigits(book.months));
        const back = fiscalYearTotals(mergeImport(emptyWorkbook(), imported), factors);
        const before = fiscalYearTotals(book, factors);
        expect(back.map((y) => [y.fiscalYear, y.months, y.electricityFactor.id])).toEqual(before.map((y) => [y.fiscalYear, y.months, y.electricityFactor.id]));
        back.forEach((y, i) => expect(Math.abs(y.total - before[i]!.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, before[i]!.total)));
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('refuses a CSV cell exactly when the calculator\'s parser refuses it, naming its row and column', () => {
    const cell = fc.oneof(numberLike(8), writtenAmount(1e6).map((a) => a.typed));
    fc.assert(
      fc.property(fc.constantFrom(...co2Params), cell, (column, typed) => {
        const quoted = `"${typed.replace(/"/g, '""')}"`;
        const r = parseWorkbookCsv(`${header}\n2025-04,${co2Params.map((p) => (p === column ? quoted : '1')).join(',')}\n`, factors);
        const parsed = parseAmount(typed.trim(), lineSpecs[column].max);
        if (parsed.ok) {
          if (!r.ok) throw new Error(`refused "${typed}": ${JSON.stringify(r.problems)}`);
          expect(r.months['2025-04']?.[column] ?? 0).toBe(parsed.value);
        } else expect(r).toEqual({ ok: false, problems: [{ kind: 'cell', row: 2, column, problem: parsed.error }] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any text given as a CSV file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.oneof(numberLike(6), fc.constantFrom(',', '\n', '"', 'month', '2025-04', ...co2Params)), { maxLength: 30 }).map((p) => p.join(''))), (text) => {
        const r = parseWorkbookCsv(text, factors);
        if (r.ok) finiteTotals(mergeImport(emptyWorkbook(), r));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any stored string without throwing, and what it reads gives finite totals', () => {
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          version: fc.constantFrom(1, 2, 3, '2'),
          organization: fc.oneof(fc.string(), fc.integer()),
          months: fc.dictionary(fc.oneof(month, fc.string({ maxLength: 8 })), fc.dictionary(fc.constantFrom(...co2Params, 'x'), fc.oneof(fc.double(), fc.integer(), numberLike(6), fc.constant(null)))),
          electricityFactors: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.constantFrom(...electricityIds), fc.integer())),
          electricityFactor: fc.oneof(fc.constantFrom(...electricityIds), fc.string()),
        }, { requiredKeys: ['version'] })
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(stored, (json) => {
        const book = readStored(json, factors);
        if (book) finiteTotals(book);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});
