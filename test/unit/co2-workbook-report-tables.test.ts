/**
 * What the CO2 workbook page shows, shaped in src/lib/calculators/workbook-report.ts, in both
 * languages: the grid's rows, the totals table (with the months entered), the report of a partial
 * and of a whole fiscal year, the chart (under the chart rules), LP gas in m³, the opening fiscal
 * year in Japan time, and the stored format read through its Zod schema. Factors as in
 * shared/facts/emission-factors.md (§2 fuels, §6.1 electricity).
 */
import { describe, expect, it } from 'vitest';
import table from '../../data/emission-factors.json';
import { emissionFactorsSchema } from '../../src/schemas/emission-factors';
import { calculationFactors } from '../../src/lib/calculators/co2';
import { emptyWorkbook, fiscalYearTotals, offeredYears, openingYear, propaneTonnesPerM3, setAmount, type Workbook } from '../../src/lib/calculators/workbook';
import { mergeImport, parseWorkbookCsv, workbookCsv } from '../../src/lib/calculators/workbook-csv';
import { gridRows, monthRuns, totalsTable, workbookChart, workbookReport, type Voice } from '../../src/lib/calculators/workbook-report';
import { readStored } from '../../src/lib/calculators/workbook-schema';
import { storageWorks } from '../../src/lib/calculators/workbook-storage';
import { chartLegend, palette } from '../../src/lib/metrics/chart-config';
import { todayInJapan } from '../../src/lib/dates';
import type { TableModel } from '../../src/lib/format/table-model';
import { t, type Lang } from '../../src/lib/i18n';

const factors = calculationFactors(emissionFactorsSchema.parse(table).factors);
const voice = (lang: Lang): Voice => ({ lang, say: (key, vars) => t(lang, key, vars) });
const site = 'https://example.org/tools/co2/workbook/';
/** A table as text, row by row, for comparing with what a reader sees. */
const texts = (model: TableModel | undefined) => (model ? [model.head, ...model.rows.map((r) => r.map((c) => c.text))] : []);

/** April–November 2026: 10,000 kWh of electricity every month, and 100 L of kerosene in May. */
let eightMonths: Workbook = emptyWorkbook();
for (const m of ['04', '05', '06', '07', '08', '09', '10', '11']) eightMonths = setAmount(eightMonths, `2026-${m}`, 'electricity', 10_000);
eightMonths = setAmount(eightMonths, '2026-05', 'kerosene', 100);

describe('the fiscal year the workbook opens on, in Japan time', () => {
  // 1 April 2026 08:59 in Japan is 31 March 23:59 UTC: the UTC month still says March (FY2025).
  it('opens on FY2026 at 08:59 on 1 April in Japan, while UTC is still in March', () => {
    const today = todayInJapan(new Date('2026-03-31T23:59:00Z'));
    expect(today).toBe('2026-04-01');
    expect(openingYear(emptyWorkbook(), today)).toBe(2026);
  });
  it('opens on FY2026 at 09:00 on 1 April in Japan', () => {
    expect(openingYear(emptyWorkbook(), todayInJapan(new Date('2026-04-01T00:00:00Z')))).toBe(2026);
  });
  it('still opens on FY2025 at 23:59 on 31 March in Japan', () => {
    expect(openingYear(emptyWorkbook(), todayInJapan(new Date('2026-03-31T14:59:00Z')))).toBe(2025);
  });
  it('opens on the latest fiscal year holding an entry, and offers three years before today’s to one after', () => {
    expect(openingYear(setAmount(emptyWorkbook(), '2030-02', 'diesel', 1), '2026-04-01')).toBe(2029);
    expect(offeredYears(emptyWorkbook(), '2026-04-01', 2026)).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(offeredYears(setAmount(emptyWorkbook(), '2019-05', 'diesel', 1), '2026-04-01', 2026).at(-1)).toBe(2019);
  });
});

