/**
 * The CO2 workbook: a company's energy use month by month, kept in its own browser, summed into
 * Japanese fiscal years (April to March, named by the year they start in: April 2025–March 2026 is
 * FY2025). The arithmetic is the CO2 calculator's (co2.ts: amount ÷ unit divisor × the published
 * t-CO2-per-unit factor of data/emission-factors.json), run once per fiscal year on that year's
 * summed amounts, with the electricity factor chosen for that year.
 *
 * LP gas may be entered in kg or in m³ (bills give either). The official factor is per tonne; the
 * rule for m³ is ANRE's 定期報告書記入要領 (quoted by J-Net21, Q1278): ask the supplier for its
 * tonnes per m³; when that is not possible, propane is 1/502 t per m³. m³ are converted to kg with
 * the workbook's factor (the supplier's when given, else 1/502) before the calculator runs.
 *
 * Beside this file: the CSV format (workbook-csv.ts), the stored format and its migration
 * (workbook-storage.ts), and what the page shows, grid, totals, report and chart (workbook-report.ts).
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { co2Params, computeCo2, defaultElectricityFactor, lineSpecs, plainNumber, type Co2Param } from './co2';

/** The grid's columns: the calculator's energies, with LP gas in m³ after LP gas in kg. */
export const entryColumns = ['electricity', 'city_gas', 'lpg', 'lpg_m3', 'kerosene', 'diesel', 'gasoline', 'heavy_oil_a'] as const;
export type EntryColumn = (typeof entryColumns)[number];

/** Amounts of one month, in the grid's units (kWh, m³, kg, m³ of LP gas, L); a missing energy is 0. */
export type MonthAmounts = Partial<Record<EntryColumn, number>>;

/** What is stored in the browser (version 2; see workbook-storage.ts). */
export interface Workbook {
  version: 2;
  /** Organization name as typed, for the report. */
  organization: string;
  /** Month `YYYY-MM` → amounts. */
  months: Record<string, MonthAmounts>;
  /** Fiscal year (as a string, `"2025"`) → electricity factor id; a missing year uses the calculator's default. */
  electricityFactors: Record<string, string>;
  /** Tonnes of LP gas per m³ as the supplier gives it; missing: propane's 1/502 (ANRE). */
  lpgTonnesPerM3?: number;
}

export const emptyWorkbook = (): Workbook => ({ version: 2, organization: '', months: {}, electricityFactors: {} });

/** ANRE's fallback when the supplier cannot say: propane, 1/502 t per m³ (about 1.992 kg). */
export const propaneTonnesPerM3 = 1 / 502;
export const lpgTonnesPerM3 = (book: Workbook) => book.lpgTonnesPerM3 ?? propaneTonnesPerM3;

/** Largest amount one month may hold in a column: the calculator's yearly maximum (m³ of LP gas as kg). */
export const maxOf = (column: EntryColumn) => (column === 'lpg_m3' ? lineSpecs.lpg.max : lineSpecs[column].max);

const monthPattern = /^(\d{4})-(\d{2})$/;

/** True for a real month `YYYY-MM` (01–12, years 1900–2999). */
export function isMonth(text: string): boolean {
  const m = monthPattern.exec(text);
  return !!m && Number(m[1]) >= 1900 && Number(m[1]) <= 2999 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The fiscal year a month (`YYYY-MM`) or day (`YYYY-MM-DD`) belongs to: April–December → that year, January–March → the year before. */
export function fiscalYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The twelve months of a fiscal year, April to March: 2025 → 2025-04 … 2026-03. */
export function monthsOf(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((i + 3) % 12) + 1;
    return `${m >= 4 ? fiscalYear : fiscalYear + 1}-${String(m).padStart(2, '0')}`;
  });
}

/**
 * The fiscal year the workbook opens on: the latest one holding an entry, else the one `today`
 * (a Japanese date, from todayInJapan()) is in.
 */
export function openingYear(book: Workbook, today: string): number {
  const entered = Object.keys(book.months).map(fiscalYearOf);
  return entered.length > 0 ? Math.max(...entered) : fiscalYearOf(today);
}

