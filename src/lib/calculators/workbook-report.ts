/**
 * What the workbook page shows, shaped from a Workbook for one language: the grid's rows, the
 * totals of every fiscal year, the printable report of one fiscal year and its chart. Tables come
 * out as TableModel (src/lib/format/table-model.ts), which the page's script writes as they are.
 *
 * The report never overstates its period: a fiscal year with months missing is titled and dated
 * as a part of the year, names the months entered and the months not entered, and shows
 * "not entered" for those months instead of a zero nobody measured.
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { formatDate, formatFiscalYear, formatRange } from '../dates';
import { formatNumber } from '../format/amounts';
import type { TableCell, TableModel } from '../format/table-model';
import { locale, type Lang } from '../i18n';
import { chartColor, stackedBarsConfig, type ChartJson } from '../metrics/chart-config';
import { co2Params, formatTonnes, lineSpecs, unitLabel, type Co2Param } from './co2';
import type { WorkbookStringKey } from './workbook-page';
import { enteredMonths, entryColumns, fiscalYearTotals, lpgTonnesPerM3, monthsOf, monthTonnes, propaneTonnesPerM3, type EntryColumn, type Workbook } from './workbook';

/** A UI string of the workbook, filled: the page's `textOf(strings)`, or `t(lang, …)` in tests. */
export type Say = (key: WorkbookStringKey, vars?: Record<string, string | number>) => string;

/** What every function here needs to speak: the language and its strings. */
export interface Voice {
  lang: Lang;
  say: Say;
}

const head = (text: string): TableCell => ({ text, head: true });
const figure = (text: string): TableCell => ({ text });
const words = (text: string, href?: string): TableCell => (href ? { text, kind: 'text', href } : { text, kind: 'text' });
const tonnes = (v: number, { lang }: Voice) => formatTonnes(v, lang);
const fuel = (p: Co2Param, { say }: Voice) => say(`workbook.fuel.${p}`);
const notEntered = ({ say }: Voice): TableCell => ({ text: say('workbook.report.notEntered'), kind: 'missing' });

/** "Apr 2025" / "2025年4月", short enough for a row header. */
const shortMonth = (month: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** The month after `YYYY-MM`: 2026-12 → 2027-01. */
function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Months in runs of consecutive months, each run written from its first to its last month, the runs
 * listed as the language lists things: ["2026-04", "2026-05", "2026-07"] → "2026年4月〜5月、2026年7月".
 */
export function monthRuns(months: string[], lang: Lang): string {
  const runs: string[][] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && nextMonth(last.at(-1) ?? '') === m) last.push(m);
    else runs.push([m]);
  }
  const text = runs.map((run) => {
    const [first, end] = [run[0] ?? '', run.at(-1) ?? ''];
    return formatRange(first, end, lang);
  });
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(text);
}

// ------------------------------------------------------------------ grid

export interface GridRow {
  month: string;
  label: string;
  cells: Array<{ column: EntryColumn; id: string; value: string }>;
}

/** The grid of one fiscal year: a row per month, a cell per column, holding what is stored (as the language writes numbers). */
export function gridRows(book: Workbook, fiscalYear: number, lang: Lang): GridRow[] {
  return monthsOf(fiscalYear).map((month) => ({
    month,
    label: shortMonth(month, lang),
    cells: entryColumns.map((column) => {
      const value = book.months[month]?.[column];
      return { column, id: `wb-${month}-${column}`, value: value === undefined ? '' : formatNumber(value, lang, 12) };
    }),
  }));
}

// ------------------------------------------------------------------ totals

/**
 * Every fiscal year side by side: t-CO2 per energy and scope, the total (an output carrying the
 * year, the unrounded value and the number of months entered), the change against the year
 * before (with a note when the two years hold different numbers of months), months entered, the
 * electricity factor.
 */
