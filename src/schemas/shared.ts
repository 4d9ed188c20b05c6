/**
 * Shared schema fragments: sources, dates, sourced figures and localized text.
 * Every factual entry on the site carries `sources` and `updated`; these fragments make that
 * impossible to forget, because the collection schemas require them.
 */
import { z } from 'astro/zod';
import registryFile from '../../data/sources.json';
import { addressProblem } from './web-address';

/**
 * How far a fact can be trusted, shown to the reader as a badge.
 * - `primary`: read on the publisher's own page or document.
 * - `secondary`: taken from an aggregator, blog or copy, not from the publisher.
 * - `unverified`: only one weak source, or not confirmed by a second one.
 * - `partial`: the source was cut off; what is shown may be incomplete.
 */
export const reliability = z.enum(['primary', 'secondary', 'unverified', 'partial']);
export type Reliability = z.infer<typeof reliability>;

/**
 * A date as precise as the source gives it: `2024`, `2024-09` or `2024-09-01`.
 * Kept as text so that "September 2024" is never turned into "1 September 2024".
 */
export const partialDate = z.preprocess(
  // YAML reads an unquoted 2024-09-01 as a date object; accept it as the text it was written as.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .refine((s) => s.length < 10 || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)), 'is not a real calendar date'),
);

/** A full calendar date, `YYYY-MM-DD`. */
export const isoDate = partialDate.refine((s) => s.length === 10, 'must be a full date written as YYYY-MM-DD');

/**
 * When someone last looked for newer figures or rules, and what they found. The site shows a
 * "due for a check" badge only when nobody has looked within the entry's review interval, so an
 * old figure that is still the newest one published reads as checked, not as overdue.
 * Example: { "date": "2026-12-06", "outcome": "no-newer", "note": "No FY2023 figure on the city's page." }
 */
export const lastCheck = z
  .object({
    /** The day of the look, `YYYY-MM-DD` (the research notes' date). */
    date: isoDate,
    /**
     * `no-newer`: the sources we could read publish nothing newer than what the entry holds;
     * `newer-added`: a newer figure (or rule) was found and added to the entry.
     */
    outcome: z.enum(['no-newer', 'newer-added']),
    /** For editors: what was looked at or found, in a few words. Not shown to readers. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/**
 * Text a reader sees (a title, a label, a sentence): at least one character that is not a space.
 * A title of spaces would publish an empty heading or link.
 */
export const text = z.string().refine((s) => s.trim().length > 0, 'must not be blank');

/**
 * A web address a reader may follow: http or https only. `javascript:`, `data:` and other schemes
 * would run code or hide content behind a link, so they fail the build.
 */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).superRefine((url, ctx) => {
  // Strict beyond the URL parser: no spaces, no local or preview hosts (src/schemas/web-address.ts).
  const problem = addressProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A source as pages read it: the entry of the source registry (`data/sources.json`, schema in
 * ./sources.ts) that a citation names. Content never holds these fields itself, only the id.
 */
export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** The original's address; absent when only a copy was found (the copy is never linked). */
  url?: string;
  /** The copy the source was read in: recorded for editors, never shown as the link. */
  readVia?: string;
  published?: string;
  reliability: Reliability;
  lang: 'ja' | 'en';
  label: { ja: string; en: string };
  note?: string;
}

// The registry as written: each citation resolves against it. Its own schema check (duplicate
// addresses, missing fields) runs once in the content check, which names data/sources.json.
const registry = new Map<string, Source>(
  (registryFile as unknown[]).flatMap((raw) => {
    if (!raw || typeof raw !== 'object' || !('id' in raw) || typeof raw.id !== 'string') return [];
    const source = { reliability: 'primary', lang: 'ja', label: { ja: raw.id, en: raw.id }, title: raw.id, ...raw };
    return [[raw.id, source as Source]];
  }),
);

/** Every source of the registry, by id. */
export const sourceById = (id: string): Source | undefined => registry.get(id);

/**
 * A citation: the id of a source in `data/sources.json`. Example: `rilg-case-study-r6`. Resolved
 * here to the registry's entry, so every page shows the one title, publisher, address and reliability.
 * A source written out in place (title and url) or an id the registry does not hold fails with the
 * field named.
 */
export const source = z.union([z.string(), z.record(z.string(), z.unknown())]).transform((value, ctx): Source => {
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'writes a source out inline: add it to data/sources.json once and cite its id here' });
    return z.NEVER;
  }
  const found = registry.get(value);
  if (!found) {
    ctx.addIssue({ code: 'custom', message: `cites "${value}", which is not a source in data/sources.json` });
    return z.NEVER;
  }
  return found;
});