/** The fiscal years the year menu offers: three before today's to one after, and every year with an entry, newest first. */
export function offeredYears(book: Workbook, today: string, selected: number): number[] {
  const now = fiscalYearOf(today);
  const years = new Set([...Object.keys(book.months).map(fiscalYearOf), selected]);
  for (let y = now - 3; y <= now + 1; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/** The electricity factor id of a fiscal year. */
export const factorOf = (book: Workbook, fiscalYear: number) => book.electricityFactors[String(fiscalYear)] ?? defaultElectricityFactor;

/** The months of a fiscal year that hold an entry, in order. */
export const enteredMonths = (book: Workbook, fiscalYear: number) => monthsOf(fiscalYear).filter((m) => book.months[m] !== undefined);

/** One set of amounts as the calculator takes them: LP gas in m³ added to LP gas in kg. */
function calculatorAmounts(amounts: MonthAmounts, tonnesPerM3: number): Record<Co2Param, number> {
  const lpg = (amounts.lpg ?? 0) + (amounts.lpg_m3 ?? 0) * tonnesPerM3 * 1000;
  return {
    electricity: amounts.electricity ?? 0,
    city_gas: amounts.city_gas ?? 0,
    lpg,
    kerosene: amounts.kerosene ?? 0,
    diesel: amounts.diesel ?? 0,
    gasoline: amounts.gasoline ?? 0,
    heavy_oil_a: amounts.heavy_oil_a ?? 0,
  };
}

export interface FiscalYearTotal {
  fiscalYear: number;
  /** Months of the year that hold any entry, in order (`YYYY-MM`). */
  months: string[];
  /** Summed amounts per grid column, in the grid's units. */
  entered: Record<EntryColumn, number>;
  /** Summed amounts per energy as the calculator takes them (LP gas in kg, m³ converted). */
  amounts: Record<Co2Param, number>;
  /** t-CO2 per energy. */
  tonnes: Record<Co2Param, number>;
  scope1: number;
  scope2: number;
  total: number;
  electricityFactor: EmissionFactor;
  /** Against the previous fiscal year, when that year has a total above zero. */
  change?: { tonnes: number; ratio: number };
}

/**
 * t-CO2 per energy of one set of amounts, through the calculator's computeCo2. A fiscal year sums
 * up to twelve months, each within its field's maximum, so the sum may be up to twelve times it.
 */
function compute(amounts: Record<Co2Param, number>, factorId: string, factors: EmissionFactor[]) {
  const raw = Object.fromEntries(co2Params.map((p) => [p, plainNumber(amounts[p])]));
  const result = computeCo2(raw, factorId, factors, 12);
  if (!result.ok) throw new Error(`Workbook amounts or factor rejected by the calculator: ${JSON.stringify(result.errors)}`);
  const tonnes = calculatorAmounts({}, 0);
  let electricityFactor: EmissionFactor | undefined;
  for (const line of result.lines) {
    tonnes[line.param] = line.tonnes;
    if (line.param === 'electricity') electricityFactor = line.factor;
  }
  if (!electricityFactor) throw new Error(`Electricity factor "${factorId}" is missing`);
  return { ...result, tonnes, electricityFactor };
}

/** t-CO2 per energy of one month, for the chart and the report's monthly table; undefined for a month not entered. */
export function monthTonnes(book: Workbook, month: string, factors: EmissionFactor[]): Record<Co2Param, number> | undefined {
  const entered = book.months[month];
  if (!entered) return undefined;
  return compute(calculatorAmounts(entered, lpgTonnesPerM3(book)), factorOf(book, fiscalYearOf(month)), factors).tonnes;
}

const sumColumns = (rows: MonthAmounts[]) => {
  const sum: Record<EntryColumn, number> = { ...calculatorAmounts({}, 0), lpg_m3: 0 };
  for (const row of rows) for (const c of entryColumns) sum[c] += row[c] ?? 0;
  return sum;
};

/**
 * Totals of every fiscal year that holds an entry, oldest first, each with its change against the
 * year before (only when that year is in the workbook and above zero).
 */
export function fiscalYearTotals(book: Workbook, factors: EmissionFactor[]): FiscalYearTotal[] {
  const years = [...new Set(Object.keys(book.months).map(fiscalYearOf))].sort((a, b) => a - b);
  const totals = years.map((fiscalYear): FiscalYearTotal => {
    const months = enteredMonths(book, fiscalYear);
    const entered = sumColumns(months.map((m) => book.months[m] ?? {}));
    const amounts = calculatorAmounts(entered, lpgTonnesPerM3(book));
    const { tonnes, scope1, scope2, total, electricityFactor } = compute(amounts, factorOf(book, fiscalYear), factors);
    return { fiscalYear, months, entered, amounts, tonnes, scope1, scope2, total, electricityFactor };
  });
  for (const year of totals) {
    const previous = totals.find((o) => o.fiscalYear === year.fiscalYear - 1);
    if (previous && previous.total > 0) year.change = { tonnes: year.total - previous.total, ratio: (year.total - previous.total) / previous.total };
  }
  return totals;
}

/** Sets one month's amount (0 removes the energy; a month with nothing left is removed). */
export function setAmount(book: Workbook, month: string, column: EntryColumn, value: number): Workbook {
  const amounts = { ...book.months[month] };
  if (value === 0) delete amounts[column];
  else amounts[column] = value;
  const months = { ...book.months };
  if (Object.keys(amounts).length === 0) delete months[month];
  else months[month] = amounts;
  return { ...book, months };
}
