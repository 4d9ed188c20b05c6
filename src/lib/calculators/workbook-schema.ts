/**
 * The workbook as the browser stores it (workbook-storage.ts), read through Zod schemas: version 2,
 * the current one, and version 1, the first, which is migrated on read.
 * `zod/mini` rather than full Zod, and this module is loaded by the page only when something is
 * stored: it costs about 7 KB gzip, half again the page's own script (see the README's page weights).
 */
import * as z from 'zod/mini';
import type { EmissionFactor } from '../../schemas/emission-factors';
import { co2Params, defaultElectricityFactor, lineSpecs } from './co2';
import { parseAmount } from './parse-amount';
import { emptyWorkbook, fiscalYearOf, isMonth, maxOf, type EntryColumn, type MonthAmounts, type Workbook } from './workbook';

const month = z.string().check(z.refine(isMonth));
const amount = (column: EntryColumn) => z.optional(z.number().check(z.refine(Number.isFinite), z.gte(0), z.lte(maxOf(column))));

/**
 * Version 2: amounts as numbers in the grid's units, an electricity factor per fiscal year, and
 * (since LP gas in m³ was added, optional so that older version-2 data stays valid) the supplier's
 * tonnes of LP gas per m³. An amount out of range makes the whole workbook unreadable: it was not
 * written by this page, and guessing would change a company's figures silently.
 */
const v2 = z.object({
  version: z.literal(2),
  organization: z.catch(z.string(), ''),
  months: z.record(
    month,
    z.object({
      electricity: amount('electricity'),
      city_gas: amount('city_gas'),
      lpg: amount('lpg'),
      lpg_m3: amount('lpg_m3'),
      kerosene: amount('kerosene'),
      diesel: amount('diesel'),
      gasoline: amount('gasoline'),
      heavy_oil_a: amount('heavy_oil_a'),
    }),
  ),
  electricityFactors: z.catch(z.record(z.string().check(z.regex(/^\d{4}$/)), z.string()), {}),
  lpgTonnesPerM3: z.optional(z.number().check(z.refine(Number.isFinite), z.gt(0), z.lte(0.01))),
});

/**
 * Version 1: amounts kept as typed (strings, possibly full-width), one electricity factor for every
 * year, no organization. A month or amount that does not read is dropped, as the first page did.
 */
const v1 = z.object({
  version: z.literal(1),
  months: z.catch(z.record(z.string(), z.unknown()), {}),
  electricityFactor: z.catch(z.optional(z.string()), undefined),
});

const stored = z.discriminatedUnion('version', [v1, v2]);

/** Version 1 → 2: typed amounts are parsed (what does not parse is dropped); the one factor applies to every year present. */
export function fromV1(old: z.infer<typeof v1>): Workbook {
  const book = emptyWorkbook();
  for (const [key, typed] of Object.entries(old.months)) {
    if (!isMonth(key) || typeof typed !== 'object' || typed === null) continue;
    const amounts: MonthAmounts = {};
    for (const p of co2Params) {
      const value: unknown = Object.getOwnPropertyDescriptor(typed, p)?.value;
      // Version 1 stored strings; anything else there (a number, null) was not written by the page.
      const parsed = parseAmount(typeof value === 'string' ? value : '', lineSpecs[p].max);
      if (parsed.ok && parsed.value !== 0) amounts[p] = parsed.value;
    }
    if (Object.keys(amounts).length > 0) book.months[key] = amounts;
  }
  if (old.electricityFactor && old.electricityFactor !== defaultElectricityFactor) {
    for (const key of Object.keys(book.months)) book.electricityFactors[String(fiscalYearOf(key))] = old.electricityFactor;
  }
  return book;
}

/** Drops zero amounts and months left empty, so that what is read is what the page would have written. */
function fromV2(data: z.infer<typeof v2>): Workbook {
  const months: Record<string, MonthAmounts> = {};
  for (const [key, amounts] of Object.entries(data.months)) {
    const clean = Object.fromEntries(Object.entries(amounts).filter(([, v]) => v !== undefined && v !== 0));
    if (Object.keys(clean).length > 0) months[key] = clean;
  }
  const book: Workbook = { ...emptyWorkbook(), organization: data.organization, months, electricityFactors: { ...data.electricityFactors } };
  if (data.lpgTonnesPerM3 !== undefined) book.lpgTonnesPerM3 = data.lpgTonnesPerM3;
  return book;
}

/**
 * Reads what was stored, whatever its version, as the current version. Undefined when it cannot be
 * read: the caller then starts empty and must not overwrite it without telling the person.
 */
export function readStored(json: string | null, factors: EmissionFactor[]): Workbook | undefined {
  if (json === null) return emptyWorkbook();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = stored.safeParse(data);
  if (!parsed.success) return undefined;
  const book = parsed.data.version === 1 ? fromV1(parsed.data) : fromV2(parsed.data);
  // A factor that is no longer offered (a newer list replaced it) falls back to the default, which the report names.
  const offered = new Set(factors.filter((f) => f.use === 'calculation' && f.kind === 'electricity').map((f) => f.id));
  for (const [fy, id] of Object.entries(book.electricityFactors)) if (!offered.has(id)) delete book.electricityFactors[fy];
  return book;
}
