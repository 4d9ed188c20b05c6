/**
 * Metric datasets: one language-neutral JSON file per dataset in `data/metrics/<id>.json`.
 * Each holds the figures of one measure (members over time, emissions by sector …) with their
 * sources, as-of date, caveats and, where a source gives one, a target. Rendered as a chart and a
 * table on /metrics/ and published as open data (/data/<id>.json and .csv).
 */
import { z } from 'astro/zod';
import { entryId, localizedText, partialDate, reliability, sources, text, weaker } from './shared';

/** One value of the dataset. */
const point = z
  .object({
    /**
     * Where on the x axis: a date as precise as the source (`2024-09`), a fiscal year (`FY2024`),
     * or a category key declared in `categories` (`industry`).
     */
    x: text,
    /** Which series the value belongs to, a key declared in `series`. Omit when there is one series. */
    series: text.optional(),
    /** The value as published, in the dataset's unit. */
    value: z.number(),
    /** `lower` for "200+", `upper` for "up to", `approx` for "about"; default `exact`. */
    bound: z.enum(['exact', 'lower', 'upper', 'approx']).default('exact'),
    /** How far this value can be trusted; default `primary`. */
    reliability: reliability.default('primary'),
    /** Index (from 0) of the entry in `sources` this value comes from; default 0. */
    source: z.number().int().min(0).default(0),
    /** A caveat for this value. */
    note: localizedText.optional(),
  })
  .strict();

/** A target set by a source, for this very measure. */
const target = z
  .object({
    /** Baseline period and value. Example: FY2013, 35.7 */
    baseline: z.object({ x: text, value: z.number() }).strict(),
    /** Target period. Example: FY2030 */
    x: text,
    /** Target value in the dataset's unit (e.g. 0 for net zero). */
    value: z.number(),
    /** Which way is progress. */
    direction: z.enum(['decrease', 'increase']),
    /** The target in words. Example: 2013年度比47%以上削減 */
    label: localizedText,
    /** Index of the entry in `sources` that states the target. */
    source: z.number().int().min(0),
    /** Which series the target applies to, when there are several. */
    series: text.optional(),
    /** Default `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict();

/** A period on the x axis: a date as precise as the source, or a Japanese fiscal year `FY2024`. */
const period = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|FY\d{4})$/;

export const metricSchema = z
  .object({
    /** Language-neutral id; also the file name and the open-data file name. */
    id: entryId,
    /** Short title. */
    title: localizedText,
    /** One or two sentences: what is counted, where, and why it matters. */
    description: localizedText,
    /** Unit of every value. Example: { ja: '社・団体', en: 'organizations' } */
    unit: localizedText,
    /**
     * Other words prose may write after a value of this dataset, for the prose check
     * (src/lib/content/check/prose-figures.ts), when the unit and its Japanese counter do not cover them.
     * Example: { en: ['requests'] }. Optional.
     */
    proseUnits: z
      .object({ ja: z.array(z.string().trim().min(1)).optional(), en: z.array(z.string().trim().min(1)).optional() })
      .strict()
      .optional(),
    /**
     * What kind of number every value is, which bounds it: `count` (whole things: members, people;
     * whole and never negative), `amount` (a measured quantity: t-CO2, yen, MW; never negative),
     * `share` (a percentage of a whole: 0 to 100), `signed` (a change that may be negative).
     * Default `amount`.
     */
    valueKind: z.enum(['count', 'amount', 'share', 'signed']).default('amount'),
    /**
     * `results`: what happened, so no point may lie after today or after `updated`; `targets`: goals
     * for future periods (FY2030, 2050). Default `results`.
     */
    pointsAre: z.enum(['results', 'targets']).default('results'),
    /** Who the dataset is mainly for, for grouping on /metrics/. */
    audience: z.enum(['public', 'investors', 'members']),
    /**
     * How to draw it: bars for categories or few points, a line for a time series, `none` for a lone
     * figure or for figures that cannot be compared (counted differently by different sources), which
     * are shown as a table only.
     */
    chart: z.enum(['bar', 'line', 'none']),
    /** Whether `x` holds periods (dates, fiscal years) or category keys. */
    xType: z.enum(['period', 'category']),
    /** Labels of the category keys used in `x`, when `xType` is `category`. */
    categories: z.record(z.string(), localizedText).optional(),
    /** Labels of the series keys used in points, when there are several series. */
    series: z.record(z.string(), localizedText).optional(),
    /** The values. */
    points: z.array(point).min(1),
    /** A target from a source, if any. */
    target: target.optional(),
    /** How the figures were counted or computed, as the sources describe it. */
    method: localizedText.optional(),
    /** What the reader should keep in mind. */
    caveats: z.array(localizedText).default([]),
    /** Where the figures come from. Points refer to these by index. */
    sources,
    /** The latest period the figures describe: a date as precise as the source, or `FY2024`. */
    asOf: z.string().regex(period, 'must be a period written as YYYY, YYYY-MM, YYYY-MM-DD or FY2024'),
    /** How often the dataset should be checked for newer figures, in months. */
    reviewEveryMonths: z.number().int().positive(),
    /** The date someone last checked the sources for newer figures, `YYYY-MM-DD`. */
    updated: partialDate,
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.points.forEach((p, i) => {
      const key = `${p.x} ${p.series ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}"${p.series ? ` (series "${p.series}")` : ''} is given twice: also at points.${seen.get(key)}` });
      seen.set(key, i);
      if (m.valueKind !== 'signed' && p.value < 0) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `${p.value} is negative, but the dataset's valueKind is "${m.valueKind}"` });
      if (m.valueKind === 'share' && p.value > 100) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `${p.value} is over 100, but the dataset's values are shares of a whole (valueKind "share")` });
      if (m.valueKind === 'count' && !Number.isInteger(p.value)) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `${p.value} is not a whole number, but the dataset counts things (valueKind "count")` });
      if (p.source >= m.sources.length) ctx.addIssue({ code: 'custom', path: ['points', i, 'source'], message: `refers to source ${p.source}, but there are ${m.sources.length}` });
      if (m.xType === 'period' && !period.test(p.x)) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}" must be a period written as YYYY, YYYY-MM, YYYY-MM-DD or FY2024` });
      if (m.xType === 'category' && !m.categories?.[p.x]) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}" is not a key of categories` });
      if (p.series !== undefined && !m.series?.[p.series]) ctx.addIssue({ code: 'custom', path: ['points', i, 'series'], message: `"${p.series}" is not a key of series` });
    });
    if (m.target && m.target.source >= m.sources.length) ctx.addIssue({ code: 'custom', path: ['target', 'source'], message: `refers to source ${m.target.source}, but there are ${m.sources.length}` });
  })
  // A point is no more reliable than its source in data/sources.json: a source relabelled there
  // relabels every point and card that rests on it.
  .transform((m) => ({ ...m, points: m.points.map((p) => ({ ...p, reliability: weaker(p.reliability, m.sources[p.source]?.reliability ?? p.reliability) })) }));
export type Metric = z.infer<typeof metricSchema>;
