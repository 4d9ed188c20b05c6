/**
 * The CO2 workbook: a company's energy use month by month, kept in its own browser, summed into
 * Japanese fiscal years (April to March, named by the year they start in: April 2025–March 2026 is
 * FY2025). The arithmetic is the CO2 calculator's (co2.ts: amount ÷ unit divisor × the published
 * t-CO2-per-unit factor of data/emission-factors.json), run once per fiscal year on that year's
 * summed amounts, with the electricity factor chosen for that year.
 *
 * Also here, so that they can be tested without a browser: the CSV format of import and export
 * (`month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a`, `month` as YYYY-MM,
 * plus an optional `electricity_factor` column that the export writes), its validation (a file with
 * any bad row is refused as a whole), and the stored format with its migration from version 1.
 */
import { csvText } from '../format/csv';
import type { EmissionFactor } from '../../schemas/emission-factors';
import { co2Params, computeCo2, defaultElectricityFactor, lineSpecs, plainNumber, type Co2Param } from './co2';

export { plainNumber };
import { parseAmount, type AmountError } from './parse-amount';

/** Amounts of one month, in the calculator's input units (kWh, m³, kg, L); a missing energy is 0. */
export type MonthAmounts = Partial<Record<Co2Param, number>>;

/** What is stored in the browser (version 2). */
export interface Workbook {
  version: 2;
  /** Organization name as typed, for the report. */
  organization: string;
  /** Month `YYYY-MM` → amounts. */
  months: Record<string, MonthAmounts>;
  /** Fiscal year (as a string, `"2025"`) → electricity factor id; a missing year uses the calculator's default. */
  electricityFactors: Record<string, string>;
}

export const workbookVersion = 2;
export const storageKey = 'kgx-co2-workbook';

export const emptyWorkbook = (): Workbook => ({ version: 2, organization: '', months: {}, electricityFactors: {} });

const monthPattern = /^(\d{4})-(\d{2})$/;

/** True for a real month `YYYY-MM` (01–12, years 1900–2999). */
export function isMonth(text: string): boolean {
  const m = monthPattern.exec(text);
  return !!m && Number(m[1]) >= 1900 && Number(m[1]) <= 2999 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The fiscal year a month belongs to: April–December → that year, January–March → the year before. */
export function fiscalYearOf(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** The twelve months of a fiscal year, April to March: 2025 → 2025-04 … 2026-03. */
export function monthsOf(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((i + 3) % 12) + 1;
    return `${m >= 4 ? fiscalYear : fiscalYear + 1}-${String(m).padStart(2, '0')}`;
  });
}

/** The electricity factor id of a fiscal year. */
export const factorOf = (book: Workbook, fiscalYear: number) => book.electricityFactors[String(fiscalYear)] ?? defaultElectricityFactor;

export interface FiscalYearTotal {
  fiscalYear: number;
  /** Months of the year that hold any entry. */
  monthsEntered: number;
  /** Summed amounts per energy, in input units. */
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

const zeroes = () => Object.fromEntries(co2Params.map((p) => [p, 0])) as Record<Co2Param, number>;

/**
 * t-CO2 of one set of amounts with an electricity factor, through the calculator's computeCo2. A
 * fiscal year sums up to twelve months, each within its field's maximum, so the sum may be up to
 * twelve times it.
 */
function compute(amounts: Record<Co2Param, number>, factorId: string, factors: EmissionFactor[]) {
  const raw = Object.fromEntries(co2Params.map((p) => [p, plainNumber(amounts[p])]));
  const result = computeCo2(raw, factorId, factors, 12);
  if (!result.ok) throw new Error(`Workbook amounts or factor rejected by the calculator: ${JSON.stringify(result.errors)}`);
  return result;
}

/** Per-month t-CO2 per energy, for the chart and the report's monthly table. */
export function monthTonnes(book: Workbook, month: string, factors: EmissionFactor[]): Record<Co2Param, number> {
  const amounts = { ...zeroes(), ...book.months[month] };
  const result = compute(amounts, factorOf(book, fiscalYearOf(month)), factors);
  return Object.fromEntries(result.lines.map((l) => [l.param, l.tonnes])) as Record<Co2Param, number>;
}

/**
 * Totals of every fiscal year that holds an entry, oldest first, each with its change against the
 * year before (only when that year is in the workbook and above zero).
 */
export function fiscalYearTotals(book: Workbook, factors: EmissionFactor[]): FiscalYearTotal[] {
  const years = new Map<number, { amounts: Record<Co2Param, number>; months: number }>();
  for (const [month, amounts] of Object.entries(book.months)) {
    const fy = fiscalYearOf(month);
    const year = years.get(fy) ?? { amounts: zeroes(), months: 0 };
    for (const p of co2Params) year.amounts[p] += amounts[p] ?? 0;
    year.months += 1;
    years.set(fy, year);
  }
  const totals = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fiscalYear, { amounts, months }]): FiscalYearTotal => {
      const result = compute(amounts, factorOf(book, fiscalYear), factors);
      const tonnes = Object.fromEntries(result.lines.map((l) => [l.param, l.tonnes])) as Record<Co2Param, number>;
      const electricityFactor = result.lines.find((l) => l.param === 'electricity')!.factor;
      return { fiscalYear, monthsEntered: months, amounts, tonnes, scope1: result.scope1, scope2: result.scope2, total: result.total, electricityFactor };
    });
  for (const year of totals) {
    const previous = totals.find((o) => o.fiscalYear === year.fiscalYear - 1);
    if (previous && previous.total > 0) year.change = { tonnes: year.total - previous.total, ratio: (year.total - previous.total) / previous.total };
  }
  return totals;
}

