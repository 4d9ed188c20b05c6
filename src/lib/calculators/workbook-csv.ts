/**
 * The workbook's CSV file, for import and export. Columns:
 * `month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a` (required; `month` as YYYY-MM,
 * amounts in the grid's units), and optionally `lpg_m3` (LP gas in m³), `electricity_factor` (the
 * row's fiscal year's factor id) and `lpg_t_per_m3` (the supplier's tonnes of LP gas per m³), which
 * the export writes so that a file imports back to the same totals anywhere.
 * A file with any bad row is refused as a whole, every problem named by row and column.
 */
import { csvText } from '../format/csv';
import type { EmissionFactor } from '../../schemas/emission-factors';
import { co2Params, plainNumber } from './co2';
import { parseAmount, type AmountError } from './parse-amount';
import { entryColumns, factorOf, fiscalYearOf, isMonth, maxOf, type MonthAmounts, type Workbook } from './workbook';

export const csvColumns = ['month', ...co2Params] as const;
const factorColumn = 'electricity_factor';
const lpgFactorColumn = 'lpg_t_per_m3';
/** Columns read when present. */
const optionalColumns = ['lpg_m3', factorColumn, lpgFactorColumn];

type CellProblem = 'bad_month' | 'duplicate_month' | 'unknown_factor' | 'mixed_factor' | 'bad_lpg_factor' | AmountError;

/** Why a file, or one cell of it, was refused. `row` is the line number in the file (the header is 1). */
export type ImportProblem = { kind: 'empty' } | { kind: 'missing_column'; column: string } | { kind: 'cell'; row: number; column: string; problem: CellProblem };

export interface ImportedFile {
  months: Record<string, MonthAmounts>;
  /** Electricity factors given in the file, per fiscal year. */
  electricityFactors: Record<string, string>;
  /** The supplier's tonnes of LP gas per m³, when the file gives one. */
  lpgTonnesPerM3?: number;
  /** Header names that are not read. */
  ignoredColumns: string[];
}

export type ImportResult = ({ ok: true } & ImportedFile) | { ok: false; problems: ImportProblem[] };

/** Splits CSV text into rows of cells: commas or tabs, double quotes with "" inside, any line ending. */
function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\t') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads an import file. Every problem of every row is collected; any problem refuses the whole
 * file (the caller then changes nothing). Blank lines are skipped; a blank amount is 0.
 */
export function parseWorkbookCsv(text: string, factors: EmissionFactor[]): ImportResult {
  const [first, ...rest] = splitCsv(text.replace(/^\uFEFF/, ''))
    .map((cells, i) => ({ line: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!first) return { ok: false, problems: [{ kind: 'empty' }] };
  const header = first.cells.map((h) => h.trim().toLowerCase());
  const missing = csvColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, problems: missing.map((column) => ({ kind: 'missing_column', column })) };
  const known = new Set<string>([...csvColumns, ...optionalColumns]);
  const ignoredColumns = header.filter((h) => !known.has(h) && h !== '');
  const electricityIds = new Set(factors.filter((f) => f.use === 'calculation' && f.kind === 'electricity').map((f) => f.id));

  const problems: ImportProblem[] = [];
  const file: ImportedFile = { months: {}, electricityFactors: {}, ignoredColumns };
  for (const { line, cells } of rest) {
    const cell = (column: string) => (header.includes(column) ? (cells[header.indexOf(column)] ?? '').trim() : '');
    const bad = (column: string, problem: CellProblem) => problems.push({ kind: 'cell', row: line, column, problem });
    const month = cell('month');
    const monthOk = isMonth(month);
    if (!monthOk) bad('month', 'bad_month');
    else if (file.months[month]) bad('month', 'duplicate_month');
    const amounts: MonthAmounts = {};
    for (const c of entryColumns) {
      const parsed = parseAmount(cell(c), maxOf(c));
      if (!parsed.ok) bad(c, parsed.error);
      else if (parsed.value !== 0) amounts[c] = parsed.value;
    }
    const id = cell(factorColumn);
    if (id !== '' && monthOk) {
      // A row without a factor leaves its year's factor as it is.
      const fy = String(fiscalYearOf(month));
      if (!electricityIds.has(id)) bad(factorColumn, 'unknown_factor');
      else if (file.electricityFactors[fy] && file.electricityFactors[fy] !== id) bad(factorColumn, 'mixed_factor');
      else file.electricityFactors[fy] = id;
    }
    const lpgFactor = cell(lpgFactorColumn);
    if (lpgFactor !== '') {
      const parsed = parseAmount(lpgFactor, 0.01);
      if (!parsed.ok || parsed.value === 0) bad(lpgFactorColumn, 'bad_lpg_factor');
      else if (file.lpgTonnesPerM3 !== undefined && file.lpgTonnesPerM3 !== parsed.value) bad(lpgFactorColumn, 'mixed_factor');
      else file.lpgTonnesPerM3 = parsed.value;
    }
    if (monthOk && !file.months[month]) file.months[month] = amounts;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ...file };
}

/** The workbook with an accepted import: imported months replace the same months, the others stay. */
export function mergeImport(book: Workbook, imported: ImportedFile): Workbook {
  const months = { ...book.months };
  for (const [month, amounts] of Object.entries(imported.months)) {
    if (Object.keys(amounts).length === 0) delete months[month];
    else months[month] = { ...amounts };
  }
  const merged: Workbook = { ...book, months, electricityFactors: { ...book.electricityFactors, ...imported.electricityFactors } };
  if (imported.lpgTonnesPerM3 !== undefined) merged.lpgTonnesPerM3 = imported.lpgTonnesPerM3;
  return merged;
}

/**
 * The workbook as CSV, in the import format plus LP gas in m³, the electricity factor of each row's
 * fiscal year and the supplier's LP gas factor when one is set. UTF-8 with a BOM (for Excel), CRLF,
 * months in order.
 */
export function workbookCsv(book: Workbook): string {
  const supplier = book.lpgTonnesPerM3 === undefined ? [] : [plainNumber(book.lpgTonnesPerM3)];
  const head = [...csvColumns, 'lpg_m3', factorColumn, ...(supplier.length ? [lpgFactorColumn] : [])];
  const rows = Object.entries(book.months)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, amounts]) => [month, ...co2Params.map((p) => plainNumber(amounts[p] ?? 0)), plainNumber(amounts.lpg_m3 ?? 0), factorOf(book, fiscalYearOf(month)), ...supplier]);
  return csvText([head, ...rows]);
}
