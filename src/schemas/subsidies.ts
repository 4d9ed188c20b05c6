/** Subsidy programmes, one entry per programme and fiscal year. Files: `content/subsidies/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, isoDate, provenance, reliability } from './shared';

/** A stated condition or detail, with how far it is confirmed. */
const claim = z
  .object({
    /** The detail in the page's language. */
    text: z.string().min(1),
    /** Default: `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict();

/** A period with optional ends; a missing end means "not published". */
const period = z
  .object({
    /** First day, `YYYY-MM-DD`. */
    start: isoDate.optional(),
    /** Last day, `YYYY-MM-DD`. */
    end: isoDate.optional(),
    /** Time of day the window closes, when published. Example: 17:00 */
    endTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
    /** Default: `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict()
  .refine((p) => !p.start || !p.end || p.start <= p.end, { message: 'end must not be before start', path: ['end'] });

export const subsidySchema = z
  .object({
    /** Programme name with fiscal year. */
    title: z.string().min(1),
    /** One or two sentences for lists and search results. */
    description: z.string().min(1),
    /** Programme name without the year, the same for every year. */
    programme: z.string().min(1),
    /** Japanese fiscal year (April to March). Example: 2024 */
    fiscalYear: z.number().int().min(2000).max(2100),
    /** Who runs it. Id in `content/organizations`. */
    operator: entryId,
    /** Why the programme exists. */
    purpose: claim,
    /** Conditions an applicant must meet. */
    eligibleApplicants: z.array(claim).min(1),
    /** Kinds of project it pays for. */
    eligibleProjects: z.array(claim).default([]),
    /** Share of eligible costs paid, as a fraction (0.5 = 1/2). Leave out when not published. */
    rate: z.object({ value: z.number().gt(0).max(1), reliability: reliability.default('primary') }).strict().optional(),
    /** Maximum grant in yen. Leave out when not published. */
    capYen: z.object({ value: z.number().int().positive(), reliability: reliability.default('primary') }).strict().optional(),
    /** When applications are accepted. */
    applicationWindow: period.optional(),
    /** When funded work must take place. */
    projectPeriod: period.optional(),
    /** The official page for the programme. */
    officialUrl: z.string().url(),
    /** What is not published about this round. */
    notPublished: z.array(z.string().min(1)).default([]),
    ...provenance,
  })
  .strict();
