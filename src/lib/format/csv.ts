/**
 * The one CSV writer of the site (open data, the CO2 calculator's download, the workbook's export):
 * RFC 4180 quoting (a cell with a comma, a quote or a line break is quoted, quotes doubled), CRLF
 * line ends, and a UTF-8 BOM so that Excel opens Japanese text correctly.
 */
export type CsvCell = string | number;

const cell = (v: CsvCell) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows (the first one the header) as CSV text. */
export function csvText(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Records with the same keys as CSV, the keys of the first record as the header. */
export function recordsCsv(records: Array<Record<string, CsvCell>>): string {
  const [first] = records;
  if (!first) return '\uFEFF';
  const head = Object.keys(first);
  return csvText([head, ...records.map((r) => head.map((h) => r[h] ?? ''))]);
}