describe('the grid', () => {
  it('has a row per month from April to March, a cell per column with LP gas in m³ after kg, holding what is stored', () => {
    const book = setAmount(emptyWorkbook(), '2026-05', 'electricity', 12_345.5);
    for (const [lang, may] of [['ja', '2026年5月'], ['en', 'May 2026']] as const) {
      const rows = gridRows(book, 2026, lang);
      expect(rows.map((r) => r.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03']);
      expect(rows[1]?.label).toBe(may);
      expect(rows[1]?.cells.map((c) => c.column)).toEqual(['electricity', 'city_gas', 'lpg', 'lpg_m3', 'kerosene', 'diesel', 'gasoline', 'heavy_oil_a']);
      expect(rows[1]?.cells[0]).toEqual({ column: 'electricity', id: 'wb-2026-05-electricity', value: '12,345.5' });
      expect(rows[0]?.cells[0]?.value).toBe('');
    }
  });
});

describe('the totals table', () => {
  // FY2026: 80,000 kWh × 0.000416 = 33.28 t ; 100 L = 0.1 kL × 2.50 = 0.25 t ; total 33.53 t
  it('gives each fiscal year its tonnes, with the number of months entered on the total’s output (ja)', () => {
    const model = totalsTable(eightMonths, factors, voice('ja'));
    expect(model?.caption).toBe('年度ごとの排出量（t-CO2）');
    expect(texts(model)).toEqual([
      ['項目', '2026年度'],
      ['電気', '33.280'],
      ['都市ガス', '0.000'],
      ['LPガス', '0.000'],
      ['灯油', '0.250'],
      ['軽油', '0.000'],
      ['ガソリン', '0.000'],
      ['A重油', '0.000'],
      ['スコープ1（燃料）', '0.250'],
      ['スコープ2（電気）', '33.280'],
      ['合計（スコープ1＋2）', '33.530'],
      ['前年度からの増減', '–'],
      ['入力した月数', '8'],
      ['電気の係数', '代替値'],
    ]);
    const total = model?.rows[9]?.[1];
    expect(total?.output).toEqual({ 'data-fiscal-year': '2026', 'data-value': '33.530000', 'data-months': '8' });
  });
  it('says in English the same, and notes a change between years holding different numbers of months', () => {
    const book = setAmount(eightMonths, '2025-04', 'electricity', 50_000);
    const model = totalsTable(book, factors, voice('en'));
    expect(model?.head).toEqual(['Item', 'FY2025', 'FY2026']);
    const change = model?.rows.find((r) => r[0]?.text === 'Change from the previous year')?.[2];
    // 33.53 − 20.8 = +12.73 t ; 12.73 / 20.8 = +61.2%
    expect(change?.text).toBe('+12.730 t (+61.2%)');
    expect(change?.note).toBe('months entered: 8, against 1 the year before');
    expect(model?.rows.find((r) => r[0]?.text === 'Months entered')?.map((c) => c.text)).toEqual(['Months entered', '1', '8']);
  });
  it('is absent while nothing is entered', () => expect(totalsTable(emptyWorkbook(), factors, voice('en'))).toBeUndefined());
});

describe('the report', () => {
  const partial = (lang: Lang) => workbookReport(eightMonths, 2026, factors, voice(lang), '2026-12-06', site);

  it('labels a partial year as such and names the months entered and not entered (ja)', () => {
    const r = partial('ja');
    expect(r.title).toBe('CO2排出量（スコープ1・2）2026年度のうち8か月分');
    expect(r.meta.map((m) => [m.label, m.value])).toEqual([
      ['事業者名', '（未入力）'],
      ['期間', '2026年4月〜11月（8か月分、2026年度の一部）'],
      ['未入力の月', '2026年12月〜2027年3月'],
      ['作成日', '2026年12月6日'],
      ['作成に使ったページ', site],
    ]);
  });
  it('labels a partial year as such and names the months entered and not entered (en)', () => {
    const r = partial('en');
    expect(r.title).toBe('CO2 emissions (Scope 1 and 2), FY2026 (8 of 12 months)');
    expect(r.meta[1]).toEqual({ label: 'Period', value: 'April – November 2026 (8 of the 12 months of FY2026)' });
    expect(r.meta[2]).toEqual({ label: 'Months not entered', value: 'December 2026 – March 2027' });
  });
  it('shows “not entered” for the months without entries instead of 0.000', () => {
    for (const [lang, missing] of [['ja', '未入力'], ['en', 'not entered']] as const) {
      const monthly = partial(lang).tables[1];
      const rows = texts(monthly).slice(1);
      // April: 10,000 kWh × 0.000416 = 4.16 t ; May adds 0.1 kL × 2.50 = 0.25 t
      expect(rows[0]).toEqual([lang === 'ja' ? '2026年4月' : 'Apr 2026', '4.160', '0.000', '0.000', '0.000', '0.000', '0.000', '0.000', '4.160']);
      expect(rows[1]?.at(-1)).toBe('4.410');
      for (const row of rows.slice(8)) expect(row.slice(1)).toEqual([missing]);
      expect(monthly?.rows[8]?.[1]).toMatchObject({ kind: 'missing', span: 8 });
      expect(rows.flat()).not.toContain('');
    }
  });
  it('gives a whole year its plain period, without a list of months not entered', () => {
    let year = eightMonths;
    for (const m of ['2026-12', '2027-01', '2027-02', '2027-03']) year = setAmount(year, m, 'electricity', 10_000);
    const ja = workbookReport(year, 2026, factors, voice('ja'), '2027-04-10', site);
    expect(ja.title).toBe('CO2排出量（スコープ1・2）2026年度');
    expect(ja.meta.map((m) => m.label)).toEqual(['事業者名', '期間', '作成日', '作成に使ったページ']);
    expect(ja.meta[1]?.value).toBe('2026年4月〜2027年3月');
    expect(workbookReport(year, 2026, factors, voice('en'), '2027-04-10', site).meta[1]?.value).toBe('April 2026 – March 2027');
  });
  it('lists amounts by energy, and the factors used with their sources (en)', () => {
    const [byEnergy, , used] = partial('en').tables;
    expect(texts(byEnergy)[1]).toEqual(['Electricity', '80,000 kWh', '33.280']);
    expect(texts(byEnergy).at(-1)).toEqual(['Total (Scope 1 + 2)', '', '33.530']);
    expect(used?.rows.map((r) => r[0]?.text)).toHaveLength(7);
    for (const row of used?.rows ?? []) expect(row[4]?.text.length).toBeGreaterThan(3);
  });
  it('has no tables for a year without entries, and no months named', () => {
    const r = workbookReport(eightMonths, 2024, factors, voice('ja'), '2026-12-06', site);
    expect(r.tables).toEqual([]);
    expect(r.title).toBe('CO2排出量（スコープ1・2）2024年度');
  });
});

describe('LP gas in m³', () => {
  it('converts m³ at propane’s 1/502 t per m³ when no supplier factor is given, and says so in the report', () => {
    // 502 m³ × 1/502 t = 1 t = 1,000 kg ; 1 t × 2.99 = 2.99 t ; plus 500 kg × 2.99 / 1000 = 1.495 t
    const book = setAmount(setAmount(emptyWorkbook(), '2026-06', 'lpg_m3', 502), '2026-06', 'lpg', 500);
    const [year] = fiscalYearTotals(book, factors);
    expect(year?.amounts.lpg).toBeCloseTo(1500, 9);
    const byEnergy = workbookReport(book, 2026, factors, voice('en'), '2026-12-06', site).tables[0];
    expect(texts(byEnergy)[3]).toEqual(['LPG', '1,500 kg', '4.485']);
    expect(year?.tonnes.lpg).toBeCloseTo(4.485, 9);
    expect(workbookReport(book, 2026, factors, voice('ja'), '2026-12-06', site).notes).toEqual([
      'LPガスの使用量のうち502 m³は、販売事業者の換算係数が入力されていないため、資源エネルギー庁の定期報告書記入要領にあるプロパンの値（1 m³＝1/502トン）で1,000 kgに換算しました。',
    ]);
  });
  it('uses the supplier’s factor when one is entered', () => {
    // 100 m³ × 0.0021 t = 0.21 t = 210 kg ; 0.21 t × 2.99 = 0.6279 t
    const book = { ...setAmount(emptyWorkbook(), '2026-06', 'lpg_m3', 100), lpgTonnesPerM3: 0.0021 };
    expect(fiscalYearTotals(book, factors)[0]?.tonnes.lpg).toBeCloseTo(0.6279, 9);
    expect(workbookReport(book, 2026, factors, voice('en'), '2026-12-06', site).notes).toEqual([
      "100 m³ of the LPG used were converted to 210 kg with the supplier's factor entered (0.0021 t per m³).",
    ]);
  });
  it('goes through the CSV file with its factor, and refuses a factor that cannot be tonnes per m³', () => {
    const book = { ...setAmount(emptyWorkbook(), '2026-06', 'lpg_m3', 100), lpgTonnesPerM3: 0.0021 };
    const csv = workbookCsv(book);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFmonth,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a,lpg_m3,electricity_factor,lpg_t_per_m3');
    const read = parseWorkbookCsv(csv, factors);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // The export names each year's electricity factor too (here the default, the substitute value).
    expect(mergeImport(emptyWorkbook(), read)).toEqual({ ...book, electricityFactors: { '2026': 'electricity-substitute' } });
    const header = 'month,electricity,city_gas,lpg,kerosene,diesel,gasoline,heavy_oil_a,lpg_t_per_m3';
    expect(parseWorkbookCsv(`${header}\n2026-06,,,,,,,,2\n`, factors)).toEqual({ ok: false, problems: [{ kind: 'cell', row: 2, column: 'lpg_t_per_m3', problem: 'bad_lpg_factor' }] });
    expect(propaneTonnesPerM3).toBeCloseTo(0.001992, 6);
  });
});

describe('the chart', () => {
  it('stacks the months by energy under the chart rules, leaving out energies that are zero all year', () => {
    for (const lang of ['ja', 'en'] as const) {
      const config = workbookChart(eightMonths, 2026, factors, voice(lang));
      expect(config.data.datasets.map((d) => d.label)).toEqual(lang === 'ja' ? ['電気', '灯油'] : ['Electricity', 'Kerosene']);
      expect(chartLegend(config).map((l) => l.label)).toEqual(config.data.datasets.map((d) => d.label));
      // Each energy keeps its own colour whichever others are drawn: electricity the first, kerosene the fourth.
      expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([palette[0], palette[3]]);
      expect(config.options.plugins.legend.display).toBe(false);
      expect(config.options.scales.y).toMatchObject({ beginAtZero: true, stacked: true, title: { display: true, text: 't-CO2' } });
      // A month not entered has no bar (null), not a bar of zero.
      expect(config.data.datasets[0]?.data).toEqual([4.16, 4.16, 4.16, 4.16, 4.16, 4.16, 4.16, 4.16, null, null, null, null]);
      expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    }
  });
});

describe('the stored workbook, read through its schema', () => {
  it('reads version 2 back with LP gas in m³ and the supplier factor, and drops zero amounts', () => {
    const book: Workbook = { ...setAmount(emptyWorkbook(), '2026-06', 'lpg_m3', 100), lpgTonnesPerM3: 0.0021, organization: 'テスト株式会社' };
    expect(readStored(JSON.stringify(book), factors)).toEqual(book);
    const withZero = { ...book, months: { ...book.months, '2026-07': { diesel: 0 } } };
    expect(readStored(JSON.stringify(withZero), factors)).toEqual(book);
  });
  it('refuses version 2 with an amount that the page could not have written', () => {
    for (const bad of [{ lpg_m3: -1 }, { electricity: 1e12 }, { diesel: '100' }, { kerosene: null }]) {
      expect(readStored(JSON.stringify({ version: 2, organization: '', months: { '2026-04': bad }, electricityFactors: {} }), factors)).toBeUndefined();
    }
    expect(readStored(JSON.stringify({ version: 2, months: { '2026-4': {} } }), factors)).toBeUndefined();
    expect(readStored(JSON.stringify({ version: 2, months: {}, lpgTonnesPerM3: 5 }), factors)).toBeUndefined();
  });
  it('migrates version 1 whose months hold odd values by dropping what it cannot read', () => {
    const v1 = { version: 1, months: { '2024-04': { electricity: 100 }, '2024-05': null, '2024-06': { gasoline: '２０' } } };
    expect(readStored(JSON.stringify(v1), factors)).toEqual({ ...emptyWorkbook(), months: { '2024-06': { gasoline: 20 } } });
  });
  it('knows when the browser refuses storage', () => {
    expect(storageWorks(() => ({ setItem() {}, removeItem() {} }))).toBe(true);
    expect(storageWorks(() => {
      throw new Error('SecurityError');
    })).toBe(false);
  });
});

describe('months in runs', () => {
  it('writes consecutive months as one run and lists the runs as the language lists things', () => {
    expect(monthRuns(['2026-04', '2026-05', '2026-07', '2026-12', '2027-01'], 'ja')).toBe('2026年4月〜5月、2026年7月、2026年12月〜2027年1月');
    expect(monthRuns(['2026-04', '2026-05', '2026-07'], 'en')).toBe('April – May 2026 and July 2026');
    expect(monthRuns([], 'en')).toBe('');
  });
});
