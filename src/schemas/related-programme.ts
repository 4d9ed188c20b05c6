/**
 * Related city programmes as data: `data/related-programmes/<id>.json`, one file per programme and
 * fiscal year. They are not consortium programmes and the checker does not judge them; /subsidies/
 * lists them with their status, the calendar and RSS feeds carry their dates, and the checker
 * mentions them ("you may also look at") for the project types named in `suggestFor`.
 * Only what a source says goes in: leave a field out when it is not published.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, lastCheck, localizedText, reliability, sources, webUrl } from './shared';
import { period, windowInsideValidity } from './subsidy-rules';
import { capYen, insideFiscalYear } from './round-rules';

/** A stated fact in both languages, with how far it can be trusted. */
const statedText = z
  .object({
    /** The fact, written for the reader. */
    text: localizedText,
    /** Default: `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict();

export const relatedProgrammeSchema = z
  .object({
    /** `<programme>-<fiscal year>`, same as the file name. Example: hydrogen-hub-fs-2024 */
    id: entryId,
    /** The programme's official name (ja) and an English rendering, without the year. */
    programme: localizedText,
    /** Japanese fiscal year (April to March) of this round. */
    fiscalYear: z.number().int().min(2000).max(2100),
    /** Who runs it: id in content/organizations. Example: city-of-kitakyushu */
    operator: entryId,
    /** What the programme pays for, as the source says it. */
    purpose: statedText,
    /** Who may apply, when published. */
    applicants: statedText.optional(),
    /** Largest share of eligible costs paid (0.3 = up to 3/10). Leave out when not published. */
    rate: z.object({ value: z.number().gt(0).max(1), reliability: reliability.default('primary') }).strict().optional(),
    /** Maximum grant in yen. Leave out when not published. */
    capYen: capYen.optional(),
    /** When applications are accepted, as far as published. */
    applicationWindow: period.optional(),
    /** When funded work must take place; often only its last day ("to finish by") is published. */
    projectPeriod: period.optional(),
    /** The operator's own page, when known (http or https). */
    officialUrl: webUrl.optional(),
    /**
     * The checker's project types (ids in data/subsidies/*.json, or `other`) for which the checker
     * suggests looking at this programme. An editorial pointer, not a rule of the programme.
     */
    suggestFor: z.array(z.string().regex(/^[a-z0-9_]+$/)).default([]),
    /** First and last day this round's rules apply (the fiscal year unless stated). */
    validFrom: isoDate,
    validUntil: isoDate,
    /** When someone last checked this entry against its sources (and looked for a newer round), and what they found. */
    lastChecked: lastCheck,
    sources,
  })
  .strict()
  .superRefine((r, ctx) => {
    windowInsideValidity(r, ctx);
    insideFiscalYear(r, ctx);
  });
export type RelatedProgramme = z.infer<typeof relatedProgrammeSchema>;
