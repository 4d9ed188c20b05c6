/** Research and demonstration projects. Files: `content/projects/{ja,en}/<id>.md`. */
import { z } from 'astro/zod';
import { entryId, keyFigure, keywords, partialDate, provenance, reliability, timelineEvent, text, webUrl } from './shared';

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
    /** What `startDate` is: `start` (the project or its phase began, the default) or `construction` (building began). */
    startKind: z.enum(['start', 'construction']).default('start'),
    /** When commercial operation began, as precise as published; kept apart from the construction start. */
    operationDate: partialDate.optional(),
    /** How `operationDate` is known when a reader should be told (a month inferred, a day from one report). */
    operationNote: text.optional(),
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
    /**
     * The fact sheet's own fields that no primary source confirms, each with its mark, shown beside
     * the value. Example: `{ location: unverified, startDate: unverified }` for facts known only from
     * one report. A field left out is primary. A `startDate` must carry at least the mark of the
     * timeline milestone on that date, so a single-source start cannot lose its mark on the way up.
     */
    reliability: z
      .object({
        location: reliability.exclude(['primary']),
        startDate: reliability.exclude(['primary']),
        operationDate: reliability.exclude(['primary']),
        consortiumRole: reliability.exclude(['primary']),
      })
      .partial()
      .strict()
      .optional(),
    /** Search words the title does not say (see `keywords` in shared.ts). */
    keywords,
    ...provenance,
  })
  .strict()
  .superRefine((p, ctx) => {
    const start = p.timeline.find((e) => e.date === p.startDate && e.reliability !== 'primary');
    if (start && !p.reliability?.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['reliability', 'startDate'],
        message: `is missing: the timeline milestone of ${p.startDate} is "${start.reliability}", so the fact sheet's start must say so too (reliability: { startDate: ${start.reliability} })`,
      });
    }
  });
