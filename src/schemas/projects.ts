/** Research and demonstration projects. Files: `content/projects/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, keyFigure, keywords, partialDate, provenance, timelineEvent, text, webUrl } from './shared';

/** Where a project stands, in the order projects usually move. */
export const projectStages = ['research', 'feasibility', 'construction', 'demonstration', 'operation'] as const;

export const projectSchema = z
  .object({
    /** Project name in the page's language. */
    title: text,
    /** One or two sentences for lists, search results and the investor table. */
    description: text,
    /** Current stage (see `projectStages`). */
    stage: z.enum(projectStages),
    /** How the consortium relates to the project, one sentence (many are run by companies or the city). */
    consortiumRole: text,
    /** Where it takes place, in the page's language. Example: 北九州エコタウン（若松区） */
    location: text,
    /** Id of the lead organization (`content/organizations`). Leave out when not published. */
    lead: entryId.optional(),
    /** Ids of partner organizations. */
    partners: z.array(entryId).default([]),
    /** When the project (or its current phase) started, as precise as published. Leave out when not published. */
    startDate: partialDate.optional(),
    /**
     * Scale and key numbers: a figure that is in a metric dataset refers to it (`metric`, `x`);
     * any other is written out with value, unit, as-of date and source.
     */
    keyFigures: z.array(keyFigure).default([]),
    /** Dated milestones, oldest first. */
    timeline: z.array(timelineEvent).min(1, 'needs at least one dated milestone'),
    /** How to get in touch about the project. */
    contact: z
      .object({
        /** Whom to contact, in the page's language. */
        text: text,
        /** A public contact or project page. */
        url: webUrl.optional(),
      })
      .strict(),
    /** Id of the related working group (`content/working-groups`), if any. */
    workingGroup: entryId.optional(),
    /** What is not published yet about this project, each a short phrase shown as a list. */
    notPublished: z.array(text).default([]),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict();
