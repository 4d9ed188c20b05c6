/** Working groups (部会) of the consortium. Files: `content/working-groups/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, keywords, partialDate, provenance, reliability, source, text } from './shared';

export const workingGroupSchema = z
  .object({
    /** The working group's name as used by the consortium. Example: 未来共創部会 */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** What the group works on, in a short phrase. */
    theme: text,
    /**
     * `active`: activity is reported; `reported`: the group is reported to exist but no dated
     * activity is published; `ended`: the group has closed.
     */
    status: z.enum(['active', 'reported', 'ended']),
    /** How far the group's existence and name are confirmed. Default: `primary`. */
    reliability: reliability.default('primary'),
    /** Dated activities (meetings, seminars, workshops), each with its source. May be empty. */
    activities: z
      .array(
        z
          .object({
            /** When it took place. */
            date: partialDate,
            /** Name or subject of the activity. */
            title: text,
            /** Who took part and what came out of it. */
            summary: text.optional(),
            /** Where it is reported. */
            source,
          })
          .strict(),
      )
      .default([]),
    /** Ids of related projects (`content/projects`). */
    relatedProjects: z.array(entryId).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict();
