/**
 * Subsidy programmes as rules: `data/subsidies/<id>.json`, one file per programme and fiscal year,
 * language-neutral. The eligibility checker, the guidance pages (/subsidies/<id>/) and the
 * open/closed status all read these files, so they cannot disagree. Prose per language stays in
 * content/subsidies/{ja,en}/<id>.md.
 */
import { z } from 'astro/zod';
import { entryId, isoDate, lastCheck, localizedText, reliability, sources, webUrl } from './shared';
import { capYen, insideFiscalYear, qualifyingMatchesWording } from './round-rules';

export const period = z
  .object({
    /** First day, `YYYY-MM-DD`. */
    start: isoDate.optional(),
    /** Last day, `YYYY-MM-DD`. */
    end: isoDate.optional(),
    /** Time of day the window closes, when published. Example: 17:00 */
    endTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written as HH:MM, from 00:00 to 23:59').optional(),
    /** Default: `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict()
  .refine((p) => !p.start || !p.end || p.start <= p.end, { message: 'end must not be before start', path: ['end'] });

/** A yes/no eligibility condition. */
const condition = z
  .object({
    /** Id, also the checker's query parameter. Example: office_in_city */
    id: z.string().regex(/^[a-z0-9_]+$/),
    /** The condition as a statement, for the guidance page. */
    requirement: localizedText,
    /** The question the checker asks. */
    question: localizedText,
    /** Help shown under the question. */
    hint: localizedText.optional(),
    /** The answer that meets the condition. */
    qualifying: z.enum(['yes', 'no']),
    /** Why an applicant who answers otherwise cannot apply. */
    reason: localizedText,
    /**
     * A page of this site that helps an applicant meet the condition, linked beside the reason when
     * the condition fails and in the checker's "prepare for the next round" list.
     * Example: { path: /tools/co2/, label: { ja: CO2排出量計算ツールで算定を始める, en: … } }
     */
    help: z
      .object({
        /** A path of this site, the same in both languages (the English page adds /en). Example: /tools/co2/ */
        path: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'must be a path of this site such as /tools/co2/'),
        /** The link's words. */
        label: localizedText,
      })
      .strict()
      .optional(),
    /** Default: `primary`. */
    reliability: reliability.default('primary'),
  })
  .strict();

/**
 * A round's rules hold from `validFrom` to `validUntil`; its application window must lie inside, or
 * the round would show as open under expired rules. Shared by every round-like schema.
 */
export function windowInsideValidity(
  r: { validFrom: string; validUntil: string; applicationWindow?: { start?: string; end?: string } },
  ctx: z.RefinementCtx,
): void {
  if (r.validUntil < r.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must not be before validFrom' });
  for (const [key, day] of [['start', r.applicationWindow?.start], ['end', r.applicationWindow?.end]] as const) {
    if (day !== undefined && (day < r.validFrom || day > r.validUntil)) {
      ctx.addIssue({ code: 'custom', path: ['applicationWindow', key], message: `"${day}" is outside validFrom…validUntil (${r.validFrom}…${r.validUntil})` });
    }
  }
}

export const subsidyRulesSchema = z
  .object({
    /** Same as the content entry and the URL: /subsidies/<id>/. */
    id: entryId,
    /** The programme's name without the year. */
    programme: localizedText,
    /** Japanese fiscal year (April to March). */
    fiscalYear: z.number().int().min(2000).max(2100),
    /** Who runs it: id in content/organizations. */
    operator: entryId,
    /** Why the programme exists. */
    purpose: z.object({ text: localizedText, reliability: reliability.default('primary') }).strict(),
    /** Conditions an applicant must meet, each a yes/no question. */
    conditions: z.array(condition).min(1),
    /** Kinds of project the programme pays for. */
    projectTypes: z
      .object({
        /** True when the published list is complete; false when only part of it could be read, or when it only gives examples (ends in など). */
        complete: z.boolean(),
        /** Default: `primary`. */
        reliability: reliability.default('primary'),
        types: z.array(z.object({ id: z.string().regex(/^[a-z0-9_]+$/), label: localizedText }).strict()).min(1),
      })
      .strict(),
    /** Share of eligible costs paid (0.5 = 1/2). Leave out when not published. */
    rate: z.object({ value: z.number().gt(0).max(1), reliability: reliability.default('primary') }).strict().optional(),
    /** Maximum grant in yen. Leave out when not published. */
    capYen: capYen.optional(),
    /** When applications are accepted. */
    applicationWindow: period.optional(),
    /** When funded work must take place. */
    projectPeriod: period.optional(),
    /** The official page. */
    officialUrl: webUrl,
    /** First and last day these rules apply (the fiscal year unless stated). */
    validFrom: isoDate,
    validUntil: isoDate,
    /** When someone last checked these rules against the official page (and looked for a newer round), and what they found. */
    lastChecked: lastCheck,
    sources,
  })
  .strict()
  .superRefine((r, ctx) => {
    windowInsideValidity(r, ctx);
    insideFiscalYear(r, ctx);
    qualifyingMatchesWording(r.conditions, ctx);
    const ids = r.conditions.map((c) => c.id);
    ids.forEach((id, i) => ids.indexOf(id) !== i && ctx.addIssue({ code: 'custom', path: ['conditions', i, 'id'], message: `repeats "${id}"` }));
  });
export type SubsidyRules = z.infer<typeof subsidyRulesSchema>;