export function totalsTable(book: Workbook, factors: EmissionFactor[], voice: Voice): TableModel | undefined {
  const { lang, say } = voice;
  const years = fiscalYearTotals(book, factors);
  if (years.length === 0) return undefined;
  const line = (label: string, cell: (y: (typeof years)[number]) => TableCell) => [head(label), ...years.map(cell)];
  const sign = (v: number) => (v > 0 ? '+' : '');
  return {
    caption: say('workbook.totals.caption'),
    head: [say('workbook.totals.item'), ...years.map((y) => formatFiscalYear(y.fiscalYear, lang))],
    rows: [
      ...co2Params.map((p) => line(fuel(p, voice), (y) => figure(tonnes(y.tonnes[p], voice)))),
      line(say('co2.result.scope1'), (y) => figure(tonnes(y.scope1, voice))),
      line(say('co2.result.scope2'), (y) => figure(tonnes(y.scope2, voice))),
      line(say('workbook.totals.total'), (y) => ({
        text: tonnes(y.total, voice),
        strong: true,
        output: { 'data-fiscal-year': String(y.fiscalYear), 'data-value': y.total.toFixed(6), 'data-months': String(y.months.length) },
      })),
      line(say('workbook.totals.change'), (y) => {
        const previous = years.find((o) => o.fiscalYear === y.fiscalYear - 1);
        if (!y.change || !previous) return figure('–');
        const text = `${sign(y.change.tonnes)}${tonnes(y.change.tonnes, voice)} t (${sign(y.change.ratio)}${formatNumber(y.change.ratio * 100, lang, 1)}%)`;
        // A year still being filled in is not comparable month for month: say so beside the figure.
        if (previous.months.length === y.months.length) return figure(text);
        return { text, note: say('workbook.totals.partial', { now: y.months.length, before: previous.months.length }) };
      }),
      line(say('workbook.totals.months'), (y) => figure(String(y.months.length))),
      line(say('workbook.totals.factor'), (y) => words(y.electricityFactor.name[lang])),
    ],
  };
}

// ------------------------------------------------------------------ report

export interface ReportModel {
  title: string;
  /** Organization, period, months entered and not, date made, the page's address. */
  meta: Array<{ label: string; value: string; href?: string }>;
  /** By energy, month by month, the factors used; empty when the year holds nothing. */
  tables: TableModel[];
  /** How LP gas in m³ was converted, when any was entered. */
  notes: string[];
}

