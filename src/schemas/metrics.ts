/**
 * Metric datasets: one language-neutral JSON file per dataset in `data/metrics/<id>.json`.
 * Each holds the figures of one measure (members over time, emissions by sector …) with their
 * sources, as-of date, caveats and, where a source gives one, a target. Rendered as a chart and a
 * table on /metrics/ and published as open data (/data/<id>.json and .csv).
 */
import { z } from 'astro/zod';
import { entryId, lastCheck, localizedText, reliability, sources, text, weaker } from './shared';
import { readUnit, unitMismatch } from './units';

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
    /**
     * Unit of every value, the same unit in both languages (万t-CO2 is 10,000 t-CO2, 千円 is thousand
     * yen; a count's nouns may differ: 社 / members). Example: { ja: '社・団体', en: 'organizations' }
     */
    unit: localizedText.superRefine((u, ctx) => {
      const mismatch = unitMismatch(u);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['en'], message: mismatch });
    }),
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
     * For shares: `all` when the categories of each series together make the whole (their values sum
     * to about 100), `some` when they are only some of its parts (they sum to at most 100).
     * Example: `some` for four sectors of a city's emissions. Optional.
     */
    parts: z.enum(['all', 'some']).optional(),
    /**
     * `results`: what happened, so no point may lie after today or after `lastChecked.date`; `targets`: goals
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
    /**
     * How often someone should look for newer figures, in months, counted from `lastChecked.date`.
     * A dataset nobody has looked at for longer is "due for a check" (badge on /metrics/, a line in
     * the content check). Datasets of targets (`pointsAre: "targets"`) never show the badge.
     */
    reviewEveryMonths: z.number().int().positive(),
    /**
     * When someone last looked for newer figures and what they found. Example:
     * { "date": "2026-12-06", "outcome": "no-newer", "note": "City page still ends at FY2022." }
     */
    lastChecked: lastCheck,
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
      // 0.6 for 60 %: a share below 1 % is rare enough that a fraction is the likelier reading.
      if (m.valueKind === 'share' && p.value > 0 && p.value < 1) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `${p.value} is a share (valueKind "share"), written in percent: 60 % is 60, not 0.6` });
      if (m.valueKind === 'count' && !Number.isInteger(p.value)) ctx.addIssue({ code: 'custom', path: ['points', i, 'value'], message: `${p.value} is not a whole number, but the dataset counts things (valueKind "count")` });
      if (p.source >= m.sources.length) ctx.addIssue({ code: 'custom', path: ['points', i, 'source'], message: `refers to source ${p.source}, but there are ${m.sources.length}` });
      if (m.xType === 'period' && !period.test(p.x)) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}" must be a period written as YYYY, YYYY-MM, YYYY-MM-DD or FY2024` });
      if (m.xType === 'category' && !m.categories?.[p.x]) ctx.addIssue({ code: 'custom', path: ['points', i, 'x'], message: `"${p.x}" is not a key of categories` });
      if (p.series !== undefined && !m.series?.[p.series]) ctx.addIssue({ code: 'custom', path: ['points', i, 'series'], message: `"${p.series}" is not a key of series` });
    });
    // A percentage is a share of a whole, or a change (signed); a share is written in %.
    const percent = readUnit(m.unit.en, 'en')?.measure === '%';
    if (percent ? m.valueKind !== 'share' && m.valueKind !== 'signed' : m.valueKind === 'share') {
      ctx.addIssue({ code: 'custom', path: ['valueKind'], message: `is "${m.valueKind}" but the unit is "${m.unit.en}": a dataset in % has valueKind "share" (or "signed" for a change), and a share is in %` });
    }
    // A share over 100 or below 0 is reported on its own; the sum would only repeat it.
    if (m.parts && m.points.every((p) => p.value >= 0 && p.value <= 100)) partsProblems(m, ctx);
    if (m.target && m.target.source >= m.sources.length) ctx.addIssue({ code: 'custom', path: ['target', 'source'], message: `refers to source ${m.target.source}, but there are ${m.sources.length}` });
  })
  // A point is no more reliable than its source in data/sources.json: a source relabelled there
  // relabels every point and card that rests on it.
  .transform((m) => ({ ...m, points: m.points.map((p) => ({ ...p, reliability: weaker(p.reliability, m.sources[p.source]?.reliability ?? p.reliability) })) }));
export type Metric = z.infer<typeof metricSchema>;

/** Shares that are parts of one whole: per series, their sum fits `parts`. */
function partsProblems(m: { parts?: 'all' | 'some'; valueKind: string; points: Array<{ series?: string; value: number }> }, ctx: z.RefinementCtx): void {
  const sums = new Map<string, number>();
  for (const p of m.points) sums.set(p.series ?? '', (sums.get(p.series ?? '') ?? 0) + p.value);
  // One message for the dataset, naming every series that does not fit.
  const wrong = [...sums].filter(([, sum]) => (m.parts === 'all' ? Math.abs(sum - 100) > 2 : sum > 101));
  if (wrong.length === 0) return;
  const listed = wrong.map(([series, sum]) => `${series ? `"${series}" ` : ''}${Math.round(sum * 10) / 10}`).join(', ');
  const rule = m.parts === 'all' ? 'about 100, since the parts make the whole (a share typed as a fraction, or one left out?)' : 'at most 100';
  ctx.addIssue({ code: 'custom', path: ['parts'], message: `is "${m.parts}", but the shares sum to ${listed}: they must sum to ${rule}` });
}
