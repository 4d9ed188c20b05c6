/**
 * What the CO2 workbook page (Co2Workbook.astro) hands to its script, shaped at build in the page's
 * language: the factors it computes with (first source only, no notes), the address the printed
 * report cites, and every UI string the script fills. Build-time only (it reads src/i18n/); the
 * script imports its types alone.
 */
import type { EmissionFactor } from '../../schemas/emission-factors';
import { localPath, uiStrings, type Lang, type UiKey, type UiStrings } from '../i18n';
import { co2Params } from './co2';
import { entryColumns } from './workbook';
import { amountErrorKeys } from './parse-amount';

const workbookStringKeys = [
  ...amountErrorKeys,
  'co2.status.official', 'co2.status.official-via-secondary', 'co2.result.scope1', 'co2.result.scope2',
  'workbook.saved', 'workbook.storage.unavailable', 'workbook.storage.unreadable', 'workbook.grid.caption', 'workbook.grid.month',
  'workbook.totals.item', 'workbook.totals.total', 'workbook.totals.change', 'workbook.totals.months', 'workbook.totals.factor', 'workbook.totals.caption', 'workbook.totals.partial',
  'workbook.chart.show', 'workbook.chart.hide', 'workbook.chart.alt', 'workbook.factor.vintage',
  'workbook.import.done', 'workbook.import.ignored', 'workbook.import.refused', 'workbook.import.empty', 'workbook.import.unreadable',
  'workbook.import.missing_column', 'workbook.import.cell', 'workbook.import.bad_month', 'workbook.import.duplicate_month',
  'workbook.import.unknown_factor', 'workbook.import.mixed_factor', 'workbook.import.not_a_number', 'workbook.import.negative', 'workbook.import.too_large',
  'workbook.import.too_long', 'workbook.import.bad_separator',
  'workbook.report.title', 'workbook.report.organization', 'workbook.report.noOrganization', 'workbook.report.period', 'workbook.report.made',
  'workbook.report.site', 'workbook.report.byEnergy', 'workbook.report.amount', 'workbook.report.tonnes', 'workbook.report.monthly',
  'workbook.report.factors', 'workbook.report.factor', 'workbook.report.appliesTo', 'workbook.report.status', 'workbook.report.source',
  'workbook.report.titlePartial', 'workbook.report.periodPartial', 'workbook.report.notEnteredMonths', 'workbook.report.notEntered',
  'workbook.report.lpgPropane', 'workbook.report.lpgSupplier', 'workbook.import.bad_lpg_factor', 'metric.legend',
  'workbook.report.empty', 'workbook.delete.confirm', 'workbook.delete.done',
  ...entryColumns.map((c) => `workbook.energy.${c}` as const),
  ...co2Params.map((p) => `workbook.fuel.${p}` as const),
] as const satisfies readonly UiKey[];
export type WorkbookStringKey = (typeof workbookStringKeys)[number];

/** Everything the script reads from `data-payload`. */
export interface WorkbookPayload {
  lang: Lang;
  factors: EmissionFactor[];
  /** The workbook's address in the page's language, printed on the report. */
  siteUrl: string;
  strings: UiStrings<WorkbookStringKey>;
}

/** `site` is the site's origin (astro.config's `site`). */
export function workbookPayload(factors: EmissionFactor[], lang: Lang, site: URL | string): WorkbookPayload {
  return {
    lang,
    factors: factors.map((f) => ({ ...f, sources: f.sources.slice(0, 1), note: undefined })),
    siteUrl: new URL(localPath(lang, '/tools/co2/workbook/'), site).href,
    strings: uiStrings(lang, workbookStringKeys),
  };
}
