/** What organizations in Kitakyushu did for GX. Files: `content/case-studies/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, keywords, partialDate, provenance, reliability, source, text } from './shared';

export const caseStudySchema = z
  .object({
    /** Headline in the page's language. */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** Ids of the organizations the case is about (`content/organizations`). */
    organizations: z.array(entryId).min(1),
    /** When it happened, as precise as published. */
    date: partialDate,
    /** Published results, each with its source. Say in the text when none are published. */
    results: z
      .array(
        z
          .object({
            /** The result in one sentence. */
            text: text,
            /** Where it is reported. */
            source,
            /** Default: `primary`. */
            reliability: reliability.default('primary'),
          })
          .strict(),
      )
      .default([]),
    /** Ids of related support services (`content/support`). */
    relatedSupport: z.array(entryId).default([]),
    /** Ids of related subsidy programmes (`content/subsidies`). */
    relatedSubsidies: z.array(entryId).default([]),
    /** Ids of related projects (`content/projects`). */
    relatedProjects: z.array(entryId).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict();