/** The printable report of one fiscal year. `today` is the day it is made (todayInJapan()); `siteUrl` the page it cites. */
export function workbookReport(book: Workbook, fiscalYear: number, factors: EmissionFactor[], voice: Voice, today: string, siteUrl: string): ReportModel {
  const { lang, say } = voice;
  const year = fiscalYearTotals(book, factors).find((y) => y.fiscalYear === fiscalYear);
  const months = monthsOf(fiscalYear);
  const entered = enteredMonths(book, fiscalYear);
  const missing = months.filter((m) => !entered.includes(m));
  const named = formatFiscalYear(fiscalYear, lang);
  const partial = entered.length > 0 && missing.length > 0;
  const wholeYear = monthRuns(months, lang);
  const meta: ReportModel['meta'] = [
    { label: say('workbook.report.organization'), value: book.organization.trim() || say('workbook.report.noOrganization') },
    {
      label: say('workbook.report.period'),
      value: partial ? say('workbook.report.periodPartial', { months: monthRuns(entered, lang), count: entered.length, year: named }) : wholeYear,
    },
  ];
  if (partial) meta.push({ label: say('workbook.report.notEnteredMonths'), value: monthRuns(missing, lang) });
  meta.push({ label: say('workbook.report.made'), value: formatDate(today, lang) }, { label: say('workbook.report.site'), value: siteUrl, href: siteUrl });
  const title = partial ? say('workbook.report.titlePartial', { year: named, count: entered.length }) : say('workbook.report.title', { year: named });
  if (!year) return { title, meta, tables: [], notes: [] };

  const blank = figure('');
  const byEnergy: TableModel = {
    caption: say('workbook.report.byEnergy'),
    head: [say('workbook.totals.item'), say('workbook.report.amount'), say('workbook.report.tonnes')],
    rows: [
      ...co2Params.map((p) => [
        head(fuel(p, voice)),
        // LP gas holds m³ converted to kg (explained in a note under the tables): three decimals are plenty.
        figure(`${formatNumber(year.amounts[p], lang, p === 'lpg' ? 3 : 6)} ${unitLabel(lineSpecs[p].inputUnit, lang)}`),
        figure(tonnes(year.tonnes[p], voice)),
      ]),
      [head(say('co2.result.scope1')), blank, figure(tonnes(year.scope1, voice))],
      [head(say('co2.result.scope2')), blank, figure(tonnes(year.scope2, voice))],
      [head(say('workbook.totals.total')), blank, { text: tonnes(year.total, voice), strong: true }],
    ],
  };
  const monthly: TableModel = {
    caption: say('workbook.report.monthly'),
    head: [say('workbook.grid.month'), ...co2Params.map((p) => fuel(p, voice)), say('workbook.totals.total')],
    rows: months.map((m) => {
      const t = monthTonnes(book, m, factors);
      // One cell across the energies and the total: a month not entered has no figures, not zeros.
      if (!t) return [head(shortMonth(m, lang)), { ...notEntered(voice), span: co2Params.length + 1 }];
      return [head(shortMonth(m, lang)), ...co2Params.map((p) => figure(tonnes(t[p], voice))), figure(tonnes(co2Params.reduce((s, p) => s + t[p], 0), voice))];
    }),
  };
  const used = [year.electricityFactor, ...co2Params.flatMap((p) => factors.filter((f) => p !== 'electricity' && f.id === lineSpecs[p].factorId))];
  const factorTable: TableModel = {
    caption: say('workbook.report.factors'),
    head: [say('workbook.totals.item'), say('workbook.report.factor'), say('workbook.report.appliesTo'), say('workbook.report.status'), say('workbook.report.source')],
    rows: used.map((f) => [
      head(f.name[lang]),
      figure(`${formatNumber(f.factor, lang, 6)} t-CO2/${unitLabel(f.unit, lang)}`),
      words(f.appliesTo[lang]),
      words(say(`co2.status.${f.status}`)),
      // The source's short label, linked when the original's address is known (a copy is never linked).
      words(f.sources[0]?.label[lang] ?? '', f.sources[0]?.url),
    ]),
  };
  const m3 = year.entered.lpg_m3;
  const perM3 = lpgTonnesPerM3(book);
  const notes =
    m3 > 0
      ? [
          say(perM3 === propaneTonnesPerM3 ? 'workbook.report.lpgPropane' : 'workbook.report.lpgSupplier', {
            m3: formatNumber(m3, lang, 6),
            factor: formatNumber(perM3, lang, 6),
            kg: formatNumber(m3 * perM3 * 1000, lang, 3),
          }),
        ]
      : [];
  return { title, meta, tables: [byEnergy, monthly, factorTable], notes };
}

// ------------------------------------------------------------------ chart

/**
 * The report year's monthly t-CO2 as bars stacked by energy, built by chart-config.ts under the
 * site's chart rules. An energy that is zero all year is not drawn (nor listed in the legend); a
 * month not entered has no bar rather than a bar of zero.
 */
export function workbookChart(book: Workbook, fiscalYear: number, factors: EmissionFactor[], voice: Voice): ChartJson {
  const months = monthsOf(fiscalYear);
  const perMonth = months.map((m) => monthTonnes(book, m, factors));
  const drawn = co2Params.filter((p) => perMonth.some((t) => (t?.[p] ?? 0) > 0));
  return stackedBarsConfig(
    {
      labels: months.map((m) => shortMonth(m, voice.lang)),
      series: drawn.map((p) => ({
        label: fuel(p, voice),
        color: chartColor(co2Params.indexOf(p)),
        values: perMonth.map((t) => (t ? Number(t[p].toFixed(3)) : null)),
      })),
      yTitle: 't-CO2',
    },
    voice.lang,
  );
}