/** Sets one month's amount (0 removes the energy; a month with nothing left is removed). */
export function setAmount(book: Workbook, month: string, param: Co2Param, value: number): Workbook {
  const amounts = { ...book.months[month] };
  if (value === 0) delete amounts[param];
  else amounts[param] = value;
  const months = { ...book.months };
  if (Object.keys(amounts).length === 0) delete months[month];
  else months[month] = amounts;
  return { ...book, months };
}

// ---------------------------------------------------------------- CSV

export const csvColumns = ['month', ...co2Params] as const;
export const factorColumn = 'electricity_factor';

/** Why a file, or one cell of it, was refused. `row` is the line number in the file (the header is 1). */
export type ImportProblem =
  | { kind: 'empty' }
  | { kind: 'missing_column'; column: string }
  | { kind: 'cell'; row: number; column: string; problem: 'bad_month' | 'duplicate_month' | 'unknown_factor' | 'mixed_factor' | AmountError };

export type ImportResult =
  | {
      ok: true;
      months: Record<string, MonthAmounts>;
      /** Electricity factors given in the file, per fiscal year. */
      electricityFactors: Record<string, string>;
      /** Header names that are not read. */
      ignoredColumns: string[];
    }
  | { ok: false; problems: ImportProblem[] };

/** Splits CSV text into rows of cells: commas or tabs, double quotes with "" inside, any line ending. */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\t') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows;
}

/**
 * Reads an import file. Every problem of every row is collected; any problem refuses the whole
 * file (the caller then changes nothing). Blank lines are skipped; a blank amount is 0.
 */