/** At least one source. Required on every factual entry. */
export const sources = z.array(source).min(1, 'needs at least one source');

const trust: Reliability[] = ['primary', 'partial', 'secondary', 'unverified'];
/** The weaker of two marks: a fact is no more reliable than the source it rests on. */
export const weaker = (a: Reliability, b: Reliability): Reliability => (trust.indexOf(a) >= trust.indexOf(b) ? a : b);

/** Provenance carried by every entry: where its facts come from and when it was last checked. */
export const provenance = {
  /** The sources for the facts on this page. At least one. */
  sources,
  /** The date this entry was last checked against its sources, `YYYY-MM-DD`. */
  updated: isoDate,
  /**
   * English pages only: the code of the Japanese page this translation was brought in line with
   * (src/lib/content/translation.ts). When the Japanese page changes, the English page says it may
   * be behind and the desk (/admin/desk/) lists it with the new code to write here once it is fixed.
   * Example: 3f2a9c81d0b4
   */
  translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character code the desk shows for the Japanese page').optional(),
};

/**
 * A figure that can be quoted on its own: value, unit, as-of date and source.
 * A value known only as a bound ("200+") sets `bound: 'lower'`.
 */
const sourcedFigure = z
  .object({
    /** What is counted or measured, in the page's language. Example: 会員数 */
    label: text,
    /** The number as published. Example: 253 */
    value: z.number(),
    /** Unit as shown to the reader, in the page's language. Example: 社・団体 / MW */
    unit: text,
    /** `lower` when the source says "more than", `upper` for "up to", `approx` for "about". */
    bound: z.enum(['exact', 'lower', 'upper', 'approx']).default('exact'),
    /** The date the figure refers to, as precise as the source gives it. */
    asOf: partialDate,
    /** Where the figure comes from: the id of a source in data/sources.json. */
    source,
    /** How far the figure can be trusted. Default: `primary`; never more than its source's reliability. */
    reliability: reliability.default('primary'),
    /** A caveat shown beside the figure. */
    note: text.optional(),
    /**
     * `true` when the figure is not the project's own but context for it (an industry or national
     * target, a market price): the investors' table never shows it as the project's scale, only
     * on a "context" line with its note. Default: false.
     */
    context: z.boolean().optional(),
  })
  .strict()
  .transform((f) => ({ ...f, reliability: weaker(f.reliability, f.source.reliability) }));

/** A dated event in a timeline, with its own source. */
export const timelineEvent = z
  .object({
    /** When it happened, as precise as the source gives it. */
    date: partialDate,
    /** What happened, one sentence in the page's language. */
    event: text,
    /** Where this is reported: the id of a source in data/sources.json. */
    source,
    /** How far this can be trusted. Default: `primary`; never more than its source's reliability. */
    reliability: reliability.default('primary'),
  })
  .strict()
  .transform((e) => ({ ...e, reliability: weaker(e.reliability, e.source.reliability) }));

/** Text in both languages, for language-neutral data files. */
export const localizedText = z
  .object({
    /** Japanese. */
    ja: text,
    /** English. */
    en: text,
  })
  .strict();

/**
 * Other words a reader may search for to find this page, in the page's language, when its title
 * does not say them (Example: 省エネ). Indexed for search, never shown; synonyms in both languages are
 * added from src/lib/search/keywords.ts. Keywords only, never facts.
 */
export const keywords = z.array(text).default([]);

/** A language-neutral id, used in file names, URLs and references: lowercase words joined by hyphens. */
export const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/**
 * A figure that lives in a metric dataset (`data/metrics/<metric>.json`), shown as a card. The page
 * gives only its words; the value, unit, bound, as-of period, source and reliability come from the
 * dataset's point, so that a number is written once and the card cannot drift from the chart.
 */
const metricFigure = z
  .object({
    /** What is counted, in the page's language. Example: 会員数 */
    label: text,
    /** Id of the dataset in data/metrics/. Example: consortium-members */
    metric: entryId,
    /** Which point: its `x` in the dataset. Example: 2024-09, FY2024 */
    x: text,
    /** Which series, when the dataset has several. */
    series: text.optional(),
    /** A caveat shown beside the figure, in the page's language; default: the point's own note. */
    note: text.optional(),
  })
  .strict();

/** A key figure on a page: from a metric dataset (preferred, when the dataset has it) or sourced in place. */
export const keyFigure = z.union([metricFigure, sourcedFigure]);
export type KeyFigure = z.infer<typeof keyFigure>;
