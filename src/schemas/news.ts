/** Dated news and events. Files: `content/news/{ja,en}/<id>.md`, id starting with the date. */
import { z } from 'astro/zod';
import { partialDate, provenance, reliability, text } from './shared';

export const newsSchema = z
  .object({
    /** Headline. */
    title: text,
    /** One or two sentences for lists and search results. */
    description: text,
    /** When it happened, as precise as published. */
    date: partialDate,
    /** `consortium`: the consortium's own activity; `city`: the city's policy; `project`: a project milestone. */
    category: z.enum(['consortium', 'city', 'project']),
    /** Set when the item is an event people attended (a meeting, symposium …); marks it as an Event for search engines. */
    event: z
      .object({
        /** Where it took place, as published. Leave out when not published. */
        location: text.optional(),
      })
      .strict()
      .optional(),
    /** How far the item is confirmed. Default: `primary`. */
    reliability: reliability.default('primary'),
    ...provenance,
  })
  .strict();
