/**
 * CO2 emission factors: `data/emission-factors.json`. Only factors published as t-CO2 per unit are
 * kept; heat values and carbon factors (unverified in our sources) are left out on purpose, so they
 * can never drive a calculation. Rows with `use: 'calculation'` are offered by the CO2 calculator.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, localizedText, partialDate, sources } from './shared';
import { factorOutOfRange } from './plausible';

const factor = z
  .object({
    /** Language-neutral id, also the value of the calculator's `electricity_factor` parameter. */
    id: entryId,
    /** `fuel` (burned on site, Scope 1) or `electricity` (bought, Scope 2). */
    kind: z.enum(['fuel', 'electricity']),
    /** GHG Protocol scope the emissions belong to. */
    scope: z.union([z.literal(1), z.literal(2)]),
    /** Fuel, or supplier and menu. */
    name: localizedText,
    /** Electricity supplier, for grouping the menus of one company. */
    supplier: localizedText.optional(),
    /** The unit the factor is published per: kL, t, 千m3 or kWh. */
    unit: z.enum(['kL', 't', '千m3', 'kWh']),
    /**
     * t-CO2 per unit, as published. Zero is valid (renewable menus); negative is not; at most what any
     * published factor per that unit reaches (src/schemas/plausible.ts: 0.002 per kWh, 4 per kL, t or 千m3).
     */
    factor: z.number().min(0, 'an emission factor cannot be negative'),
    /** Which reporting year the factor applies to. */
    appliesTo: localizedText,
    /** First day of the activity it applies to. */
    validFrom: isoDate,
    /** `official`: read on the publisher's page; `official-via-secondary`: official value read through a faithful copy. */
    status: z.enum(['official', 'official-via-secondary']),
    /** `calculation`: offered by the calculator; `reference`: published for context only. */
    use: z.enum(['calculation', 'reference']),
    /** The official list first, then any copy it was read through. */
    sources,
    /** What the reader should know when using this factor. */
    note: localizedText.optional(),
  })
  .strict();

export const emissionFactorsSchema = z
  .object({
    /** Title of the table. */
    title: localizedText,
    /** What the table holds and what it leaves out. */
    description: localizedText,
    /** Date of the latest official list the values come from. */
    asOf: partialDate,
    /** When the table was last checked against its sources. */
    updated: isoDate,
    /** How often to look for a newer official list, in months. */
    reviewEveryMonths: z.number().int().positive(),
    /** What the reader should keep in mind. */
    caveats: z.array(localizedText).default([]),
    /** The factors. */
    factors: z.array(factor).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.factors.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['factors', i, 'id'], message: `repeats the id "${f.id}"` });
      seen.add(f.id);
      if ((f.kind === 'electricity') !== (f.unit === 'kWh')) ctx.addIssue({ code: 'custom', path: ['factors', i, 'unit'], message: 'electricity is per kWh and fuels are not' });
      const outOfRange = factorOutOfRange(f.factor, f.unit);
      if (outOfRange) ctx.addIssue({ code: 'custom', path: ['factors', i, 'factor'], message: outOfRange });
      if ((f.kind === 'electricity' ? 2 : 1) !== f.scope) ctx.addIssue({ code: 'custom', path: ['factors', i, 'scope'], message: 'fuels are Scope 1 and electricity is Scope 2' });
    });
  });
export type EmissionFactors = z.infer<typeof emissionFactorsSchema>;
export type EmissionFactor = EmissionFactors['factors'][number];