export function parseWorkbookCsv(text: string, factors: EmissionFactor[]): ImportResult {
  const rows = splitCsv(text.replace(/^\uFEFF/, ''));
  const lines = rows.map((cells, i) => ({ line: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (lines.length === 0) return { ok: false, problems: [{ kind: 'empty' }] };
  const header = lines[0]!.cells.map((h) => h.trim().toLowerCase());
  const missing = csvColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, problems: missing.map((column) => ({ kind: 'missing_column', column })) };
  const known = new Set<string>([...csvColumns, factorColumn]);
  const ignoredColumns = header.filter((h) => !known.has(h) && h !== '');
  const electricityIds = new Set(factors.filter((f) => f.use === 'calculation' && f.kind === 'electricity').map((f) => f.id));
  const factorAt = header.indexOf(factorColumn);

  const problems: ImportProblem[] = [];
  const months: Record<string, MonthAmounts> = {};
  const electricityFactors: Record<string, string> = {};
  for (const { line, cells } of lines.slice(1)) {
    const cell = (column: string) => (cells[header.indexOf(column)] ?? '').trim();
    const bad = (column: string, problem: Extract<ImportProblem, { kind: 'cell' }>['problem']) => problems.push({ kind: 'cell', row: line, column, problem });
    const month = cell('month');
    const monthOk = isMonth(month);
    if (!monthOk) bad('month', 'bad_month');
    else if (months[month]) bad('month', 'duplicate_month');
    const amounts: MonthAmounts = {};
    for (const p of co2Params) {
      const parsed = parseAmount(cell(p), lineSpecs[p].max);
      if (!parsed.ok) bad(p, parsed.error);
      else if (parsed.value !== 0) amounts[p] = parsed.value;
    }
    if (factorAt >= 0 && monthOk) {
      const id = (cells[factorAt] ?? '').trim();
      const fy = String(fiscalYearOf(month));
      if (id === '') {
        // No factor on this row: the year's factor is left as it is.
      } else if (!electricityIds.has(id)) bad(factorColumn, 'unknown_factor');
      else if (electricityFactors[fy] && electricityFactors[fy] !== id) bad(factorColumn, 'mixed_factor');
      else electricityFactors[fy] = id;
    }
    if (monthOk && !months[month]) months[month] = amounts;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, months, electricityFactors, ignoredColumns };
}

/** The workbook with an accepted import: imported months replace the same months, the others stay. */
export function mergeImport(book: Workbook, imported: Extract<ImportResult, { ok: true }>): Workbook {
  const months = { ...book.months };
  for (const [month, amounts] of Object.entries(imported.months)) {
    if (Object.keys(amounts).length === 0) delete months[month];
    else months[month] = { ...amounts };
  }
  return { ...book, months, electricityFactors: { ...book.electricityFactors, ...imported.electricityFactors } };
}

/**
 * The workbook as CSV, in the import format plus the electricity factor of each row's fiscal year,
 * so that it imports back to the same totals anywhere. UTF-8 with a BOM (for Excel), CRLF, months in order.
 */
export function workbookCsv(book: Workbook): string {
  const head = [...csvColumns, factorColumn];
  const rows = Object.keys(book.months)
    .sort()
    .map((month) => [month, ...co2Params.map((p) => plainNumber(book.months[month]![p] ?? 0)), factorOf(book, fiscalYearOf(month))]);
  return csvText([head, ...rows]);
}

// ---------------------------------------------------------------- storage

/**
 * Version 1, the first stored format: amounts kept as typed (strings, possibly full-width), one
 * electricity factor for every year, no organization name.
 */
interface WorkbookV1 {
  version: 1;
  months: Record<string, Partial<Record<Co2Param, string>>>;
  electricityFactor?: string;
}

/**
 * Reads what was stored, whatever its version, as the current version. Returns undefined when it
 * cannot be read (then the caller starts empty and must not overwrite it without telling the person).
 */
export function readStored(json: string | null, factors: EmissionFactor[]): Workbook | undefined {
  if (json === null) return emptyWorkbook();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const v = (data as { version?: unknown }).version;
  const book = v === 1 ? fromV1(data as WorkbookV1) : v === 2 ? checkV2(data as Workbook) : undefined;
  if (!book) return undefined;
  // A factor that is no longer offered (a newer list replaced it) falls back to the default, which the report names.
  const offered = new Set(factors.filter((f) => f.use === 'calculation' && f.kind === 'electricity').map((f) => f.id));
  for (const [fy, id] of Object.entries(book.electricityFactors)) if (!offered.has(id)) delete book.electricityFactors[fy];
  return book;
}

/** Version 1 → 2: typed amounts are parsed (a value that does not parse is dropped), the one factor applies to every year present. */
export function fromV1(old: WorkbookV1): Workbook {
  const book = emptyWorkbook();
  for (const [month, typed] of Object.entries(old.months ?? {})) {
    if (!isMonth(month)) continue;
    const amounts: MonthAmounts = {};
    for (const p of co2Params) {
      // Version 1 stored strings; anything else there (a number, null) was not written by the page.
      const parsed = parseAmount(typeof typed?.[p] === 'string' ? typed[p] : '', lineSpecs[p].max);
      if (parsed.ok && parsed.value !== 0) amounts[p] = parsed.value;
    }
    if (Object.keys(amounts).length > 0) book.months[month] = amounts;
  }
  if (old.electricityFactor && old.electricityFactor !== defaultElectricityFactor) {
    for (const month of Object.keys(book.months)) book.electricityFactors[String(fiscalYearOf(month))] = old.electricityFactor;
  }
  return book;
}

function checkV2(data: Workbook): Workbook | undefined {
  if (typeof data.months !== 'object' || data.months === null) return undefined;
  const book = emptyWorkbook();
  book.organization = typeof data.organization === 'string' ? data.organization : '';
  for (const [month, amounts] of Object.entries(data.months)) {
    if (!isMonth(month) || typeof amounts !== 'object' || amounts === null) return undefined;
    const clean: MonthAmounts = {};
    for (const p of co2Params) {
      const v = (amounts as MonthAmounts)[p];
      if (v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > lineSpecs[p].max) return undefined;
      if (v !== 0) clean[p] = v;
    }
    book.months[month] = clean;
  }
  for (const [fy, id] of Object.entries(data.electricityFactors ?? {})) if (/^\d{4}$/.test(fy) && typeof id === 'string') book.electricityFactors[fy] = id;
  return book;
}
