/**
 * The calculators' shared logic, pure and tested in both languages: the CO2 calculator (this file,
 * on the official factors of data/emission-factors.json, read through src/lib/content/queries.ts), its reduction hints (co2-actions.ts), the
 * workbook of monthly amounts and fiscal-year totals (workbook.ts), the green LP gas estimator
 * (green-lpg.ts) and the one parser of what people type into an amount field (parse-amount.ts).
 * The browser scripts beside each component only read the page, call these and write the result.
 *
 * Scope 1 and 2 CO2 of a company's yearly energy use, on the official Japanese factors in
 * data/emission-factors.json (算定・報告・公表制度: fuels from the list 「算定方法・排出係数一覧」,
 * electricity from 「電気事業者別排出係数」 R6年度実績). Method: amount × factor (t-CO2 per unit),
 * the published per-unit factor, never heat value × carbon factor (those are unverified).
 * Inputs come in the units on a company's bills and are converted explicitly:
 * L → kL (÷1000), kg → t (÷1000), m³ → 千m³ (÷1000), kWh as is.
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { parseAmount, type AmountError } from './parse-amount';
import { csvText } from '../format/csv';
import { formatNumber } from '../format/amounts';
import type { Lang } from '../i18n';

/** Query-parameter names, which are also the input names (tests and shared links rely on them). */
export const co2Params = ['electricity', 'city_gas', 'lpg', 'kerosene', 'diesel', 'gasoline', 'heavy_oil_a'] as const;
export type Co2Param = (typeof co2Params)[number];

interface LineSpec {
  /** Unit the user types. */
  inputUnit: 'kWh' | 'm³' | 'kg' | 'L';
  /** Divisor from the input unit to the factor's unit. */
  divisor: number;
  /** Fuel factor id; electricity uses the chosen `electricity_factor`. */
  factorId?: string;
  /** Largest plausible yearly amount; above it the field shows an error. */
  max: number;
}

export const lineSpecs: Record<Co2Param, LineSpec> = {
  electricity: { inputUnit: 'kWh', divisor: 1, max: 1e11 },
  city_gas: { inputUnit: 'm³', divisor: 1000, factorId: 'city-gas', max: 1e10 },
  lpg: { inputUnit: 'kg', divisor: 1000, factorId: 'lpg', max: 1e9 },
  kerosene: { inputUnit: 'L', divisor: 1000, factorId: 'kerosene', max: 1e9 },
  diesel: { inputUnit: 'L', divisor: 1000, factorId: 'diesel', max: 1e9 },
  gasoline: { inputUnit: 'L', divisor: 1000, factorId: 'gasoline', max: 1e9 },
  heavy_oil_a: { inputUnit: 'L', divisor: 1000, factorId: 'heavy-oil-a', max: 1e9 },
};

/** The factor offered by default for electricity: the substitute (代替値). */
export const defaultElectricityFactor = 'electricity-substitute';

export interface Co2Line {
  param: Co2Param;
  /** As typed, in the input unit. */
  amount: number;
  inputUnit: LineSpec['inputUnit'];
  /** Converted into the factor's unit. */
  converted: number;
  factor: EmissionFactor;
  /** amount ÷ divisor × factor, unrounded. */
  tonnes: number;
}

export type Co2Result =
  | {
      ok: true;
      lines: Co2Line[];
      scope1: number;
      scope2: number;
      total: number;
      /** The line with the most CO2, when the total is above zero. */
      largest?: Co2Param;
    }
  | { ok: false; errors: Partial<Record<Co2Param | 'electricity_factor', AmountError | 'unknown_factor'>> };

/** Factors the calculator may use: published per unit, marked for calculation. */
export function calculationFactors(factors: EmissionFactor[]): EmissionFactor[] {
  return factors.filter((f) => f.use === 'calculation');
}

/**
 * Computes the result from raw input strings (as typed or read from the URL).
 * Any invalid field makes the whole result an error listing every bad field; no partial total.
 */
export function computeCo2(
  raw: Partial<Record<Co2Param, string>>,
  electricityFactorId: string | undefined,
  factors: EmissionFactor[],
  /** How many amounts, each within its field's maximum, were summed into each field (the workbook's months of a year). */
  summed = 1,
): Co2Result {
  const usable = new Map(calculationFactors(factors).map((f) => [f.id, f]));
  const errors: Extract<Co2Result, { ok: false }>['errors'] = {};
  const lines: Co2Line[] = [];
  const elecId = electricityFactorId || defaultElectricityFactor;
  const elecFactor = usable.get(elecId);
  if (!elecFactor || elecFactor.kind !== 'electricity') errors.electricity_factor = 'unknown_factor';

  for (const param of co2Params) {
    const spec = lineSpecs[param];
    const parsed = parseAmount(raw[param] ?? '', spec.max * summed);
    if (!parsed.ok) {
      errors[param] = parsed.error;
      continue;
    }
    const factor = param === 'electricity' ? elecFactor : usable.get(spec.factorId ?? '');
    if (!factor) {
      if (param !== 'electricity') throw new Error(`Emission factor "${spec.factorId}" is missing from data/emission-factors.json`);
      continue;
    }
    const converted = parsed.value / spec.divisor;
    lines.push({ param, amount: parsed.value, inputUnit: spec.inputUnit, converted, factor, tonnes: converted * factor.factor });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const sum = (scope: 1 | 2) => lines.filter((l) => l.factor.scope === scope).reduce((s, l) => s + l.tonnes, 0);
  const scope1 = sum(1);
  const scope2 = sum(2);
  const total = scope1 + scope2;
  const largest = total > 0 ? lines.reduce((a, b) => (b.tonnes > a.tonnes ? b : a)).param : undefined;
  return { ok: true, lines, scope1, scope2, total, largest };
}

/** Tonnes as a result shows them: three decimals, grouped as the page's language groups numbers (1,016.950). */
export function formatTonnes(t: number, lang: Lang): string {
  return formatNumber(t, lang, 3, 3);
}

/**
 * A number written plainly for a file or a link: no exponent, no grouping, and no binary noise
 * (0.1 + 0.2 → "0.3", 49.919999999999995 → "49.92"); twelve significant digits are far more than any bill has.
 */
export function plainNumber(value: number): string {
  const clean = Number(value.toPrecision(12));
  return clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 12 });
}

/** A factor's unit as a reader writes it: 千m3 → "千m³" in Japanese, "thousand m³" in English. */
export function unitLabel(unit: EmissionFactor['unit'] | Co2Line['inputUnit'], lang: 'ja' | 'en'): string {
  if (unit === '千m3') return lang === 'ja' ? '千m³' : 'thousand m³';
  return unit;
}

/**
 * One line of the calculator's "how it was worked out" table, as a reader in `lang` writes it:
 * amount, the conversion to the factor's unit when there is one, factor, tonnes, and the factor's
 * name in brackets (full-width in Japanese, ASCII with a space in English). Numbers in the
 * reader's format, to six decimals at most.
 *   ja: 2,000 L ÷ 1,000 = 2 kL × 2.5 t-CO2/kL = 5 t-CO2（灯油）
 *   en: 2,000 L ÷ 1,000 = 2 kL × 2.5 t-CO2/kL = 5 t-CO2 (Kerosene)
 */
export function formulaLine(line: Co2Line, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 6);
  const unit = unitLabel(line.factor.unit, lang);
  const convert = line.inputUnit === 'kWh' ? '' : ` ÷ 1,000 = ${n(line.converted)} ${unit}`;
  const name = line.factor.name[lang];
  const named = lang === 'ja' ? `（${name}）` : ` (${name})`;
  return `${n(line.amount)} ${line.inputUnit}${convert} × ${n(line.factor.factor)} t-CO2/${unit} = ${n(line.tonnes)} t-CO2${named}`;
}

/** The keys (src/i18n) of the CSV download's column headers, in order, and of its total row's label. */
export const co2CsvHeadKeys = ['co2.csv.item', 'co2.csv.amount', 'co2.csv.unit', 'co2.csv.converted', 'co2.csv.convertedUnit', 'co2.csv.factor', 'co2.csv.tonnes', 'co2.csv.scope', 'co2.csv.factorName'] as const;
export const co2CsvTotalKey = 'co2.csv.total';

/**
 * The result as CSV (UTF-8 with BOM, so that Excel opens Japanese correctly): one labelled row per
 * energy in the reader's language, numbers written plainly (no float noise), and a total row.
 * `labels` are the names of the energies as the form shows them; `head` the column headers
 * (co2CsvHeadKeys) and `total` the total row's label, in the reader's language.
 */
export function co2Csv(result: Extract<Co2Result, { ok: true }>, lang: 'ja' | 'en', labels: Record<Co2Param, string>, head: string[], total: string): string {
  const rows = result.lines.map((l) => [
    labels[l.param],
    plainNumber(l.amount),
    l.inputUnit,
    plainNumber(l.converted),
    unitLabel(l.factor.unit, lang),
    plainNumber(l.factor.factor),
    plainNumber(l.tonnes),
    l.factor.scope,
    l.factor.name[lang],
  ]);
  rows.push([total, '', '', '', '', '', plainNumber(result.total), '', '']);
  return csvText([head, ...rows]);
}

/**
 * The electricity factors as the forms offer them (the calculator and the workbook): the
 * substitute value first, with no supplier, then each supplier's menus in the order of the list.
 */
export function electricityMenuGroups(factors: EmissionFactor[], lang: 'ja' | 'en'): Array<{ supplier?: string; factors: EmissionFactor[] }> {
  const electricity = calculationFactors(factors).filter((f) => f.kind === 'electricity');
  const suppliers = [...new Set(electricity.flatMap((f) => (f.supplier ? [f.supplier[lang]] : [])))];
  return [
    { factors: electricity.filter((f) => f.id === defaultElectricityFactor) },
    ...suppliers.map((supplier) => ({ supplier, factors: electricity.filter((f) => f.supplier?.[lang] === supplier) })),
  ];
}
